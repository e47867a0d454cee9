// The phone view's texts in Russian. The meeting's status, clock and notices are
// the texts every screen shares (client/i18n/meeting-texts/); the rest is the phone's own.
import { ru as ruMeeting } from '../../../i18n/meeting-texts/ru.ts';
import type { FollowMessages } from './follow-messages.ts';

const ru: FollowMessages = {
  ordinal: (n) => `${n}-й`,
  ...ruMeeting,
  language: 'Язык',
  keepScreenOn: 'Не выключать экран',
  onTheFloor: 'Выступает',
  myDelegation: 'Моя делегация',
  chooseDelegation: 'Выберите свою делегацию',
  chooseHint: 'чтобы знать, когда ваша очередь',
  change: 'Изменить',
  findDelegation: 'Найти делегацию',
  noMatch: 'В списке нет делегации, подходящей под «{query}».',
  cancel: 'Отмена',
  inLineAround: '{place} в очереди, около {time}',
  inLineUnreached: '{place} в очереди, не ожидается до конца последнего заседания',
  secondCall: 'Пропущен один раз: будет вызван повторно после списка',
  speakingNow: 'Выступает сейчас',
  hasSpoken: 'Уже выступила',
  notOnList: 'Нет в списке ораторов',
  notOnSegmentList: 'Нет в списке ораторов этой части заседания',
  passedOver: 'Пропущен дважды: больше не будет вызван',
  turnNear: 'Ваша очередь близко: {place} в очереди, около {time}.',
  turnNext: 'Вы следующие, около {time}.',
  dismiss: 'Закрыть',
  alertMe: 'Предупредить, когда до меня два оратора',
  alertUnsupported:
    'Этот браузер не умеет вибрировать и уведомлять; предупреждение появится на странице.',
  alertPageOnly:
    'Без https браузер не разрешает уведомления; предупреждение будет только на этой странице.',
  listOfSpeakers: 'Список ораторов',
  estimatesNote: 'Время ориентировочное, по времени зала.',
  rowSpoken: 'Выступил',
  rowSpeaking: 'Выступает',
  rowAround: 'около {time}',
  rowUnreached: 'не сегодня',
  rowSecondCall: 'повторный вызов, около {time}',
  rowPassedOver: 'пропущен',
  yours: 'ваша делегация',
  nowSpeaking: 'Выступает: {name}',
  offline:
    'Нет связи: последнее обновление в {time}. Часы идут; страница обновится сама, когда связь вернётся.',
  offlineNoUpdate: 'Нет связи. Подключаемся к залу…',
};

export default ru;
