// The console's fixed texts: their shape, the lookup by language, and plurals. `{name}` marks a
// value filled in by `format` (client/i18n/format.ts).
import type { CommandType } from '../../../../shared/domain/commands.ts';
import type {
  InterpretationStatus,
  SpeakerCategory,
  UnLanguage,
} from '../../../../shared/domain/types.ts';
import { format } from '../../../i18n/format.ts';
import type { MeetingTexts } from '../../../i18n/meeting-texts/meeting-texts.ts';
import type { SpeakerColumn } from '../../../../shared/import/headers.ts';
import type { ImportIssueCode } from '../../../../shared/import/reading.ts';
import type { KeyName, PrimaryAction, Shortcut } from '../floor-model.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

/** A text that depends on a number: one form per plural category the language uses. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The console's texts: the words every screen shares (MeetingTexts: the status, the clock, the
 * notices, the speaker's place), and the console's own.
 */
export interface ChairMessages extends MeetingTexts {
  /** The language's own name, for the language menu. */
  languageName: string;
  consoleTitle: string;
  language: string;
  reconnecting: string;
  connected: string;

  keyHeading: string;
  keyLabel: string;
  keyHint: string;
  keyEnter: string;
  keyRefused: string;
  /** On the key form after the secretariat replaced the room's key (the hub's `revoked`). */
  keyReplaced: string;

  floorHeading: string;
  nobodyOnFloor: string;
  nextUp: string;
  nobodyNext: string;
  secondCall: string;
  limitIs: string;
  adjusted: string;

  primary: Record<PrimaryAction, string>;
  controls: {
    next: string;
    previous: string;
    skip: string;
    end: string;
    plus: string;
    minus: string;
  };
  keys: {
    space: string;
    next: string;
    previous: string;
    skip: string;
    plus: string;
    minus: string;
    undo: string;
  };
  shortcutsHint: string;
  /** The Keys list: its heading, each key's name as printed on keyboards, what each shortcut does. */
  keysHeading: string;
  keyNames: Record<KeyName, string>;
  keysActions: Record<Shortcut, string>;
  /** The Next row of the Keys list while calling the next speaker starts the clock. */
  keysNextAndStart: string;
  /** Under the Keys list: what a presentation clicker's buttons do. */
  keysClicker: string;
  /** The option under the floor's buttons: Next starts the clock of the speaker it calls. */
  callStarts: string;
  speakerLimit: string;
  undoNext: string;
  nothingToUndo: string;

  /** What each command does, said as the chair's action ("Start the clock"). */
  commands: Record<CommandType, string>;
  /** What happened when the hub accepted it ("Clock started."). */
  done: Record<CommandType, string>;
  sending: string;
  commandRefused: string;
  conflict: string;
  nothingToStart: string;
  notConnected: string;

  projectionHeading: string;
  projectedEnd: string;
  lastSittingEnds: string;
  everyoneReached: string;
  notReachedWarning: Plural;
  shortenAdvice: string;
  sittingLine: Plural;
  pace: string;
  nobodyToProject: string;
  defaultLimit: string;
  set: string;

  previewHeading: string;
  /** Before the phones' link and its QR code. */
  phonesLink: string;
  /** When the hub has no address a phone could open. */
  noPhoneLink: string;

  tabs: { list: string; meeting: string; record: string };
  listIsOpen: string;
  listIsClosed: string;
  closeList: string;
  reopenList: string;
  addSpeaker: string;
  importList: string;
  exportList: string;
  columns: {
    order: string;
    delegation: string;
    limit: string;
    estimatedStart: string;
    actions: string;
  };
  speakerStatus: {
    waiting: string;
    speaking: string;
    spoken: string;
    absent: string;
    absentFinal: string;
  };
  notReached: string;
  showSpoken: Plural;
  hideSpoken: string;
  edit: string;
  remove: string;
  moveUp: string;
  moveDown: string;
  dragHandle: string;
  confirmRemove: string;
  cancel: string;
  categories: Record<SpeakerCategory, string>;
  categoryAuto: string;
  emptyList: string;

  addHeading: string;
  editHeading: string;
  fields: {
    delegation: string;
    speakerName: string;
    title: string;
    onBehalfOf: string;
    category: string;
    limit: string;
    where: string;
  };
  delegationHint: string;
  stateChosen: string;
  organizationTyped: string;
  /** The field names a known organization or group: `{name}` in the console's language. */
  organizationChosen: string;
  /** Beside an organization in the type-ahead, where a State shows its code. */
  organizationOption: string;
  /** The text names several delegations ("AU": Australia, the African Union): `{names}`. */
  delegationAmbiguous: string;
  suggestions: string;
  limitHint: string;
  whereEnd: string;
  whereNext: string;
  whereBefore: string;
  submitAdd: string;
  submitAddAfterClosure: string;
  save: string;
  invalidLimit: string;
  nothingChanged: string;
  delegationRequired: string;

