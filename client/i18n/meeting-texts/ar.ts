// The texts every screen shows alike, in Arabic.
import type { MeetingTexts } from './meeting-texts.ts';

export const ar: MeetingTexts = {
  notStarted: 'لم تبدأ بعد',
  inSession: 'الجلسة منعقدة',
  suspended: 'معلّقة',
  suspendedUntil: 'معلّقة حتى {time}',
  adjourned: 'رُفعت الجلسة',
  speakerOf: 'المتكلم {n} من {total}',
  onBehalfOf: 'باسم {group}',
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
  connecting: 'جارٍ الاتصال…',
  refused: 'لا يمكن لهذه الشاشة عرض القاعة: {reason}',
  listClosed: 'أُقفلت قائمة المتكلمين',
  screenError: 'حدث خطأ في هذه الشاشة. جارٍ إعادة الاتصال…',
};
