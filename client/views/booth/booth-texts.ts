// The booth's texts in the six official languages of the United Nations: the words every screen
// shares (the clock, the notices, the meeting's messages), and the booth's own. A booth works in
// its own language, so the screen's language is the booth's: an interpreter chooses one, not two.
import type { UnLanguage } from '../../../shared/domain/types.ts';
import { ar as arMeeting } from '../../i18n/meeting-texts/ar.ts';
import { en as enMeeting } from '../../i18n/meeting-texts/en.ts';
import { es as esMeeting } from '../../i18n/meeting-texts/es.ts';
import { fr as frMeeting } from '../../i18n/meeting-texts/fr.ts';
import type { MeetingTexts } from '../../i18n/meeting-texts/meeting-texts.ts';
import { ru as ruMeeting } from '../../i18n/meeting-texts/ru.ts';
import { zh as zhMeeting } from '../../i18n/meeting-texts/zh.ts';

/** The booth's texts: those every screen shares, and the booth's own. */
export interface BoothTexts extends MeetingTexts {
  /** The screen's heading; `{room}` is the room's name. */
  heading: string;
  /** Label of the choice of booth (which is also the screen's language). */
  boothLanguage: string;
  /** The status part's heading; `{language}` is the booth's language, named in it. */
  statusHeading: string;
  provided: string;
  notProvided: string;
  /** Before the booth has said either. */
  statusNotSet: string;
  /** What the room is shown now, above the notice as the wall words it. */
  roomSees: string;
  /** Said when interpretation is provided in all six: the wall shows no notice then. */
  roomSeesAllProvided: string;
  /** While the chair's own notice stands in for the booths'. */
  chairNotice: string;
  slowerPlease: string;
  /** Under the button: who sees it, and that it is anonymous. */
  slowerHint: string;
  /** After a request; `{time}` is when the lectern stops showing it. */
  slowerShownUntil: string;
  /** A request within seconds of the last one. */
  slowerAlready: string;
  /** Why the button is off. */
  slowerNobody: string;
  keyHeading: string;
  keyLabel: string;
  keyHint: string;
  keyEnter: string;
  keyRefused: string;
  keyReplaced: string;
  notConnected: string;
  /** A command the hub refused; `{reason}` is the hub's words. */
  commandRefused: string;
  reconnecting: string;
}

const en: BoothTexts = {
  ...enMeeting,
  heading: 'Interpretation booth · {room}',
  boothLanguage: 'Booth',
  statusHeading: 'Interpretation into {language}',
  provided: 'Provided',
  notProvided: 'Not provided',
  statusNotSet: 'This booth has not said yet.',
  roomSees: 'The room sees:',
  roomSeesAllProvided: 'Interpretation in all six languages: no notice on the wall.',
  chairNotice:
    'The chair has set the notice by hand. Your status is kept, and shown when the chair goes back to the booths’.',
  slowerPlease: 'Slower, please',
  slowerHint:
    'Shown to the speaker on the lectern and to the chair, for 15 seconds. It does not say which booth asked.',
  slowerShownUntil: 'Shown to the speaker until {time}',
  slowerAlready: 'Already shown to the speaker.',
  slowerNobody: 'Nobody has the floor.',
  keyHeading: 'Booth key for {room}',
  keyLabel: 'Booth key',
  keyHint: 'The secretariat gives the room’s booths their key.',
  keyEnter: 'Enter',
  keyRefused: 'The hub refused the key: {reason}',
  keyReplaced: 'The secretariat has replaced the booths’ key. Enter the new one.',
  notConnected: 'Not connected to the hub.',
  commandRefused: 'Not done: {reason}',
  reconnecting: 'Reconnecting…',
};

