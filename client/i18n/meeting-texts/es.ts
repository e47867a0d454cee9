// The texts every screen shows alike, in Spanish.
import type { MeetingTexts } from './meeting-texts.ts';

export const es: MeetingTexts = {
  notStarted: 'Aún no ha comenzado',
  inSession: 'En sesión',
  suspended: 'Suspendida',
  suspendedUntil: 'Suspendida hasta las {time}',
  adjourned: 'Levantada',
  speakerOf: 'Orador {n} de {total}',
  onBehalfOf: 'en nombre de {group}',
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
  connecting: 'Conectando…',
  refused: 'Esta pantalla no puede mostrar la sala: {reason}',
  listClosed: 'Lista de oradores cerrada',
  screenError: 'Esta pantalla ha tenido un error. Reconectando…',
};
