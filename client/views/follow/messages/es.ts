// The phone view's texts in Spanish. The meeting's status, clock and notices are
// the texts every screen shares (client/i18n/meeting-texts/); the rest is the phone's own.
import { es as esMeeting } from '../../../i18n/meeting-texts/es.ts';
import type { FollowMessages } from './follow-messages.ts';

const es: FollowMessages = {
  ordinal: (n) => `${n}.º`,
  ...esMeeting,
  language: 'Idioma',
  keepScreenOn: 'Mantener la pantalla encendida',
  onTheFloor: 'En el uso de la palabra',
  myDelegation: 'Mi delegación',
  chooseDelegation: 'Elegir su delegación',
  chooseHint: 'para saber cuándo le toca',
  change: 'Cambiar',
  findDelegation: 'Buscar su delegación',
  noMatch: 'Ninguna delegación de la lista coincide con «{query}».',
  cancel: 'Cancelar',
  inLineAround: '{place} en la lista, hacia las {time}',
  inLineUnreached: '{place} en la lista, no se prevé antes del fin de la última sesión',
  secondCall: 'Ausente una vez: se le llamará de nuevo al final de la lista',
  speakingNow: 'En el uso de la palabra',
  hasSpoken: 'Ya ha intervenido',
  notOnList: 'No figura en la lista de oradores',
  notOnSegmentList: 'No figura en la lista de oradores de este segmento',
  passedOver: 'Ausente dos veces: no se le llamará de nuevo',
  turnNear: 'Se acerca su turno: {place} en la lista, hacia las {time}.',
  turnNext: 'Usted es el siguiente, hacia las {time}.',
  dismiss: 'Cerrar',
  alertMe: 'Avisarme cuando falten dos oradores',
  alertUnsupported: 'Este navegador no puede vibrar ni notificar; el aviso aparece en esta página.',
  alertPageOnly:
    'Sin https, el navegador no permite notificaciones; el aviso aparece solo en esta página.',
  listOfSpeakers: 'Lista de oradores',
  estimatesNote: 'Horas estimadas, en la hora de la sala.',
  rowSpoken: 'Intervino',
  rowSpeaking: 'En el uso de la palabra',
  rowAround: 'hacia las {time}',
  rowUnreached: 'no se prevé hoy',
  rowSecondCall: 'segundo llamado, hacia las {time}',
  rowPassedOver: 'ausente',
  yours: 'su delegación',
  nowSpeaking: 'En el uso de la palabra: {name}',
  offline:
    'Sin conexión: última actualización a las {time}. El reloj sigue corriendo; la página se pondrá al día sola cuando vuelva la conexión.',
  offlineNoUpdate: 'Sin conexión. Intentando conectar con la sala…',
};

export default es;
