// The phone view's texts in French. The meeting's status, clock and notices are
// the texts every screen shares (client/i18n/meeting-texts/); the rest is the phone's own.
import { fr as frMeeting } from '../../../i18n/meeting-texts/fr.ts';
import type { FollowMessages } from './follow-messages.ts';

const fr: FollowMessages = {
  ordinal: (n) => (n === 1 ? '1er' : `${n}e`),
  ...frMeeting,
  language: 'Langue',
  keepScreenOn: 'Garder l’écran allumé',
  onTheFloor: 'À la parole',
  myDelegation: 'Ma délégation',
  chooseDelegation: 'Choisir votre délégation',
  chooseHint: 'pour savoir quand viendra votre tour',
  change: 'Changer',
  findDelegation: 'Trouver votre délégation',
  noMatch: 'Aucune délégation de la liste ne correspond à « {query} ».',
  cancel: 'Annuler',
  inLineAround: '{place} sur la liste, vers {time}',
  inLineUnreached: '{place} sur la liste, pas attendu avant la fin de la dernière séance',
  secondCall: 'Absent une fois : rappelé après la liste',
  speakingNow: 'À la parole',
  hasSpoken: 'A pris la parole',
  notOnList: 'Pas inscrite sur la liste des orateurs',
  notOnSegmentList: 'Pas inscrite sur la liste des orateurs de ce segment',
  passedOver: 'Absent deux fois : ne sera plus appelé',
  turnNear: 'Votre tour approche : {place} sur la liste, vers {time}.',
  turnNext: 'Vous êtes le prochain, vers {time}.',
  dismiss: 'Fermer',
  alertMe: 'M’avertir à deux orateurs de mon tour',
  alertUnsupported:
    'Ce navigateur ne peut ni vibrer ni notifier ; l’alerte s’affiche sur cette page.',
  alertPageOnly:
    'Sans https, le navigateur n’autorise aucune notification ; l’alerte s’affiche sur cette page seulement.',
  listOfSpeakers: 'Liste des orateurs',
  estimatesNote: 'Heures estimées, à l’heure de la salle.',
  rowSpoken: 'A parlé',
  rowSpeaking: 'À la parole',
  rowAround: 'vers {time}',
  rowUnreached: 'pas attendu aujourd’hui',
  rowSecondCall: 'second appel, vers {time}',
  rowPassedOver: 'absent',
  yours: 'votre délégation',
  nowSpeaking: 'À la parole : {name}',
  offline:
    'Hors ligne : dernière mise à jour à {time}. Le chronomètre continue ; la page se remettra à jour d’elle-même au retour de la connexion.',
  offlineNoUpdate: 'Hors ligne. Connexion à la salle…',
};

export default fr;
