// The texts every screen shows alike (the meeting's status, the clock, the notices): written
// once per language, one file each, so that the wall and the phone say the same words and a
// phone bundles only the language it shows. `{name}` marks a value filled in by `format`.

export interface MeetingTexts {
  notStarted: string;
  inSession: string;
  suspended: string;
  suspendedUntil: string;
  adjourned: string;
  speakerOf: string;
  onBehalfOf: string;
  floorOpen: string;
  ready: string;
  running: string;
  paused: string;
  warning: string;
  timeUp: string;
  overtime: string;
  interpretationUnavailable: string;
  interpretationPartial: string;
  /** After the partial notice: the languages without interpretation, so nobody has to guess. */
  interpretationNotIn: string;
  announcement: string;
  meetingSuspended: string;
  willResumeAt: string;
  meetingAdjourned: string;
  connecting: string;
  refused: string;
  listClosed: string;
  /** The status line while no meeting is open in the room. */
  noMeeting: string;
  /** Above the next scheduled meeting's title. */
  nextMeeting: string;
  noMeetingScheduled: string;
  /** When something starts, as a line of its own: today, tomorrow, or `{date}` (Intl's words). */
  todayAt: string;
  tomorrowAt: string;
  dateAt: string;
  /** Between two sittings of the open meeting, above when it resumes. */
  meetingWillResume: string;
  /** The same for a meeting opened after its first sitting and not yet started. */
  meetingWillStart: string;
  /** What a screen shows when a part of it failed, until the next update (ScreenErrorBoundary). */
  screenError: string;
}

/** The words for the clock's states, as the console groups them. */
export type ClockTexts = Pick<
  MeetingTexts,
  'ready' | 'running' | 'paused' | 'warning' | 'timeUp' | 'overtime'
>;

/** The clock's words out of a language's shared texts. */
export function clockTexts(texts: MeetingTexts): ClockTexts {
  const { ready, running, paused, warning, timeUp, overtime } = texts;
  return { ready, running, paused, warning, timeUp, overtime };
}
