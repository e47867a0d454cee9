// The phone view's texts in English. The meeting's status, clock and notices are
// the texts every screen shares (client/i18n/meeting-texts/); the rest is the phone's own.
import { en as enMeeting } from '../../../i18n/meeting-texts/en.ts';
import type { FollowMessages } from './follow-messages.ts';

/** English ordinals by plural category: 1st, 2nd, 3rd, 4th, 11th, 21st. */
const EN_SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };
const enOrdinals = new Intl.PluralRules('en', { type: 'ordinal' });

const en: FollowMessages = {
  ordinal: (n) => `${n}${EN_SUFFIX[enOrdinals.select(n)] ?? 'th'}`,
  ...enMeeting,
  language: 'Language',
  keepScreenOn: 'Keep screen on',
  onTheFloor: 'On the floor',
  myDelegation: 'My delegation',
  chooseDelegation: 'Choose your delegation',
  chooseHint: 'to see when your turn comes',
  change: 'Change',
  findDelegation: 'Find your delegation',
  noMatch: 'No delegation on the list matches “{query}”.',
  cancel: 'Cancel',
  inLineAround: '{place} in line, around {time}',
  inLineUnreached: '{place} in line, not expected before the last sitting ends',
  secondCall: 'Passed over once: called again after the list',
  speakingNow: 'Speaking now',
  hasSpoken: 'Has spoken',
  notOnList: 'Not on the list of speakers',
  notOnSegmentList: 'Not on the list of speakers of this segment',
  passedOver: 'Passed over twice: will not be called again',
  turnNear: 'Your turn is near: {place} in line, around {time}.',
  turnNext: 'You are next, around {time}.',
  dismiss: 'Dismiss',
  alertMe: 'Alert me when two speakers away',
  alertUnsupported: 'This browser cannot vibrate or notify; the alert shows on this page.',
  alertPageOnly:
    'Without https the browser allows no notification: the alert shows on this page only.',
  listOfSpeakers: 'List of speakers',
  estimatesNote: 'Times are estimates, in the room’s time.',
  rowSpoken: 'Spoken',
  rowSpeaking: 'Speaking',
  rowAround: 'around {time}',
  rowUnreached: 'not expected today',
  rowSecondCall: 'second call, around {time}',
  rowPassedOver: 'passed over',
  yours: 'your delegation',
  nowSpeaking: 'Now speaking: {name}',
  offline:
    'Offline: last update at {time}. The clock keeps running; the page catches up by itself when the connection returns.',
  offlineNoUpdate: 'Offline. Trying to reach the room…',
};

export default en;