const fr: BoothTexts = {
  ...frMeeting,
  heading: 'Cabine d’interprétation · {room}',
  boothLanguage: 'Cabine',
  statusHeading: 'Interprétation en {language}',
  provided: 'Assurée',
  notProvided: 'Non assurée',
  statusNotSet: 'Cette cabine ne s’est pas encore prononcée.',
  roomSees: 'La salle voit :',
  roomSeesAllProvided: 'Interprétation dans les six langues : aucun avis à l’écran.',
  chairNotice:
    'La présidence a rédigé l’avis elle-même. Votre statut est conservé et sera affiché quand elle reviendra à celui des cabines.',
  slowerPlease: 'Plus lentement, s’il vous plaît',
  slowerHint:
    'Affiché pour l’orateur sur le pupitre et pour la présidence pendant 15 secondes, sans indiquer quelle cabine l’a demandé.',
  slowerShownUntil: 'Affiché pour l’orateur jusqu’à {time}',
  slowerAlready: 'Déjà affiché pour l’orateur.',
  slowerNobody: 'Personne n’a la parole.',
  keyHeading: 'Clé des cabines pour {room}',
  keyLabel: 'Clé des cabines',
  keyHint: 'Le secrétariat remet leur clé aux cabines de la salle.',
  keyEnter: 'Valider',
  keyRefused: 'Le serveur a refusé la clé : {reason}',
  keyReplaced: 'Le secrétariat a remplacé la clé des cabines. Saisissez la nouvelle.',
  notConnected: 'Pas de connexion au serveur.',
  commandRefused: 'Non effectué : {reason}',
  reconnecting: 'Reconnexion…',
};

const es: BoothTexts = {
  ...esMeeting,
  heading: 'Cabina de interpretación · {room}',
  boothLanguage: 'Cabina',
  statusHeading: 'Interpretación al {language}',
  provided: 'Disponible',
  notProvided: 'No disponible',
  statusNotSet: 'Esta cabina aún no lo ha indicado.',
  roomSees: 'La sala ve:',
  roomSeesAllProvided: 'Interpretación en los seis idiomas: ningún aviso en la pantalla.',
  chairNotice:
    'La Presidencia ha redactado el aviso. Su estado se conserva y se mostrará cuando vuelva al de las cabinas.',
  slowerPlease: 'Más despacio, por favor',
  slowerHint:
    'Se muestra al orador en el atril y a la Presidencia durante 15 segundos, sin indicar qué cabina lo pidió.',
  slowerShownUntil: 'Se muestra al orador hasta las {time}',
  slowerAlready: 'Ya se muestra al orador.',
  slowerNobody: 'Nadie tiene la palabra.',
  keyHeading: 'Clave de las cabinas de {room}',
  keyLabel: 'Clave de las cabinas',
  keyHint: 'La secretaría entrega su clave a las cabinas de la sala.',
  keyEnter: 'Entrar',
  keyRefused: 'El servidor rechazó la clave: {reason}',
  keyReplaced: 'La secretaría ha cambiado la clave de las cabinas. Escriba la nueva.',
  notConnected: 'Sin conexión con el servidor.',
  commandRefused: 'No se hizo: {reason}',
  reconnecting: 'Reconectando…',
};

const ru: BoothTexts = {
  ...ruMeeting,
  heading: 'Кабина переводчиков · {room}',
  boothLanguage: 'Кабина',
  statusHeading: 'Перевод на {language}',
  provided: 'Обеспечен',
  notProvided: 'Не обеспечен',
  statusNotSet: 'Кабина ещё не сообщила.',
  roomSees: 'Зал видит:',
  roomSeesAllProvided: 'Перевод на все шесть языков: на экране нет объявления.',
  chairNotice:
    'Председатель задал объявление вручную. Ваш статус сохранён и будет показан, когда председатель вернётся к статусам кабин.',
  slowerPlease: 'Медленнее, пожалуйста',
  slowerHint:
    'Показывается оратору на трибуне и председателю 15 секунд; какая кабина попросила, не указывается.',
  slowerShownUntil: 'Показывается оратору до {time}',
  slowerAlready: 'Уже показано оратору.',
  slowerNobody: 'Никому не предоставлено слово.',
  keyHeading: 'Ключ кабин для {room}',
  keyLabel: 'Ключ кабин',
  keyHint: 'Секретариат выдаёт ключ кабинам зала.',
  keyEnter: 'Войти',
  keyRefused: 'Сервер отклонил ключ: {reason}',
  keyReplaced: 'Секретариат заменил ключ кабин. Введите новый.',
  notConnected: 'Нет связи с сервером.',
  commandRefused: 'Не выполнено: {reason}',
  reconnecting: 'Переподключение…',
};

