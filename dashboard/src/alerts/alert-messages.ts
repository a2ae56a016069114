import type { AlertEventType } from '@feedbackinstrument/shared';
import type { UiLanguage } from '../i18n/messages.js';

/** The texts of the alerts page and of annotations on the service page (kept apart from the main messages). */
export interface AlertMessages {
  navAlerts: string;
  title: string;
  intro: string;
  readOnly: string;
  listHeading: string;
  none: string;
  destination: string;
  events: string;
  services: string;
  allServices: string;
  language: string;
  remarks: string;
  withRemarks: string;
  withoutRemarks: string;
  actions: string;
  sendTest: string;
  testSent: string;
  showDeliveries: string;
  hideDeliveries: string;
  deleteSubscription: string;
  deleted: string;
  deliveriesCaption: (destination: string) => string;
  noDeliveries: string;
  event: string;
  created: string;
  status: string;
  attempts: string;
  lastOutcome: string;
  statuses: Record<'pending' | 'delivered' | 'failed', string>;
  createHeading: string;
  organisation: string;
  channel: string;
  channels: Record<'webhook' | 'email', string>;
  url: string;
  urlHint: string;
  email: string;
  eventsLegend: string;
  eventLabels: Record<AlertEventType, string>;
  servicesLegend: string;
  servicesHint: string;
  includeRemarks: string;
  includeRemarksHint: string;
  create: string;
  creating: string;
  created_: string;
  secretHeading: string;
  secretText: string;
  copy: string;
  copied: string;
  problem: (message: string) => string;
  languages: Record<'nl' | 'fr' | 'en' | 'de', string>;

  // Annotations on the service page
  annotationsHeading: string;
  annotationsIntro: string;
  noAnnotations: string;
  annotationDay: string;
  annotationText: string;
  annotationTextHint: string;
  addAnnotation: string;
  deleteAnnotation: (text: string) => string;
  effectCaption: (day: string, text: string) => string;
  before: string;
  after: string;
  satisfiedShare: string;
  responses: string;
  topicColumn: string;
  noTopics: string;
  chartNotes: string;
}

const nl: AlertMessages = {
  navAlerts: 'Meldingen',
  title: 'Meldingen',
  intro:
    'Laat uw team weten wanneer een probleem opkomt of de tevredenheid daalt: via een webhook (bijvoorbeeld naar uw ticketsysteem of chat) of via e-mail.',
  readOnly: 'U kunt de meldingen bekijken. Alleen een beheerder van uw organisatie kan ze wijzigen.',
  listHeading: 'Ingestelde meldingen',
  none: 'Er zijn nog geen meldingen ingesteld.',
  destination: 'Naar',
  events: 'Gebeurtenissen',
  services: 'Diensten',
  allServices: 'alle diensten',
  language: 'Taal',
  remarks: 'Opmerkingen',
  withRemarks: 'met voorbeelden',
  withoutRemarks: 'alleen aantallen',
  actions: 'Acties',
  sendTest: 'Stuur een test',
  testSent: 'Het testbericht is verstuurd. Bekijk het resultaat bij de leveringen.',
  showDeliveries: 'Toon leveringen',
  hideDeliveries: 'Verberg leveringen',
  deleteSubscription: 'Verwijderen',
  deleted: 'De melding is verwijderd.',
  deliveriesCaption: (d) => `Leveringen naar ${d}`,
  noDeliveries: 'Nog niets verstuurd.',
  event: 'Gebeurtenis',
  created: 'Gemaakt',
  status: 'Status',
  attempts: 'Pogingen',
  lastOutcome: 'Laatste resultaat',
  statuses: { pending: 'wacht op een nieuwe poging', delivered: 'afgeleverd', failed: 'mislukt (na 24 uur opgegeven)' },
  createHeading: 'Nieuwe melding',
  organisation: 'Organisatie',
  channel: 'Hoe',
  channels: { webhook: 'Webhook', email: 'E-mail' },
  url: 'Webhook-adres',
  urlHint: 'Een https-adres op het internet, bijvoorbeeld https://hooks.example.be/feedback.',
  email: 'E-mailadres',
  eventsLegend: 'Waarover?',
  eventLabels: {
    'topic.rising': 'Een probleem komt op (nieuw of verdubbeld, minstens 5 opmerkingen)',
    'satisfaction.dropped': 'De tevredenheid daalt duidelijk (minstens 30 antwoorden in de week)',
    'digest.weekly': 'Elke maandag om 8 uur: de week per dienst',
    test: 'Testberichten',
  },
  servicesLegend: 'Voor welke diensten?',
  servicesHint: 'Kies er geen om alle diensten te volgen, ook diensten die later bijkomen.',
  includeRemarks: 'Stuur voorbeelden van opmerkingen mee',
  includeRemarksHint: 'Zonder dit vinkje gaan alleen aantallen en onderwerpen mee, geen teksten van gebruikers.',
  create: 'Melding maken',
  creating: 'Bezig…',
  created_: 'De melding is gemaakt.',
  secretHeading: 'Geheime sleutel van de webhook',
  secretText: 'Bewaar deze sleutel nu: u ziet hem maar één keer. Uw ontvanger controleert er de handtekening mee (Standard Webhooks).',
  copy: 'Kopieer',
  copied: 'Gekopieerd.',
  problem: (message) => `Dat lukte niet: ${message}`,
  languages: { nl: 'Nederlands', fr: 'Frans', en: 'Engels', de: 'Duits' },

  annotationsHeading: 'Notities',
  annotationsIntro:
    'Noteer wat er veranderde, zoals een nieuwe versie of een herstelde fout. De notitie staat op de grafiek per maand, en hier ziet u of het hielp: de 28 dagen ervoor en erna.',
  noAnnotations: 'Nog geen notities.',
  annotationDay: 'Dag',
  annotationText: 'Notitie',
  annotationTextHint: 'Bijvoorbeeld: versie 3.2: opladen hersteld.',
  addAnnotation: 'Notitie toevoegen',
  deleteAnnotation: (text) => `Verwijder notitie ${text}`,
  effectCaption: (day, text) => `${day}: ${text} – 28 dagen ervoor en erna`,
  before: '28 dagen ervoor',
  after: '28 dagen erna',
  satisfiedShare: 'Tevreden',
  responses: 'Antwoorden',
  topicColumn: 'Onderwerp (opmerkingen)',
  noTopics: 'Te weinig opmerkingen voor onderwerpen.',
  chartNotes: 'Notities',
};

