// Typed errors: every refusal carries a stable code (for programs) and a message (for people).

/** Why the domain refused a command. The state and its version are left untouched. */
export const DOMAIN_ERROR_CODES = [
  'invalidCommand',
  'textTooLong',
  'invalidText',
  'outOfRange',
  'conflict',
  'nobodyOnFloor',
  'speechNotStarted',
  'speechAlreadyStarted',
  'speechNotRunning',
  'speechNotPaused',
  'speechInProgress',
  'unknownSpeaker',
  'speakerNotWaiting',
  'noWaitingSpeaker',
  'noPreviousSpeech',
  'positionOutOfRange',
  'listFull',
  'listClosed',
  'listAlreadyClosed',
  'listAlreadyOpen',
  'limitOutOfRange',
  'meetingSuspended',
  'meetingAdjourned',
  'meetingNotSuspended',
  'invalidTimeZone',
  'invalidSittings',
  'nothingToUndo',
  'nothingToClear',
  'noOpenMeeting',
  'meetingOpen',
  'unknownMeeting',
  'meetingNotScheduled',
  'scheduleOverlap',
  'unknownSegment',
  'segmentInPlay',
  /** A booth's report or the chair's followBooths that would change nothing. */
  'nothingToChange',
  /** askSlower within SLOWER_REPEAT_MS of the last request: the signal is on already. */
  'slowerTooSoon',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** Why the hub refused a request before or around the domain. */
export const HUB_ERROR_CODES = [
  'invalidHandshake',
  'notFound',
  'invalidRequest',
  /** An import whose text holds no speaker that could be added (speakers/import). */
  'nothingToImport',
  'unauthorized',
  'forbidden',
  'unknownRoom',
  'roomExists',
  'keyRevoked',
  'payloadTooLarge',
  'rateLimited',
  'tooManyConnections',
  'hubClosing',
  'unsupportedProtocol',
  'notHub',
  'storeUnavailable',
  'internal',
] as const;
export type HubErrorCode = (typeof HUB_ERROR_CODES)[number];

export type ErrorCode = DomainErrorCode | HubErrorCode;

export interface RostrumError<Code extends ErrorCode = ErrorCode> {
  code: Code;
  message: string;
  /** Where in the input the problem is, e.g. 'text' or 'sittings.1.end'. */
  path?: string;
  /** For `rateLimited`: how long to wait before trying again (ms). */
  retryAfterMs?: number;
}

export type DomainError = RostrumError<DomainErrorCode>;

/** Builds a domain error. */
export function domainError(code: DomainErrorCode, message: string, path?: string): DomainError {
  return path === undefined ? { code, message } : { code, message, path };
}
