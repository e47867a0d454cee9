// The secretariat's console's fixed texts: their shape and the lookup by language. `{name}` marks
// a value filled in by `format` (client/i18n/format.ts); a Plural is chosen by `plural` (the
// chair's, client/views/chair/messages/chair-messages.ts). The chair's own parts, reused for the
// lists, bring the chair's texts with them.
import type { ErrorCode } from '../../../../shared/domain/errors.ts';
import type {
  InterpretationStatus,
  MeetingLifecycle,
  RoomStatus,
  UnLanguage,
} from '../../../../shared/domain/types.ts';
import type { Plural } from '../../chair/messages/chair-messages.ts';
import type { DraftProblemKind } from '../meeting-draft.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

export interface AdminMessages {
  /** The language's own name, for the language menu. */
  languageName: string;
  consoleTitle: string;
  consoleSubtitle: string;
  language: string;
  signOut: string;
  loading: string;
  checkingKey: string;
  tryAgain: string;

  keyHeading: string;
  keyLabel: string;
  keyHint: string;
  keyEnter: string;
  keyRefused: string;

  roomsHeading: string;
  roomHeading: string;
  noRooms: string;
  newRoom: string;
  newRoomHeading: string;
  createRoom: string;
  roomIdHint: string;
  timeZoneHint: string;
  roomStatus: Record<RoomStatus['kind'], string>;
  tabs: { calendar: string; sheet: string; chairKey: string; settings: string };

  settingsHeading: string;
  settingsHelp: string;
  save: string;
  saved: string;
  cancel: string;
  remove: string;
  nothingChanged: string;
  fixErrors: string;

  calendarHeading: string;
  newMeeting: string;
  newMeetingHeading: string;
  groups: {
    past: string;
    open: string;
    upcoming: string;
    nonePast: string;
    noneOpen: string;
    noneUpcoming: string;
  };
  showAllPast: string;
  meetingStatus: Record<MeetingLifecycle, string>;
  datePassed: string;
  backToCalendar: string;

  meetingFormLabel: string;
  sections: {
    meeting: string;
    sittings: string;
    time: string;
    interpretation: string;
    segments: string;
  };
  fields: {
    title: string;
    organ: string;
    format: string;
    theme: string;
    note: string;
    date: string;
    start: string;
    end: string;
    defaultLimit: string;
    defaultLimitInPlay: string;
    warning: string;
    interpretationNote: string;
    segmentTitle: string;
    segmentLimit: string;
    roomId: string;
    roomName: string;
    timeZone: string;
    chairKey: string;
    consoleLink: string;
    hubAddress: string;
    copyDate: string;
  };
  organHint: string;
  formatHint: string;
  noteHint: string;
  /** The disclosures of the title's, the theme's and the interpretation note's versions. */
  titleTranslations: string;
  themeTranslations: string;
  interpretationNoteTranslations: string;
  /** Under those disclosures: which version a screen shows. */
  translationsHint: string;
  limitHint: string;
  warningHint: string;
  sittingsZone: string;
  sittingN: string;
  removeSittingN: string;
  addSitting: string;
  interpretation: Record<InterpretationStatus, string>;
  languagesLegend: string;
  chairChangesThis: string;

  segmentsHelp: string;
  listOpenLabel: string;
  segmentN: string;
  segmentTitleHint: string;
  segmentLimitHint: string;
  addSegment: string;
  removeSegmentN: string;
  removeSegmentQuestion: Plural;
  moveSegmentUp: string;
  moveSegmentDown: string;
  moveUp: string;
  moveDown: string;
  speakerCount: Plural;
  listOf: string;
  showList: Plural;
  hideList: string;
  listsAreTheChairs: string;
  inPlay: string;

  scheduleMeeting: string;
  saveMeeting: string;
  openMeetingNotice: string;
  adjournedNotice: string;
  summaryHeading: string;
  otherActions: string;
  copyMeeting: string;
  copyHeading: string;
  copyHelp: string;
  copySittings: string;
  copyConfirm: string;
  deleteMeeting: string;
  deleteQuestion: string;
  deleteConfirm: string;
  scheduled: string;
  copyMade: string;
  deleted: string;

  recordHeading: string;
  recordCsv: string;
  recordEmpty: string;
  recordSegment: string;

  chairKeyHeading: string;
  chairKeyHelp: string;
  rotateKey: string;
  rotateQuestion: string;
  rotateConfirm: string;
  keyIssued: string;
  keyOfNewRoom: string;
  keyShownOnce: string;
  /** The interpreters' booth key of the room: issued or replaced here, shown once. */
  booth: {
    heading: string;
    help: string;
    issue: string;
    /** Asked before a key is issued; `{room}` is the room's name. */
    question: string;
    confirm: string;
    issued: string;
    key: string;
    link: string;
    shownOnce: string;
  };
  copy: string;
  copied: string;

  sheetHelp: string;
  hubAddressHint: string;
  hubAddressLocal: string;
  sheetWithKey: string;
  print: string;
  sheetPreview: string;
  sheetWall: string;
  sheetWallUse: string;
  sheetPhones: string;
  sheetPhonesUse: string;
  sheetConsole: string;
  sheetConsoleUse: string;
  sheetConsoleWithKey: string;
  sheetKeyWarning: string;

  /** What the form finds wrong on its own. */
  problems: Record<DraftProblemKind | 'roomId' | 'timeZone', string>;
  /** A refusal of the hub in the console's words; the hub's own sentence is shown beside it. */
  refusals: Partial<Record<ErrorCode, string>>;
  refusedByHub: string;
  speakerAt: string;
  speakerAtNamed: string;
}

export const ADMIN_MESSAGES: Record<UnLanguage, AdminMessages> = { ar, zh, en, fr, ru, es };

/** The console's texts in `language`. */
export function adminMessages(language: UnLanguage): AdminMessages {
  return ADMIN_MESSAGES[language];
}
