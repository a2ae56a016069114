import type { FlowMessages } from './messages.js';

// The texts after a press: loaded with the remark form, only in the language in use.
export const de: FlowMessages = {
  remarkLabel: 'Was können wir besser machen? (freiwillig)',
  privacy: 'Schreiben Sie keine persönlichen Daten, wie Ihren Namen, Ihre Nationalregisternummer, Telefonnummer oder E-Mail-Adresse.',
  count: '# von % Zeichen',
  left: 'Noch # Zeichen übrig.',
  ease: 'War es einfach? Haben Sie verstanden, was Sie tun mussten?',
  easeEnds: ['Sehr schwierig', 'Sehr einfach'],
  completed: 'Konnten Sie erledigen, was Sie wollten?',
  completedOptions: ['Ja', 'Teilweise', 'Nein'],
  send: 'Senden',
  skip: 'Nein, danke',
  sending: 'Wird gesendet…',
  error: 'Ihre Bemerkung ist noch nicht gesendet',
  errorText: 'Ihre Bewertung ist gespeichert.',
  retry: 'Erneut versuchen',
  notComplaint: 'Ihre Bemerkung ist anonym. Sie ist deshalb keine Beschwerde, und Sie bekommen keine Antwort.',
  complaintsLink: 'Eine Beschwerde einreichen',
  privacyLink: 'Lesen Sie, wie wir mit Ihren Daten umgehen',
  accessibilityLink: 'Ein Problem mit der Barrierefreiheit melden',
  newWindow: '(öffnet in einem neuen Fenster)',
};
