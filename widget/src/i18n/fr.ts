import type { FlowMessages } from './messages.js';

// The texts after a press: loaded with the remark form, only in the language in use.
export const fr: FlowMessages = {
  remarkLabel: 'Que pouvons-nous améliorer\u00a0? (facultatif)',
  privacy:
    'N’écrivez pas de données personnelles, comme votre nom, votre numéro de registre national, votre numéro de téléphone ou votre adresse e-mail.',
  count: '# sur % caractères',
  left: 'Il reste # caractères.',
  ease: 'Était-ce facile\u00a0? Avez-vous compris ce que vous deviez faire\u00a0?',
  easeEnds: ['Très difficile', 'Très facile'],
  completed: 'Avez-vous pu faire ce que vous vouliez\u00a0?',
  completedOptions: ['Oui', 'En partie', 'Non'],
  send: 'Envoyer',
  skip: 'Non, merci',
  sending: 'Envoi en cours…',
  error: 'Votre remarque n’est pas encore envoyée',
  errorText: 'Votre note est bien enregistrée.',
  retry: 'Réessayer',
  notComplaint: 'Votre remarque est anonyme. Ce n’est donc pas une plainte et vous ne recevrez pas de réponse.',
  complaintsLink: 'Introduire une plainte',
  privacyLink: 'Lire comment nous traitons vos données',
  accessibilityLink: 'Signaler un problème d’accessibilité',
  newWindow: '(s’ouvre dans une nouvelle fenêtre)',
};
