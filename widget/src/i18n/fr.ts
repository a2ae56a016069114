import type { Messages } from './messages.js';

export const fr: Messages = {
  question: {
    transaction: 'Êtes-vous satisfait de ce service en ligne\u00a0?',
    support: 'Êtes-vous satisfait de l’aide reçue\u00a0?',
    continuous: 'Êtes-vous satisfait de ce site web\u00a0?',
  },
  scores: ['Très insatisfait', 'Insatisfait', 'Neutre', 'Satisfait', 'Très satisfait'],
  scored: 'Merci, votre note est enregistrée',
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
  thanks: 'Merci pour votre avis',
  error: 'Votre remarque n’est pas encore envoyée',
  errorText: 'Votre note est bien enregistrée.',
  retry: 'Réessayer',
  open: 'Donner votre avis',
  close: 'Fermer',
};
