// The texts every screen shows alike, in Russian.
import type { MeetingTexts } from './meeting-texts.ts';

export const ru: MeetingTexts = {
  notStarted: 'Ещё не началось',
  inSession: 'Идёт заседание',
  suspended: 'Перерыв',
  suspendedUntil: 'Перерыв до {time}',
  adjourned: 'Заседание закрыто',
  speakerOf: 'Оратор {n} из {total}',
  onBehalfOf: 'от имени: {group}',
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
  connecting: 'Подключение…',
  refused: 'Этот экран не может показать зал: {reason}',
  listClosed: 'Список ораторов закрыт',
  screenError: 'На этом экране произошла ошибка. Переподключение…',
};
