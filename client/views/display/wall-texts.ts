// Fixed texts of the screens in the six official languages of the United Nations.
// `{name}` marks a value filled in by `format`.
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { en as enMeeting } from '../../i18n/meeting-texts/en.ts';
import { fr as frMeeting } from '../../i18n/meeting-texts/fr.ts';
import { es as esMeeting } from '../../i18n/meeting-texts/es.ts';
import { ru as ruMeeting } from '../../i18n/meeting-texts/ru.ts';
import { zh as zhMeeting } from '../../i18n/meeting-texts/zh.ts';
import { ar as arMeeting } from '../../i18n/meeting-texts/ar.ts';
import type { MeetingTexts } from '../../i18n/meeting-texts/meeting-texts.ts';

/** The wall's texts: those every screen shares, and the wall's own. */
export interface WallTexts extends MeetingTexts {
  nextSpeakers: string;
  noMoreSpeakers: string;
  followOnPhone: string;
  /** In place of the QR code when the hub has no address a phone could open. */
  noPhoneLink: string;
  reconnecting: string;
}

const en: WallTexts = {
  ...enMeeting,
  nextSpeakers: 'Next speakers',
  noMoreSpeakers: 'No more speakers on the list',
  followOnPhone: 'Follow on your phone',
  noPhoneLink:
    'No link for phones: this hub can be reached from this machine only (set ROSTRUM_PUBLIC_URL).',
  reconnecting: 'Reconnecting…',
};

const fr: WallTexts = {
  ...frMeeting,
  nextSpeakers: 'Prochains orateurs',
  noMoreSpeakers: 'Plus d’orateurs inscrits',
  followOnPhone: 'Suivez sur votre téléphone',
  noPhoneLink:
    'Pas de lien pour les téléphones : ce serveur n’est joignable que depuis cette machine (définir ROSTRUM_PUBLIC_URL).',
  reconnecting: 'Reconnexion…',
};

const es: WallTexts = {
  ...esMeeting,
  nextSpeakers: 'Próximos oradores',
  noMoreSpeakers: 'No quedan oradores en la lista',
  followOnPhone: 'Siga en su teléfono',
  noPhoneLink:
    'Sin enlace para teléfonos: este servidor solo es accesible desde este equipo (defina ROSTRUM_PUBLIC_URL).',
  reconnecting: 'Reconectando…',
};

const ru: WallTexts = {
  ...ruMeeting,
  nextSpeakers: 'Следующие ораторы',
  noMoreSpeakers: 'Больше ораторов в списке нет',
  followOnPhone: 'Следите по телефону',
  noPhoneLink:
    'Нет ссылки для телефонов: сервер доступен только с этого компьютера (задайте ROSTRUM_PUBLIC_URL).',
  reconnecting: 'Переподключение…',
};

const zh: WallTexts = {
  ...zhMeeting,
  nextSpeakers: '下一位发言者',
  noMoreSpeakers: '名单上已无发言者',
  followOnPhone: '用手机关注会议',
  noPhoneLink: '没有手机链接：此服务器只能从本机访问（请设置 ROSTRUM_PUBLIC_URL）。',
  reconnecting: '正在重新连接…',
};

const ar: WallTexts = {
  ...arMeeting,
  nextSpeakers: 'المتكلمون التالون',
  noMoreSpeakers: 'لا يوجد متكلمون آخرون في القائمة',
  followOnPhone: 'تابِع على هاتفك',
  noPhoneLink:
    'لا يوجد رابط للهواتف: لا يمكن الوصول إلى هذا الخادم إلا من هذا الجهاز (اضبط ROSTRUM_PUBLIC_URL).',
  reconnecting: 'جارٍ إعادة الاتصال…',
};

export const WALL_TEXTS: Record<UnLanguage, WallTexts> = { ar, zh, en, fr, ru, es };

/** The wall's texts in `language`. */
export function wallTexts(language: UnLanguage): WallTexts {
  return WALL_TEXTS[language];
}
