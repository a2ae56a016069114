import type { FlowMessages } from './messages.js';

// The texts after a press: loaded with the remark form, only in the language in use.
export const nl: FlowMessages = {
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
  error: 'Uw opmerking is nog niet verstuurd',
  errorText: 'Uw score is wel bewaard.',
  retry: 'Probeer opnieuw',
  notComplaint: 'Uw opmerking is anoniem. Daarom is ze geen klacht en krijgt u geen antwoord.',
  complaintsLink: 'Een klacht indienen',
  privacyLink: 'Lees hoe we met uw gegevens omgaan',
  accessibilityLink: 'Een toegankelijkheidsprobleem melden',
  newWindow: '(opent in een nieuw venster)',
};
