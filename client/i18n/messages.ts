// Fixed texts of the screens in the six official languages of the United Nations.
// `{name}` marks a value filled in by `format`.
import type { UnLanguage } from '../../shared/domain/types.ts';

export interface Messages {
  notStarted: string;
  inSession: string;
  suspended: string;
  suspendedUntil: string;
  adjourned: string;
  speakerOf: string;
  onBehalfOf: string;
  nextSpeakers: string;
  noMoreSpeakers: string;
  floorOpen: string;
  ready: string;
  running: string;
  paused: string;
  warning: string;
  timeUp: string;
  overtime: string;
  interpretationUnavailable: string;
  interpretationPartial: string;
  announcement: string;
  meetingSuspended: string;
  willResumeAt: string;
  meetingAdjourned: string;
  followOnPhone: string;
  reconnecting: string;
  connecting: string;
  refused: string;
  listClosed: string;
}

const en: Messages = {
  notStarted: 'Not yet started',
  inSession: 'In session',
  suspended: 'Suspended',
  suspendedUntil: 'Suspended until {time}',
  adjourned: 'Adjourned',
  speakerOf: 'Speaker {n} of {total}',
  onBehalfOf: 'on behalf of {group}',
  nextSpeakers: 'Next speakers',
  noMoreSpeakers: 'No more speakers on the list',
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
  followOnPhone: 'Follow on your phone',
  reconnecting: 'Reconnecting…',
  connecting: 'Connecting…',
  refused: 'This screen cannot show the room: {reason}',
  listClosed: 'List of speakers closed',
};

const fr: Messages = {
  notStarted: 'Pas encore commencée',
  inSession: 'En séance',
  suspended: 'Suspendue',
  suspendedUntil: 'Suspendue jusqu’à {time}',
  adjourned: 'Levée',
  speakerOf: 'Orateur {n} sur {total}',
  onBehalfOf: 'au nom de {group}',
  nextSpeakers: 'Prochains orateurs',
  noMoreSpeakers: 'Plus d’orateurs inscrits',
  floorOpen: 'En attente du prochain orateur',
  ready: 'Prêt',
  running: 'En cours',
  paused: 'En pause',
  warning: 'Temps presque écoulé',
  timeUp: 'Temps écoulé',
  overtime: 'Dépassement',
  interpretationUnavailable: 'Pas d’interprétation simultanée',
  interpretationPartial: 'Interprétation seulement en : {languages}',
  announcement: 'Annonce',
  meetingSuspended: 'La séance est suspendue',
  willResumeAt: 'Elle reprendra à {time}',
  meetingAdjourned: 'La séance est levée',
  followOnPhone: 'Suivez sur votre téléphone',
  reconnecting: 'Reconnexion…',
  connecting: 'Connexion…',
  refused: 'Cet écran ne peut pas afficher la salle : {reason}',
  listClosed: 'Liste des orateurs close',
};

const es: Messages = {
  notStarted: 'Aún no ha comenzado',
  inSession: 'En sesión',
  suspended: 'Suspendida',
  suspendedUntil: 'Suspendida hasta las {time}',
  adjourned: 'Levantada',
  speakerOf: 'Orador {n} de {total}',
  onBehalfOf: 'en nombre de {group}',
  nextSpeakers: 'Próximos oradores',
  noMoreSpeakers: 'No quedan oradores en la lista',
  floorOpen: 'En espera del próximo orador',
  ready: 'Listo',
  running: 'En uso de la palabra',
  paused: 'En pausa',
  warning: 'Tiempo casi agotado',
  timeUp: 'Tiempo agotado',
  overtime: 'Tiempo excedido',
  interpretationUnavailable: 'Sin interpretación simultánea',
  interpretationPartial: 'Interpretación solo en: {languages}',
  announcement: 'Anuncio',
  meetingSuspended: 'La sesión está suspendida',
  willResumeAt: 'Se reanudará a las {time}',
  meetingAdjourned: 'Se levanta la sesión',
  followOnPhone: 'Siga en su teléfono',
  reconnecting: 'Reconectando…',
  connecting: 'Conectando…',
  refused: 'Esta pantalla no puede mostrar la sala: {reason}',
  listClosed: 'Lista de oradores cerrada',
};

