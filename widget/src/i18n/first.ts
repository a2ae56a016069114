import type { Language } from '@feedbackinstrument/shared/constants';
import type { FirstMessages } from './messages.js';

// The texts of the first load, in every language: the question, the five labels, the floating
// button and the thank-you that shows even when the rest of the widget cannot load.
export const first: Record<Language, FirstMessages> = {
  nl: {
    question: {
      transaction: 'Hoe tevreden bent u over deze online dienst?',
      support: 'Hoe tevreden bent u over de hulp die u kreeg?',
      continuous: 'Hoe tevreden bent u over deze website?',
    },
    scores: ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'],
    scored: 'Bedankt, uw score is bewaard',
    thanks: 'Bedankt voor uw feedback',
    open: 'Feedback geven',
    close: 'Sluiten',
  },
  fr: {
    question: {
      transaction: 'Êtes-vous satisfait de ce service en ligne\u00a0?',
      support: 'Êtes-vous satisfait de l’aide reçue\u00a0?',
      continuous: 'Êtes-vous satisfait de ce site web\u00a0?',
    },
    scores: ['Très insatisfait', 'Insatisfait', 'Neutre', 'Satisfait', 'Très satisfait'],
    scored: 'Merci, votre note est enregistrée',
    thanks: 'Merci pour votre avis',
    open: 'Donner votre avis',
    close: 'Fermer',
  },
  en: {
    question: {
      transaction: 'How satisfied are you with this online service?',
      support: 'How satisfied are you with the help you received?',
      continuous: 'How satisfied are you with this website?',
    },
    scores: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
    scored: 'Thank you, your score is saved',
    thanks: 'Thank you for your feedback',
    open: 'Give feedback',
    close: 'Close',
  },
  de: {
    question: {
      transaction: 'Wie zufrieden sind Sie mit diesem Online-Dienst?',
      support: 'Wie zufrieden sind Sie mit der erhaltenen Hilfe?',
      continuous: 'Wie zufrieden sind Sie mit dieser Website?',
    },
    scores: ['Sehr unzufrieden', 'Unzufrieden', 'Neutral', 'Zufrieden', 'Sehr zufrieden'],
    scored: 'Danke, Ihre Bewertung ist gespeichert',
    thanks: 'Danke für Ihr Feedback',
    open: 'Feedback geben',
    close: 'Schließen',
  },
};
