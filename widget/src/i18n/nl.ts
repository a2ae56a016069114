import type { Messages } from './messages.js';

export const nl: Messages = {
  question: {
    transaction: 'Hoe tevreden bent u over deze online dienst?',
    support: 'Hoe tevreden bent u over de hulp die u kreeg?',
    continuous: 'Hoe tevreden bent u over deze website?',
  },
  scores: ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'],
  scored: 'Bedankt, uw score is bewaard',
  remarkLabel: 'Wat kunnen we beter doen? (niet verplicht)',
  privacy: 'Schrijf geen persoonlijke gegevens, zoals uw naam, rijksregisternummer, telefoonnummer of e-mailadres.',
  count: '# van % tekens',
  left: 'Nog # tekens over.',
  ease: 'Was het gemakkelijk? Begreep u wat er van u verwacht werd?',
  easeEnds: ['Heel moeilijk', 'Heel gemakkelijk'],
  completed: 'Is het gelukt wat u wilde doen?',
  completedOptions: ['Ja', 'Voor een deel', 'Nee'],
  send: 'Versturen',
  skip: 'Nee, bedankt',
  sending: 'Bezig met versturen…',
  thanks: 'Bedankt voor uw feedback',
  error: 'Uw opmerking is nog niet verstuurd',
  errorText: 'Uw score is wel bewaard.',
  retry: 'Probeer opnieuw',
  open: 'Feedback geven',
  close: 'Sluiten',
};
