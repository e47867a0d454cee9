// The phone view's texts, one file per language (ar.ts, zh.ts, …), each its own small chunk: a
// phone downloads only the language it shows, fetched while the socket connects, instead of all
// six (that saves about 5 KB gzipped of the route's 100 KB budget). `{name}` marks a value filled
// in by `format`; `{place}` is the result of `ordinal`.
import type { UnLanguage } from '../../../../shared/domain/types.ts';
import { loadDelegationNames } from '../../../i18n/delegation-names.ts';
import type { MeetingTexts } from '../../../i18n/meeting-texts/meeting-texts.ts';

/** The phone's texts: those every screen shares (MeetingTexts), and the phone's own. */
export interface FollowMessages extends MeetingTexts {
  /** A place in line as the language writes it: '5th', '5e', '5.º', '5-й'. */
  ordinal: (n: number) => string;
  // The phone's own.
  language: string;
  keepScreenOn: string;
  onTheFloor: string;
  myDelegation: string;
  chooseDelegation: string;
  chooseHint: string;
  change: string;
  findDelegation: string;
  noMatch: string;
  cancel: string;
  inLineAround: string;
  inLineUnreached: string;
  secondCall: string;
  speakingNow: string;
  hasSpoken: string;
  notOnList: string;
  /** With several segments: not on the list of the segment in play. */
  notOnSegmentList: string;
  passedOver: string;
  turnNear: string;
  turnNext: string;
  dismiss: string;
  alertMe: string;
  alertUnsupported: string;
  /** On a page without https (not a secure context), where no notification is allowed. */
  alertPageOnly: string;
  listOfSpeakers: string;
  estimatesNote: string;
  rowSpoken: string;
  rowSpeaking: string;
  rowAround: string;
  rowUnreached: string;
  rowSecondCall: string;
  rowPassedOver: string;
  yours: string;
  nowSpeaking: string;
  offline: string;
  offlineNoUpdate: string;
}

/** The names of the six languages, each in its own language, for the picker. */
export const LANGUAGE_NAMES: Record<UnLanguage, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

const LOADERS: Record<UnLanguage, () => Promise<{ default: FollowMessages }>> = {
  ar: () => import('./ar.ts'),
  zh: () => import('./zh.ts'),
  en: () => import('./en.ts'),
  fr: () => import('./fr.ts'),
  ru: () => import('./ru.ts'),
  es: () => import('./es.ts'),
};

const loading = new Map<UnLanguage, Promise<FollowMessages>>();

/**
 * The texts of `language` and the delegations' names in it, fetched once (a failed fetch is
 * tried again on the next call).
 */
export function loadFollowMessages(language: UnLanguage): Promise<FollowMessages> {
  let texts = loading.get(language);
  if (!texts) {
    // The delegations' names in the language come with the texts: a phone shows neither alone.
    texts = Promise.all([LOADERS[language](), loadDelegationNames(language)]).then(
      ([module]) => module.default,
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, texts);
  }
  return texts;
}
