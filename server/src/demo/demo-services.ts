import type { FeedbackContext, FollowUp, Language } from '@feedbackinstrument/shared';

// The story of the dashboard's demo organisation, service by service: its volume, channels,
// follow-up questions, how satisfaction moves by month (a bug in spring, one in late summer,
// a helpdesk that gets better) and the remarks people write about it, with how likely each
// is when. demo-year-generator.ts turns it into responses.

export type Weighted<T> = readonly (readonly [T, number])[];

export interface RemarkTheme {
  /** Variants of one complaint or compliment: several wordings of the same problem. */
  texts: readonly string[];
  /** How likely this theme is, by month (0–11) of the given year offset (0: this year, -1: last year). */
  weight: (month: number, yearOffset: number) => number;
  /** The score range that writes this remark. */
  scores: readonly number[];
  lang?: Language;
  /** The same problem in French, as a French-speaking user writes it (used with `frenchShare`). */
  fr?: readonly string[];
}

export interface ServiceSpec {
  id: string;
  name: { nl: string; en: string };
  channels: Weighted<string>;
  contexts: Weighted<FeedbackContext>;
  followUps: FollowUp[];
  /** Responses in a full year. */
  perYear: number;
  /** Expected score (1–5) by month and year offset. */
  mood: (month: number, yearOffset: number) => number;
  /** Share of responses with a remark. */
  remarkRate: number;
  /** Responses ÷ displays. */
  responseRate: number;
  themes: readonly RemarkTheme[];
}

const always = () => 1;

