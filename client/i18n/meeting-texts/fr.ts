// The texts every screen shows alike, in French.
import type { MeetingTexts } from './meeting-texts.ts';

export const fr: MeetingTexts = {
  notStarted: 'Pas encore commencée',
  inSession: 'En séance',
  suspended: 'Suspendue',
  suspendedUntil: 'Suspendue jusqu’à {time}',
  adjourned: 'Levée',
  speakerOf: 'Orateur {n} sur {total}',
  onBehalfOf: 'au nom de {group}',
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
  connecting: 'Connexion…',
  refused: 'Cet écran ne peut pas afficher la salle : {reason}',
  listClosed: 'Liste des orateurs close',
  screenError: 'Cet écran a rencontré une erreur. Reconnexion…',
};