  importHeading: string;
  importHelp: string;
  importPaste: string;
  importFile: string;
  importColumns: Record<SpeakerColumn, string>;
  importRow: string;
  importProblem: string;
  importOk: string;
  importNotAState: string;
  rowsReady: Plural;
  rowsWithErrors: Plural;
  importConfirm: Plural;
  importFixFirst: string;
  importDone: Plural;
  importModeLegend: string;
  importModeAdd: string;
  importModeReplace: string;
  importReplaceButton: string;
  importReplaceQuestion: string;
  importReplaceYes: string;
  importSending: string;
  importReplaced: string;
  importRefusedRow: string;
  importRefused: string;
  importTooLarge: string;
  importAfterClosure: string;
  importHeader: string;
  /** Each problem a row of an import may have: {value}, {candidates}, {column}, {max}, {message}. */
  importIssues: Record<ImportIssueCode, string>;
  importDuplicate: { onList: string; inFile: string };
  importSpoken: string;
  importSpokenBack: string;
  importIncludeSpoken: Plural;
  importIgnoredColumns: string;
  importIgnoredLines: string;
  importLineText: string;
  importLines: string;
  importUnnamedColumn: string;
  importDuplicates: Plural;
  importLeftOut: Plural;
  /** {max} lines read, {n} more left unread. */
  importTooManyLines: string;

  /** The interpreters' booths: what each said, whether the notice follows them, their signal. */
  booths: {
    heading: string;
    /** Each booth's report; `{language}` is the booth's language. */
    provided: string;
    notProvided: string;
    notSaid: string;
    follows: string;
    setHere: string;
    follow: string;
    /** The interpreters' "slower, please", shown beside the clock for 15 s. */
    slower: string;
  };
  interpretationHeading: string;
  interpretation: Record<InterpretationStatus, string>;
  languagesLegend: string;
  note: string;
  /** The disclosure of a note's versions in the other languages (TranslationFields). */
  noteTranslations: string;
  /** The disclosure of an announcement's versions in the other languages. */
  announcementTranslations: string;
  /** Under those disclosures: which version a screen shows. */
  translationsHint: string;
  showNotice: string;
  noticeNow: string;
  announcementHeading: string;
  announcementText: string;
  showAnnouncement: string;
  clearAnnouncement: string;
  announcementNow: string;
  suspendHeading: string;
  resumeAt: string;
  invalidTime: string;
  /** Under the resume field, when the typed time means the next day (shared/time-of-day.ts). */
  resumesTomorrow: string;
  /** Under the resume field, when the typed time means nothing the hub will take. */
  resumeTimeGone: string;
  suspend: string;
  resume: string;
  adjournHeading: string;
  adjourn: string;
  confirmAdjourn: string;
  adjournedBanner: string;

  /** With no meeting open (or the current one adjourned): the room's scheduled meetings. */
  openHeading: string;
  noMeetingOpen: string;
  nothingScheduled: string;
  /** One sitting of a scheduled meeting: its date (Intl's words) and its times. */
  sittingOn: string;
  openThis: string;
  confirmOpen: string;
  openYes: string;

  /** The meeting's segments, the one in play, and starting another. */
  segmentsHeading: string;
  segmentOf: string;
  segmentInPlay: string;
  startSegment: string;
  /** Why no other segment can start now. */
  segmentBusy: string;
  /** Under the floor when the list of the segment in play is done and another follows. */
  nobodyNextSegment: string;
  /** What a shortcut says when the meeting is adjourned and only Undo is taken. */
  closedNote: string;

  recordHeading: string;
  recordColumns: {
    order: string;
    delegation: string;
    started: string;
    spoken: string;
    overrun: string;
  };
  recordCsv: string;
  recordEmpty: string;
  recordLoading: string;
  recordFailed: string;
}

export const CHAIR_MESSAGES: Record<UnLanguage, ChairMessages> = { ar, zh, en, fr, ru, es };

/** The console's texts in `language`. */
export function chairMessages(language: UnLanguage): ChairMessages {
  return CHAIR_MESSAGES[language];
}

const pluralRules = new Map<UnLanguage, Intl.PluralRules>();

/** The form of `text` for the number `n` in `language`, with `{n}` and `values` filled in. */
export function plural(
  text: Plural,
  n: number,
  language: UnLanguage,
  values: Record<string, string | number> = {},
): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const template = text[rules.select(n)] ?? text.other;
  return format(template, { n, ...values });
}