export const SERVICES: readonly ServiceSpec[] = [
  {
    id: 'registratiebelasting-aangifte',
    name: { nl: 'Aangifte registratiebelasting', en: 'Registration tax return' },
    channels: [
      ['mijn-burgerprofiel', 8],
      ['vlaanderen.be', 2],
    ],
    contexts: [
      ['transaction', 9],
      ['continuous', 1],
    ],
    followUps: ['ease', 'completed'],
    perYear: 1500,
    // A QR-code payment bug in August and September of this year.
    mood: (month, year) => (year === 0 && (month === 7 || month === 8) ? 3.4 : year === 0 ? 4.3 : 4.1),
    remarkRate: 0.22,
    responseRate: 0.14,
    themes: [
      {
        texts: [
          'De betaling met de QR-code werkt niet.',
          'Betalen met de QR-code werkt niet op mijn gsm.',
          'De QR-code voor de betaling werkt niet, ik heb dan maar overgeschreven.',
          'Betaling met QR-code werkt niet!',
        ],
        weight: (m, y) => (y === 0 && (m === 7 || m === 8) ? 9 : y === 0 && m === 9 ? 1 : 0),
        scores: [1, 2, 3],
        fr: ['Le paiement par code QR ne fonctionne pas.', 'Le code QR pour payer ne marche pas sur mon gsm.'],
      },
      {
        texts: [
          'Ik vond niet waar ik de akte moest opladen.',
          'Waar moet ik de akte opladen? Dat staat nergens.',
          'De akte opladen lukte pas na drie keer.',
          'Niet duidelijk waar je de akte moet opladen.',
        ],
        weight: always,
        scores: [2, 3],
        fr: ["Je n'ai pas trouvé où télécharger l'acte.", "Pas clair où il faut télécharger l'acte."],
      },
      {
        texts: ['Vlot en duidelijk, bedankt.', 'Snel geregeld, top!', 'Duidelijke uitleg bij elke stap.', 'Heel gebruiksvriendelijk.'],
        weight: () => 2.5,
        scores: [4, 5],
        fr: ['Rapide et clair, merci.', 'Très facile à utiliser.'],
      },
      {
        texts: ['Het verlaagd tarief wordt niet goed uitgelegd.', 'Uitleg over het verlaagd tarief is te ingewikkeld.'],
        weight: always,
        scores: [2, 3, 4],
      },
      { texts: ['Le formulaire n’existe pas en français.'], weight: () => 0.3, scores: [2, 3], lang: 'fr' },
    ],
  },
  {
    id: 'onroerende-voorheffing-vragen',
    name: { nl: 'Vragen over de onroerende voorheffing', en: 'Questions about property tax' },
    channels: [
      ['vlaanderen.be', 7],
      ['mijn-burgerprofiel', 3],
    ],
    contexts: [
      ['support', 8],
      ['continuous', 2],
    ],
    followUps: ['completed'],
    perYear: 700,
    // The helpdesk gets steadily better through this year.
    mood: (month, year) => (year === 0 ? 3.3 + month * 0.08 : 3.3),
    remarkRate: 0.3,
    responseRate: 0.09,
    themes: [
      {
        texts: [
          'Ik moest lang wachten op een antwoord.',
          'Lang wachten aan de telefoon.',
          'Veel te lang wachten op antwoord op mijn mail.',
          'Wachttijd aan de telefoon is te lang.',
        ],
        weight: (m, y) => (y === 0 ? Math.max(0.5, 5 - m * 0.4) : 5),
        scores: [1, 2, 3],
        fr: ["J'ai dû attendre longtemps une réponse.", 'Trop longtemps attendre au téléphone.'],
      },
      {
        texts: [
          'Het aanslagbiljet is moeilijk te begrijpen.',
          'Het aanslagbiljet is niet duidelijk over de vermindering.',
          'Ik begrijp mijn aanslagbiljet niet.',
        ],
        weight: () => 3,
        scores: [2, 3],
      },
      {
        texts: ['Vriendelijke medewerker, goed geholpen.', 'Antwoord binnen de dag, prima.', 'Goed en snel geholpen, dank u.'],
        weight: (m, y) => (y === 0 ? 1 + m * 0.3 : 1),
        scores: [4, 5],
      },
      { texts: ['Could not find an English explanation of the tax bill.'], weight: () => 0.3, scores: [2, 3], lang: 'en' },
    ],
  },
  {
    id: 'erfbelasting-aangifte',
    name: { nl: 'Aangifte erfbelasting', en: 'Inheritance tax return' },
    channels: [['mijn-burgerprofiel', 1]],
    contexts: [['transaction', 1]],
    followUps: ['ease'],
    perYear: 550,
    // A broken confirm button from March to May of this year, fixed in June.
    mood: (month, year) => (year === 0 ? (month >= 2 && month <= 4 ? 2.6 : month >= 5 ? 3.95 : 3.5) : 3.5),
    remarkRate: 0.4,
    responseRate: 0.2,
    themes: [
      {
        texts: [
          'De knop om te bevestigen doet niets.',
          'Na het invullen doet de knop om te bevestigen niets.',
          'Knop om te bevestigen doet niets, alles opnieuw moeten invullen.',
        ],
        weight: (m, y) => (y === 0 && m >= 2 && m <= 4 ? 25 : 0),
        scores: [1, 2],
        fr: ['Le bouton pour confirmer ne fait rien.', 'Après avoir tout rempli, le bouton de confirmation ne fait rien.'],
      },
      {
        texts: ['Aanmelden met itsme lukt niet.', 'Aanmelden met itsme werkt niet altijd.', 'Het aanmelden met itsme mislukte twee keer.'],
        weight: () => 2,
        scores: [1, 2, 3],
        fr: ['La connexion avec itsme ne fonctionne pas.', 'Impossible de me connecter avec itsme.'],
      },
      {
        texts: ['Te veel documenten nodig.', 'Moeilijk om alle erfgenamen in te vullen.', 'Het invullen van de erfgenamen is ingewikkeld.'],
        weight: () => 3,
        scores: [2, 3],
      },
      { texts: ['Duidelijke uitleg, dank u.', 'Beter dan vroeger op papier.'], weight: () => 1.5, scores: [4, 5] },
    ],
  },
  {
    id: 'verkeersbelasting-betalen',
    name: { nl: 'Verkeersbelasting betalen', en: 'Paying road tax' },
    channels: [
      ['mijn-burgerprofiel', 6],
      ['vlaanderen.be', 4],
    ],
    contexts: [['transaction', 1]],
    followUps: [],
    perYear: 1100,
    mood: (_month, year) => (year === 0 ? 4.45 : 4.35),
    remarkRate: 0.1,
    responseRate: 0.12,
    themes: [
      { texts: ['Snel betaald.', 'Heel eenvoudig, prima.', 'Snel en makkelijk.'], weight: () => 3, scores: [4, 5] },
      {
        texts: ['Ik kreeg geen bevestiging van mijn betaling.', 'Geen bevestiging van de betaling ontvangen.'],
        weight: always,
        scores: [2, 3],
        fr: ["Je n'ai pas reçu de confirmation de mon paiement."],
      },
      { texts: ['Een domiciliëring aanvragen is niet duidelijk.'], weight: () => 0.7, scores: [3] },
    ],
  },
  {
    id: 'vrijstelling-voorheffing-aanvragen',
    name: { nl: 'Vrijstelling onroerende voorheffing aanvragen', en: 'Applying for a property tax exemption' },
    channels: [['vlaanderen.be', 1]],
    contexts: [['transaction', 1]],
    followUps: ['ease'],
    perYear: 45,
    mood: () => 3.8,
    remarkRate: 0.25,
    responseRate: 0.15,
    themes: [
      { texts: ['Welke bewijsstukken moet ik opladen?', 'Niet duidelijk welke bewijsstukken nodig zijn.'], weight: always, scores: [2, 3] },
      { texts: ['Goed geregeld.'], weight: always, scores: [4, 5] },
    ],
  },
];