const en: AlertMessages = {
  navAlerts: 'Alerts',
  title: 'Alerts',
  intro:
    'Let your team know when a problem starts rising or satisfaction drops: by webhook (for example to your ticket system or chat) or by e-mail.',
  readOnly: 'You can see the alerts. Only a manager of your organisation can change them.',
  listHeading: 'Alerts set up',
  none: 'No alerts have been set up yet.',
  destination: 'To',
  events: 'Events',
  services: 'Services',
  allServices: 'all services',
  language: 'Language',
  remarks: 'Remarks',
  withRemarks: 'with examples',
  withoutRemarks: 'counts only',
  actions: 'Actions',
  sendTest: 'Send a test',
  testSent: 'The test message has been sent. See the result under deliveries.',
  showDeliveries: 'Show deliveries',
  hideDeliveries: 'Hide deliveries',
  deleteSubscription: 'Delete',
  deleted: 'The alert has been deleted.',
  deliveriesCaption: (d) => `Deliveries to ${d}`,
  noDeliveries: 'Nothing sent yet.',
  event: 'Event',
  created: 'Made',
  status: 'Status',
  attempts: 'Attempts',
  lastOutcome: 'Last outcome',
  statuses: { pending: 'waiting for another attempt', delivered: 'delivered', failed: 'failed (given up after 24 hours)' },
  createHeading: 'New alert',
  organisation: 'Organisation',
  channel: 'How',
  channels: { webhook: 'Webhook', email: 'E-mail' },
  url: 'Webhook address',
  urlHint: 'An https address on the internet, for example https://hooks.example.be/feedback.',
  email: 'E-mail address',
  eventsLegend: 'About what?',
  eventLabels: {
    'topic.rising': 'A problem is rising (new or doubled, at least 5 remarks)',
    'satisfaction.dropped': 'Satisfaction clearly drops (at least 30 responses in the week)',
    'digest.weekly': 'Every Monday at 8:00: the week per service',
    test: 'Test messages',
  },
  servicesLegend: 'For which services?',
  servicesHint: 'Choose none to follow all services, also services added later.',
  includeRemarks: 'Send example remarks along',
  includeRemarksHint: "Without this, only counts and topics are sent, never users' texts.",
  create: 'Make alert',
  creating: 'Working…',
  created_: 'The alert has been made.',
  secretHeading: "The webhook's secret key",
  secretText: 'Keep this key now: it is shown only once. Your receiver uses it to check the signature (Standard Webhooks).',
  copy: 'Copy',
  copied: 'Copied.',
  problem: (message) => `That did not work: ${message}`,
  languages: { nl: 'Dutch', fr: 'French', en: 'English', de: 'German' },

  annotationsHeading: 'Notes',
  annotationsIntro:
    'Note what changed, such as a new release or a fixed bug. The note appears on the monthly chart, and here you see whether it helped: the 28 days before and after.',
  noAnnotations: 'No notes yet.',
  annotationDay: 'Day',
  annotationText: 'Note',
  annotationTextHint: 'For example: version 3.2: upload fixed.',
  addAnnotation: 'Add note',
  deleteAnnotation: (text) => `Delete note ${text}`,
  effectCaption: (day, text) => `${day}: ${text} – 28 days before and after`,
  before: '28 days before',
  after: '28 days after',
  satisfiedShare: 'Satisfied',
  responses: 'Responses',
  topicColumn: 'Topic (remarks)',
  noTopics: 'Too few remarks for topics.',
  chartNotes: 'Notes',
};

export const alertMessagesFor = (lang: UiLanguage): AlertMessages => (lang === 'en' ? en : nl);