const ru: Messages = {
  notStarted: 'Ещё не началось',
  inSession: 'Идёт заседание',
  suspended: 'Перерыв',
  suspendedUntil: 'Перерыв до {time}',
  adjourned: 'Заседание закрыто',
  speakerOf: 'Оратор {n} из {total}',
  onBehalfOf: 'от имени: {group}',
  nextSpeakers: 'Следующие ораторы',
  noMoreSpeakers: 'Больше ораторов в списке нет',
  floorOpen: 'Ожидается следующий оратор',
  ready: 'Готово',
  running: 'Выступление',
  paused: 'Пауза',
  warning: 'Время на исходе',
  timeUp: 'Время истекло',
  overtime: 'Сверх времени',
  interpretationUnavailable: 'Синхронного перевода нет',
  interpretationPartial: 'Перевод только на: {languages}',
  announcement: 'Объявление',
  meetingSuspended: 'В заседании объявлен перерыв',
  willResumeAt: 'Заседание возобновится в {time}',
  meetingAdjourned: 'Заседание закрыто',
  followOnPhone: 'Следите по телефону',
  reconnecting: 'Переподключение…',
  connecting: 'Подключение…',
  refused: 'Этот экран не может показать зал: {reason}',
  listClosed: 'Список ораторов закрыт',
};

const zh: Messages = {
  notStarted: '尚未开始',
  inSession: '会议进行中',
  suspended: '暂停',
  suspendedUntil: '暂停至 {time}',
  adjourned: '散会',
  speakerOf: '第 {n} 位发言者，共 {total} 位',
  onBehalfOf: '代表{group}',
  nextSpeakers: '下一位发言者',
  noMoreSpeakers: '名单上已无发言者',
  floorOpen: '等待下一位发言者',
  ready: '准备',
  running: '发言中',
  paused: '已暂停',
  warning: '时间即将用完',
  timeUp: '时间到',
  overtime: '已超时',
  interpretationUnavailable: '无同声传译',
  interpretationPartial: '仅提供以下语言的口译：{languages}',
  announcement: '通知',
  meetingSuspended: '会议暂停',
  willResumeAt: '将于 {time} 复会',
  meetingAdjourned: '会议结束',
  followOnPhone: '用手机关注会议',
  reconnecting: '正在重新连接…',
  connecting: '正在连接…',
  refused: '此屏幕无法显示会议室：{reason}',
  listClosed: '发言名单已截止',
};

const ar: Messages = {
  notStarted: 'لم تبدأ بعد',
  inSession: 'الجلسة منعقدة',
  suspended: 'معلّقة',
  suspendedUntil: 'معلّقة حتى {time}',
  adjourned: 'رُفعت الجلسة',
  speakerOf: 'المتكلم {n} من {total}',
  onBehalfOf: 'باسم {group}',
  nextSpeakers: 'المتكلمون التالون',
  noMoreSpeakers: 'لا يوجد متكلمون آخرون في القائمة',
  floorOpen: 'في انتظار المتكلم التالي',
  ready: 'جاهز',
  running: 'يتكلم',
  paused: 'متوقف مؤقتاً',
  warning: 'الوقت يوشك على الانتهاء',
  timeUp: 'انتهى الوقت',
  overtime: 'تجاوز الوقت',
  interpretationUnavailable: 'لا توجد ترجمة شفوية فورية',
  interpretationPartial: 'الترجمة الشفوية متاحة فقط بـ: {languages}',
  announcement: 'إعلان',
  meetingSuspended: 'عُلّقت الجلسة',
  willResumeAt: 'تُستأنف في الساعة {time}',
  meetingAdjourned: 'رُفعت الجلسة',
  followOnPhone: 'تابِع على هاتفك',
  reconnecting: 'جارٍ إعادة الاتصال…',
  connecting: 'جارٍ الاتصال…',
  refused: 'لا يمكن لهذه الشاشة عرض القاعة: {reason}',
  listClosed: 'أُقفلت قائمة المتكلمين',
};

export const MESSAGES: Record<UnLanguage, Messages> = { ar, zh, en, fr, ru, es };

/** The wall's texts in `language`. */
export function messagesFor(language: UnLanguage): Messages {
  return MESSAGES[language];
}
