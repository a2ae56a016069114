import type { Messages } from './messages.js';

export const de: Messages = {
  question: {
    transaction: 'Wie zufrieden sind Sie mit diesem Online-Dienst?',
    support: 'Wie zufrieden sind Sie mit der erhaltenen Hilfe?',
    continuous: 'Wie zufrieden sind Sie mit dieser Website?',
  },
  scores: ['Sehr unzufrieden', 'Unzufrieden', 'Neutral', 'Zufrieden', 'Sehr zufrieden'],
  scored: 'Danke, Ihre Bewertung ist gespeichert',
  remarkLabel: 'Was können wir besser machen? (freiwillig)',
  privacy:
    'Schreiben Sie keine persönlichen Daten, wie Ihren Namen, Ihre Nationalregisternummer, Telefonnummer oder E-Mail-Adresse.',
  count: '# von % Zeichen',
  left: 'Noch # Zeichen übrig.',
  ease: 'War es einfach? Haben Sie verstanden, was Sie tun mussten?',
  easeEnds: ['Sehr schwierig', 'Sehr einfach'],
  completed: 'Konnten Sie erledigen, was Sie wollten?',
  completedOptions: ['Ja', 'Teilweise', 'Nein'],
  send: 'Senden',
  skip: 'Nein, danke',
  sending: 'Wird gesendet…',
  thanks: 'Danke für Ihr Feedback',
  error: 'Ihre Bemerkung ist noch nicht gesendet',
  errorText: 'Ihre Bewertung ist gespeichert.',
  retry: 'Erneut versuchen',
  open: 'Feedback geben',
  close: 'Schließen',
};
