// The texts every screen shows alike, in English.
import type { MeetingTexts } from './meeting-texts.ts';

export const en: MeetingTexts = {
  notStarted: 'Not yet started',
  inSession: 'In session',
  suspended: 'Suspended',
  suspendedUntil: 'Suspended until {time}',
  adjourned: 'Adjourned',
  speakerOf: 'Speaker {n} of {total}',
  onBehalfOf: 'on behalf of {group}',
  floorOpen: 'Awaiting the next speaker',
  ready: 'Ready',
  running: 'Speaking',
  paused: 'Paused',
  warning: 'Time almost up',
  timeUp: 'Time is up',
  overtime: 'Over time',
  interpretationUnavailable: 'No simultaneous interpretation',
  interpretationPartial: 'Interpretation only in: {languages}',
  announcement: 'Announcement',
  meetingSuspended: 'The meeting is suspended',
  willResumeAt: 'It will resume at {time}',
  meetingAdjourned: 'The meeting is adjourned',
  connecting: 'Connecting…',
  refused: 'This screen cannot show the room: {reason}',
  listClosed: 'List of speakers closed',
  screenError: 'This screen hit an error. Reconnecting…',
};