const zh: BoothTexts = {
  ...zhMeeting,
  heading: '口译箱 · {room}',
  boothLanguage: '口译箱',
  statusHeading: '{language}口译',
  provided: '提供',
  notProvided: '不提供',
  statusNotSet: '本口译箱尚未说明。',
  roomSees: '会场看到：',
  roomSeesAllProvided: '六种语言均有口译：屏幕上不显示通知。',
  chairNotice: '主席已手动设定通知。您的状态已保存，主席恢复采用各口译箱的状态时即会显示。',
  slowerPlease: '请放慢语速',
  slowerHint: '在讲台上向发言者并向主席显示15秒，不显示是哪个口译箱提出的。',
  slowerShownUntil: '向发言者显示至 {time}',
  slowerAlready: '已向发言者显示。',
  slowerNobody: '目前无人发言。',
  keyHeading: '{room}口译箱密钥',
  keyLabel: '口译箱密钥',
  keyHint: '秘书处向会议室的口译箱提供密钥。',
  keyEnter: '进入',
  keyRefused: '服务器拒绝了密钥：{reason}',
  keyReplaced: '秘书处已更换口译箱密钥。请输入新密钥。',
  notConnected: '未连接到服务器。',
  commandRefused: '未完成：{reason}',
  reconnecting: '正在重新连接…',
};

const ar: BoothTexts = {
  ...arMeeting,
  heading: 'مقصورة الترجمة الشفوية · {room}',
  boothLanguage: 'المقصورة',
  statusHeading: 'الترجمة الشفوية إلى {language}',
  provided: 'متاحة',
  notProvided: 'غير متاحة',
  statusNotSet: 'لم تُبلغ هذه المقصورة بعد.',
  roomSees: 'ما تراه القاعة:',
  roomSeesAllProvided: 'الترجمة الشفوية متاحة باللغات الست: لا يظهر أي إشعار على الشاشة.',
  chairNotice: 'حدّد الرئيس الإشعار بنفسه. تُحفظ حالتكم وتُعرض عندما يعود الرئيس إلى حالات المقصورات.',
  slowerPlease: 'يُرجى التمهّل',
  slowerHint:
    'يُعرض على المتكلم على المنصة وعلى الرئيس لمدة 15 ثانية، دون بيان المقصورة التي طلبته.',
  slowerShownUntil: 'يُعرض على المتكلم حتى {time}',
  slowerAlready: 'معروض على المتكلم بالفعل.',
  slowerNobody: 'لا أحد يأخذ الكلمة.',
  keyHeading: 'مفتاح المقصورات لـ {room}',
  keyLabel: 'مفتاح المقصورات',
  keyHint: 'تسلّم الأمانة مفتاح القاعة إلى مقصوراتها.',
  keyEnter: 'دخول',
  keyRefused: 'رفض الخادم المفتاح: {reason}',
  keyReplaced: 'استبدلت الأمانة مفتاح المقصورات. أدخلوا المفتاح الجديد.',
  notConnected: 'لا اتصال بالخادم.',
  commandRefused: 'لم يُنفَّذ: {reason}',
  reconnecting: 'جارٍ إعادة الاتصال…',
};

export const BOOTH_TEXTS: Record<UnLanguage, BoothTexts> = { ar, zh, en, fr, ru, es };

/** The booth's texts in `language`. */
export function boothTexts(language: UnLanguage): BoothTexts {
  return BOOTH_TEXTS[language];
}
