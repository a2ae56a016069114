// What every figure means, in plain Dutch (B1), for printed reports and dashboards.
// Kept beside the schemas so the words and the numbers cannot drift apart.

export interface FigureDefinition {
  term: string;
  definition: string;
}

export const FIGURE_DEFINITIONS_NL: readonly FigureDefinition[] = [
  {
    term: 'Periode',
    definition:
      'Alle dagen van 1 januari tot en met 31 december, in Belgische tijd. Wie op 31 december om 23.30 uur (UTC) antwoordt, telt dus al mee voor het volgende jaar.',
  },
  {
    term: 'Antwoorden',
    definition: 'Hoeveel keer iemand een score gaf (1 tot 5). Wie zijn antwoord opnieuw verstuurt, telt maar één keer.',
  },
  {
    term: 'Verdeling',
    definition: 'Hoeveel antwoorden elke score kregen: 1 = heel ontevreden, 2 = ontevreden, 3 = neutraal, 4 = tevreden, 5 = heel tevreden.',
  },
  {
    term: 'Gemiddelde score',
    definition: 'Alle scores opgeteld en gedeeld door het aantal antwoorden, afgerond op 2 cijfers na de komma.',
  },
  { term: 'Tevreden', definition: 'Het deel van de antwoorden met score 4 of 5, in procent, afgerond op 1 cijfer na de komma.' },
  {
    term: 'Betrouwbaarheidsinterval (95 %)',
    definition:
      'De marge rond "tevreden". Met 95 % zekerheid ligt het echte aandeel tevreden gebruikers tussen de twee getallen. Hoe minder antwoorden, hoe breder de marge (berekend met de Wilson-methode).',
  },
  { term: 'Ontevreden', definition: 'Het deel van de antwoorden met score 1 of 2, in procent.' },
  {
    term: 'Opmerkingen',
    definition: 'Hoeveel antwoorden ook een opmerking hadden. Opmerkingen worden na de bewaartermijn gewist; ze blijven wel meetellen.',
  },
  { term: 'Getoond', definition: 'Hoeveel keer de feedbackvraag op het scherm kwam.' },
  {
    term: 'Responsgraad',
    definition:
      'Antwoorden gedeeld door het aantal keer getoond, in procent. Antwoorden via het formulier zonder JavaScript tellen niet als getoond.',
  },
  {
    term: 'Gemak',
    definition:
      'De extra vraag "Was het makkelijk? Begreep u wat er van u verwacht werd?", van 1 (heel moeilijk) tot 5 (heel makkelijk): het gemiddelde van wie antwoordde.',
  },
  {
    term: 'Gelukt',
    definition: 'De extra vraag "Hebt u gedaan gekregen wat u wilde doen?": het deel ja, gedeeltelijk en nee van wie antwoordde.',
  },
  { term: 'Vorig jaar', definition: 'Dezelfde cijfers voor dezelfde dagen een jaar eerder, om te vergelijken.' },
  {
    term: 'Context',
    definition: 'Waar de vraag gesteld werd: na een aanvraag of transactie, na hulp of ondersteuning, of doorlopend (op elk moment).',
  },
  { term: 'Kanaal', definition: 'Het e-loket waarin de vraag stond, bijvoorbeeld Mijn Burgerprofiel.' },
];

export const CONTEXT_LABELS_NL = { transaction: 'Na een transactie', support: 'Na ondersteuning', continuous: 'Doorlopend' } as const;
export const SCORE_LABELS_NL = ['Heel ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Heel tevreden'] as const;
export const MONTH_LABELS_NL = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;
export const COMPLETED_LABELS_NL = { yes: 'Ja', partly: 'Gedeeltelijk', no: 'Nee' } as const;
