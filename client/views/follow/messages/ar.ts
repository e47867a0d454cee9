// The phone view's texts in Arabic. The meeting's status, clock and notices are
// the texts every screen shares (client/i18n/meeting-texts/); the rest is the phone's own.
import { ar as arMeeting } from '../../../i18n/meeting-texts/ar.ts';
import type { FollowMessages } from './follow-messages.ts';

const ar: FollowMessages = {
  ordinal: (n) => `${n}`,
  ...arMeeting,
  language: 'اللغة',
  keepScreenOn: 'إبقاء الشاشة مضاءة',
  onTheFloor: 'المتكلم الآن',
  myDelegation: 'وفدي',
  chooseDelegation: 'اختر وفدك',
  chooseHint: 'لتعرف متى يحين دورك',
  change: 'تغيير',
  findDelegation: 'ابحث عن وفدك',
  noMatch: 'لا يوجد في القائمة وفد يطابق «{query}».',
  cancel: 'إلغاء',
  inLineAround: 'الترتيب {place} في القائمة، نحو الساعة {time}',
  inLineUnreached: 'الترتيب {place} في القائمة، لا يُتوقع قبل انتهاء آخر جلسة',
  secondCall: 'تخطّي مرة واحدة: يُنادى مرة أخرى بعد القائمة',
  speakingNow: 'يتكلم الآن',
  hasSpoken: 'تكلّم',
  notOnList: 'ليس في قائمة المتكلمين',
  notOnSegmentList: 'ليس في قائمة المتكلمين لهذا الجزء',
  passedOver: 'تخطّي مرتين: لن يُنادى مرة أخرى',
  turnNear: 'اقترب دورك: الترتيب {place} في القائمة، نحو الساعة {time}.',
  turnNext: 'أنت التالي، نحو الساعة {time}.',
  dismiss: 'إغلاق',
  alertMe: 'نبّهني عندما يبقى متكلمان قبلي',
  alertUnsupported: 'لا يستطيع هذا المتصفح الاهتزاز ولا الإشعار؛ يظهر التنبيه في هذه الصفحة.',
  alertPageOnly: 'من دون https لا يسمح المتصفح بالإشعارات؛ يظهر التنبيه في هذه الصفحة فقط.',
  listOfSpeakers: 'قائمة المتكلمين',
  estimatesNote: 'الأوقات تقديرية، بتوقيت القاعة.',
  rowSpoken: 'تكلّم',
  rowSpeaking: 'يتكلم',
  rowAround: 'نحو الساعة {time}',
  rowUnreached: 'لا يُتوقع اليوم',
  rowSecondCall: 'نداء ثانٍ، نحو الساعة {time}',
  rowPassedOver: 'تم تخطّيه',
  yours: 'وفدك',
  nowSpeaking: 'يتكلم الآن: {name}',
  offline:
    'غير متصل: آخر تحديث في الساعة {time}. يستمر العدّ؛ وتُحدَّث الصفحة من تلقاء نفسها عند عودة الاتصال.',
  offlineNoUpdate: 'غير متصل. جارٍ الاتصال بالقاعة…',
};

export default ar;
