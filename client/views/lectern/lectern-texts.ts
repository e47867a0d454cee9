// The lectern's texts in the six official languages of the United Nations: the words every screen
// shares (the clock's states, the meeting's messages), and the lectern's own few.
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { ar as arMeeting } from '../../i18n/meeting-texts/ar.ts';
import { en as enMeeting } from '../../i18n/meeting-texts/en.ts';
import { es as esMeeting } from '../../i18n/meeting-texts/es.ts';
import { fr as frMeeting } from '../../i18n/meeting-texts/fr.ts';
import type { MeetingTexts } from '../../i18n/meeting-texts/meeting-texts.ts';
import { ru as ruMeeting } from '../../i18n/meeting-texts/ru.ts';
import { zh as zhMeeting } from '../../i18n/meeting-texts/zh.ts';

/** The lectern's texts: those every screen shares, and the lectern's own. */
export interface LecternTexts extends MeetingTexts {
  /** The interpreters' request, in large words: as short as the language allows. */
  slowerPlease: string;
  /** Under it, who asks: a speaker who never saw the signal learns what it is. */
  slowerFromInterpreters: string;
  reconnecting: string;
}

const en: LecternTexts = {
  ...enMeeting,
  slowerPlease: 'Slower, please',
  slowerFromInterpreters: 'The interpreters ask you to speak more slowly',
  reconnecting: 'Reconnecting…',
};

const fr: LecternTexts = {
  ...frMeeting,
  slowerPlease: 'Plus lentement, s’il vous plaît',
  slowerFromInterpreters: 'Les interprètes vous demandent de parler plus lentement',
  reconnecting: 'Reconnexion…',
};

const es: LecternTexts = {
  ...esMeeting,
  slowerPlease: 'Más despacio, por favor',
  slowerFromInterpreters: 'Los intérpretes le piden que hable más despacio',
  reconnecting: 'Reconectando…',
};

const ru: LecternTexts = {
  ...ruMeeting,
  slowerPlease: 'Медленнее, пожалуйста',
  slowerFromInterpreters: 'Переводчики просят вас говорить медленнее',
  reconnecting: 'Переподключение…',
};

const zh: LecternTexts = {
  ...zhMeeting,
  slowerPlease: '请放慢语速',
  slowerFromInterpreters: '口译员请您讲慢一些',
  reconnecting: '正在重新连接…',
};

const ar: LecternTexts = {
  ...arMeeting,
  slowerPlease: 'يُرجى التمهّل',
  slowerFromInterpreters: 'يطلب المترجمون الشفويون منكم التحدث ببطء أكثر',
  reconnecting: 'جارٍ إعادة الاتصال…',
};

export const LECTERN_TEXTS: Record<UnLanguage, LecternTexts> = { ar, zh, en, fr, ru, es };

/** The lectern's texts in `language`. */
export function lecternTexts(language: UnLanguage): LecternTexts {
  return LECTERN_TEXTS[language];
}
