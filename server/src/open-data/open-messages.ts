import type { Language, Level } from '@feedbackinstrument/shared/constants';

// The words of the public /open pages, in plain language (B1), per language.

export interface OpenMessages {
  locale: string;
  title: string;
  intro: (min: number) => string;
  skip: string;
  languages: string;
  filters: string;
  year: string;
  level: string;
  allLevels: string;
  policyDomain: string;
  allDomains: string;
  organisation: string;
  allOrganisations: string;
  search: string;
  sort: string;
  sortOptions: { name: string; responses: string; satisfied: string; change: string };
  show: string;
  levels: Record<Level, string>;
  noPolicyDomain: string;
  found: (count: number) => string;
  nothingFound: string;
  responses: string;
  satisfied: string;
  margin: string;
  change: string;
  changeValue: (points: string) => string;
  noChange: string;
  mean: string;
  dissatisfied: string;
  tooFew: (min: number) => string;
  chartTitle: (service: string, year: number) => string;
  chartNote: string;
  monthTable: (service: string, year: number) => string;
  month: string;
  satisfiedCount: string;
  neutralCount: string;
  dissatisfiedCount: string;
  satisfiedShare: string;
  legend: { satisfied: string; neutral: string; dissatisfied: string };
  chartResponses: string;
  chartNoResponses: string;
  downloads: string;
  csv: string;
  json: string;
  dcat: string;
  about: string;
  aboutText: (min: number) => string;
  definitions: [string, string][];
  allServices: string;
  organisationOf: string;
  lastYear: string;
  period: (from: string, to: string) => string;
  errorTitle: (status: number) => string;
  notFound: string;
  badRequest: string;
  backToOverview: string;
  serviceTitle: (service: string) => string;
  pages: string;
  pageOf: (page: number, pages: number) => string;
  previousPage: string;
  nextPage: string;
}

export const OPEN_MESSAGES: Record<Language, OpenMessages> = {
  nl: {
    locale: 'nl-BE',
    title: 'Hoe tevreden zijn gebruikers over de digitale diensten van de overheid?',
    intro: (min) =>
      `Elke overheid vraagt gebruikers van haar digitale diensten hoe tevreden ze zijn. Hier staan de cijfers van de diensten die ze openbaar maken. Een dienst met minder dan ${min} antwoorden in het jaar toont geen cijfers, zodat niemand herkenbaar is.`,
    skip: 'Naar de cijfers',
    languages: 'Taal',
    filters: 'Filter en sorteer',
    year: 'Jaar',
    level: 'Bestuursniveau',
    allLevels: 'Alle niveaus',
    policyDomain: 'Beleidsdomein',
    allDomains: 'Alle beleidsdomeinen',
    organisation: 'Organisatie',
    allOrganisations: 'Alle organisaties',
    search: 'Zoek een dienst',
    sort: 'Sorteer op',
    sortOptions: {
      name: 'naam (gegroepeerd)',
      responses: 'meeste antwoorden',
      satisfied: 'hoogste tevredenheid',
      change: 'grootste verbetering',
    },
    show: 'Toon',
    levels: { vlaams: 'Vlaamse overheid', provinciaal: 'Provincies', lokaal: 'Lokale besturen' },
    noPolicyDomain: 'Zonder beleidsdomein',
    found: (count) => (count === 1 ? '1 dienst' : `${count} diensten`),
    nothingFound: 'Geen diensten gevonden. Kies andere filters.',
    responses: 'Antwoorden',
    satisfied: 'Tevreden (score 4 of 5)',
    margin: 'Foutenmarge (95 %)',
    change: 'Verschil met vorig jaar',
    changeValue: (points) => `${points} procentpunt`,
    noChange: 'niet te vergelijken (te weinig antwoorden vorig jaar)',
    mean: 'Gemiddelde score (1–5)',
    dissatisfied: 'Ontevreden (score 1 of 2)',
    tooFew: (min) => `Te weinig antwoorden: minder dan ${min} dit jaar. Daarom tonen we geen cijfers, zodat niemand herkenbaar is.`,
    chartTitle: (service, year) => `Antwoorden per maand in ${year}: ${service}`,
    chartNote:
      'Het getal boven elke kolom is het aandeel tevreden gebruikers. Een maand met minder dan 10 antwoorden toont alleen het aantal.',
    monthTable: (service, year) => `Cijfers per maand in ${year}: ${service}`,
    month: 'Maand',
    satisfiedCount: 'Tevreden (4–5)',
    neutralCount: 'Neutraal (3)',
    dissatisfiedCount: 'Ontevreden (1–2)',
    satisfiedShare: 'Aandeel tevreden',
    legend: { satisfied: 'tevreden (4–5)', neutral: 'neutraal (3)', dissatisfied: 'ontevreden (1–2)' },
    chartResponses: 'antwoorden',
    chartNoResponses: 'Geen antwoorden.',
    downloads: 'Download de gegevens',
    csv: 'Alle cijfers van het jaar als CSV (opent in een rekenblad)',
    json: 'Dezelfde cijfers als JSON',
    dcat: 'Metadata voor het open-dataportaal (DCAT-AP Vlaanderen)',
    about: 'Wat betekenen de cijfers?',
    aboutText: (min) =>
      `Gebruikers geven een score van 1 (heel ontevreden) tot 5 (heel tevreden). We tellen per jaar, in Belgische tijd. Onder ${min} antwoorden tonen we niets.`,
    definitions: [
      ['Tevreden', 'Het deel van de antwoorden met score 4 of 5.'],
      [
        'Foutenmarge',
        'Met 95 % zekerheid ligt het aandeel tevreden bij alle gebruikers tussen deze twee getallen. Bij weinig antwoorden is de marge groot.',
      ],
      ['Verschil met vorig jaar', 'Het aandeel tevreden dit jaar min dat van vorig jaar, in procentpunten.'],
    ],
    allServices: 'Alle diensten',
    organisationOf: 'Organisatie',
    lastYear: 'Tevreden vorig jaar',
    period: (from, to) => `Periode: ${from} tot en met ${to}`,
    errorTitle: (status) => (status === 404 ? 'Niet gevonden' : 'Deze vraag begrijpen we niet'),
    notFound: 'Deze dienst bestaat niet of maakt geen cijfers openbaar.',
    badRequest: 'Kies een jaar tussen 2000 en dit jaar, en de filters uit het formulier.',
    backToOverview: 'Terug naar alle diensten',
    serviceTitle: (service) => `Tevredenheid over: ${service}`,
    pages: "Pagina's",
    pageOf: (page, pages) => `Pagina ${page} van ${pages}`,
    previousPage: 'Vorige pagina',
    nextPage: 'Volgende pagina',
  },
  fr: {
    locale: 'fr-BE',
    title: 'Les usagers sont-ils satisfaits des services numériques publics ?',
    intro: (min) =>
      `Chaque administration demande aux usagers de ses services numériques s’ils sont satisfaits. Voici les chiffres des services qui les publient. Un service qui a moins de ${min} réponses dans l’année n’affiche pas de chiffres, pour que personne ne soit reconnaissable.`,
    skip: 'Aller aux chiffres',
    languages: 'Langue',
    filters: 'Filtrer et trier',
    year: 'Année',
    level: 'Niveau de pouvoir',
    allLevels: 'Tous les niveaux',
    policyDomain: 'Domaine politique',
    allDomains: 'Tous les domaines',
    organisation: 'Organisation',
    allOrganisations: 'Toutes les organisations',
    search: 'Chercher un service',
    sort: 'Trier par',
    sortOptions: {
      name: 'nom (par groupe)',
      responses: 'le plus de réponses',
      satisfied: 'la plus grande satisfaction',
      change: 'la plus forte amélioration',
    },
    show: 'Afficher',
    levels: { vlaams: 'Autorité flamande', provinciaal: 'Provinces', lokaal: 'Pouvoirs locaux' },
    noPolicyDomain: 'Sans domaine politique',
    found: (count) => (count === 1 ? '1 service' : `${count} services`),
    nothingFound: 'Aucun service trouvé. Choisissez d’autres filtres.',
    responses: 'Réponses',
    satisfied: 'Satisfaits (note 4 ou 5)',
    margin: 'Marge d’erreur (95 %)',
    change: 'Différence avec l’an dernier',
    changeValue: (points) => `${points} point(s) de pourcentage`,
    noChange: 'pas de comparaison (trop peu de réponses l’an dernier)',
    mean: 'Note moyenne (1–5)',
    dissatisfied: 'Insatisfaits (note 1 ou 2)',
    tooFew: (min) =>
      `Trop peu de réponses : moins de ${min} cette année. Nous n’affichons donc pas de chiffres, pour que personne ne soit reconnaissable.`,
    chartTitle: (service, year) => `Réponses par mois en ${year} : ${service}`,
    chartNote:
      'Le nombre au-dessus de chaque colonne est la part d’usagers satisfaits. Un mois de moins de 10 réponses n’en montre que le nombre.',
    monthTable: (service, year) => `Chiffres par mois en ${year} : ${service}`,
    month: 'Mois',
    satisfiedCount: 'Satisfaits (4–5)',
    neutralCount: 'Neutres (3)',
    dissatisfiedCount: 'Insatisfaits (1–2)',
    satisfiedShare: 'Part de satisfaits',
    legend: { satisfied: 'satisfaits (4–5)', neutral: 'neutres (3)', dissatisfied: 'insatisfaits (1–2)' },
    chartResponses: 'réponses',
    chartNoResponses: 'Aucune réponse.',
    downloads: 'Télécharger les données',
    csv: 'Tous les chiffres de l’année en CSV (s’ouvre dans un tableur)',
    json: 'Les mêmes chiffres en JSON',
    dcat: 'Métadonnées pour le portail open data (DCAT-AP Vlaanderen)',
    about: 'Que signifient les chiffres ?',
    aboutText: (min) =>
      `Les usagers donnent une note de 1 (très insatisfait) à 5 (très satisfait). Nous comptons par année, à l’heure belge. En dessous de ${min} réponses, rien n’est affiché.`,
    definitions: [
      ['Satisfaits', 'La part des réponses avec la note 4 ou 5.'],
      [
        'Marge d’erreur',
        'Avec 95 % de certitude, la part de satisfaits parmi tous les usagers se situe entre ces deux nombres. Avec peu de réponses, la marge est grande.',
      ],
      ['Différence avec l’an dernier', 'La part de satisfaits cette année moins celle de l’an dernier, en points de pourcentage.'],
    ],
    allServices: 'Tous les services',
    organisationOf: 'Organisation',
    lastYear: 'Satisfaits l’an dernier',
    period: (from, to) => `Période : du ${from} au ${to}`,
    errorTitle: (status) => (status === 404 ? 'Introuvable' : 'Nous ne comprenons pas cette demande'),
    notFound: 'Ce service n’existe pas ou ne publie pas ses chiffres.',
    badRequest: 'Choisissez une année entre 2000 et cette année, et les filtres du formulaire.',
    backToOverview: 'Retour à tous les services',
    serviceTitle: (service) => `Satisfaction : ${service}`,
    pages: 'Pages',
    pageOf: (page, pages) => `Page ${page} sur ${pages}`,
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
  },
  en: {
    locale: 'en-GB',
    title: 'How satisfied are users with the government’s digital services?',
    intro: (min) =>
      `Every government asks the users of its digital services how satisfied they are. Here are the figures of the services that publish them. A service with fewer than ${min} responses in the year shows no figures, so that nobody can be recognised.`,
    skip: 'Skip to the figures',
    languages: 'Language',
    filters: 'Filter and sort',
    year: 'Year',
    level: 'Level of government',
    allLevels: 'All levels',
    policyDomain: 'Policy domain',
    allDomains: 'All policy domains',
    organisation: 'Organisation',
    allOrganisations: 'All organisations',
    search: 'Search a service',
    sort: 'Sort by',
    sortOptions: { name: 'name (grouped)', responses: 'most responses', satisfied: 'highest satisfaction', change: 'largest improvement' },
    show: 'Show',
    levels: { vlaams: 'Flemish government', provinciaal: 'Provinces', lokaal: 'Local governments' },
    noPolicyDomain: 'No policy domain',
    found: (count) => (count === 1 ? '1 service' : `${count} services`),
    nothingFound: 'No services found. Choose other filters.',
    responses: 'Responses',
    satisfied: 'Satisfied (score 4 or 5)',
    margin: 'Margin of error (95 %)',
    change: 'Change since last year',
    changeValue: (points) => `${points} percentage points`,
    noChange: 'no comparison (too few responses last year)',
    mean: 'Average score (1–5)',
    dissatisfied: 'Dissatisfied (score 1 or 2)',
    tooFew: (min) => `Too few responses: fewer than ${min} this year. So we show no figures, and nobody can be recognised.`,
    chartTitle: (service, year) => `Responses per month in ${year}: ${service}`,
    chartNote: 'The number above each column is the share of satisfied users. A month with fewer than 10 responses shows its count only.',
    monthTable: (service, year) => `Figures per month in ${year}: ${service}`,
    month: 'Month',
    satisfiedCount: 'Satisfied (4–5)',
    neutralCount: 'Neutral (3)',
    dissatisfiedCount: 'Dissatisfied (1–2)',
    satisfiedShare: 'Share satisfied',
    legend: { satisfied: 'satisfied (4–5)', neutral: 'neutral (3)', dissatisfied: 'dissatisfied (1–2)' },
    chartResponses: 'responses',
    chartNoResponses: 'No responses.',
    downloads: 'Download the data',
    csv: 'All figures of the year as CSV (opens in a spreadsheet)',
    json: 'The same figures as JSON',
    dcat: 'Metadata for the open data portal (DCAT-AP Vlaanderen)',
    about: 'What do the figures mean?',
    aboutText: (min) =>
      `Users give a score from 1 (very dissatisfied) to 5 (very satisfied). We count per year, in Belgian time. Below ${min} responses we show nothing.`,
    definitions: [
      ['Satisfied', 'The share of responses with score 4 or 5.'],
      [
        'Margin of error',
        'With 95 % certainty, the share of satisfied users among all users lies between these two numbers. With few responses the margin is wide.',
      ],
      ['Change since last year', 'The share satisfied this year minus that of last year, in percentage points.'],
    ],
    allServices: 'All services',
    organisationOf: 'Organisation',
    lastYear: 'Satisfied last year',
    period: (from, to) => `Period: ${from} to ${to}`,
    errorTitle: (status) => (status === 404 ? 'Not found' : 'We do not understand this request'),
    notFound: 'This service does not exist or does not publish its figures.',
    badRequest: 'Choose a year between 2000 and this year, and the filters of the form.',
    backToOverview: 'Back to all services',
    serviceTitle: (service) => `Satisfaction with: ${service}`,
    pages: 'Pages',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    previousPage: 'Previous page',
    nextPage: 'Next page',
  },
  de: {
    locale: 'de-BE',
    title: 'Wie zufrieden sind die Nutzer mit den digitalen Diensten der Behörden?',
    intro: (min) =>
      `Jede Behörde fragt die Nutzer ihrer digitalen Dienste, wie zufrieden sie sind. Hier stehen die Zahlen der Dienste, die sie veröffentlichen. Ein Dienst mit weniger als ${min} Antworten im Jahr zeigt keine Zahlen, damit niemand erkennbar ist.`,
    skip: 'Zu den Zahlen',
    languages: 'Sprache',
    filters: 'Filtern und sortieren',
    year: 'Jahr',
    level: 'Verwaltungsebene',
    allLevels: 'Alle Ebenen',
    policyDomain: 'Politikbereich',
    allDomains: 'Alle Politikbereiche',
    organisation: 'Organisation',
    allOrganisations: 'Alle Organisationen',
    search: 'Einen Dienst suchen',
    sort: 'Sortieren nach',
    sortOptions: {
      name: 'Name (gruppiert)',
      responses: 'meiste Antworten',
      satisfied: 'höchste Zufriedenheit',
      change: 'größte Verbesserung',
    },
    show: 'Anzeigen',
    levels: { vlaams: 'Flämische Regierung', provinciaal: 'Provinzen', lokaal: 'Lokale Behörden' },
    noPolicyDomain: 'Ohne Politikbereich',
    found: (count) => (count === 1 ? '1 Dienst' : `${count} Dienste`),
    nothingFound: 'Keine Dienste gefunden. Wählen Sie andere Filter.',
    responses: 'Antworten',
    satisfied: 'Zufrieden (Note 4 oder 5)',
    margin: 'Fehlerspanne (95 %)',
    change: 'Unterschied zum Vorjahr',
    changeValue: (points) => `${points} Prozentpunkte`,
    noChange: 'kein Vergleich (zu wenige Antworten im Vorjahr)',
    mean: 'Durchschnittliche Note (1–5)',
    dissatisfied: 'Unzufrieden (Note 1 oder 2)',
    tooFew: (min) =>
      `Zu wenige Antworten: weniger als ${min} in diesem Jahr. Deshalb zeigen wir keine Zahlen, damit niemand erkennbar ist.`,
    chartTitle: (service, year) => `Antworten pro Monat ${year}: ${service}`,
    chartNote: 'Die Zahl über jeder Säule ist der Anteil zufriedener Nutzer. Ein Monat mit weniger als 10 Antworten zeigt nur die Anzahl.',
    monthTable: (service, year) => `Zahlen pro Monat ${year}: ${service}`,
    month: 'Monat',
    satisfiedCount: 'Zufrieden (4–5)',
    neutralCount: 'Neutral (3)',
    dissatisfiedCount: 'Unzufrieden (1–2)',
    satisfiedShare: 'Anteil zufrieden',
    legend: { satisfied: 'zufrieden (4–5)', neutral: 'neutral (3)', dissatisfied: 'unzufrieden (1–2)' },
    chartResponses: 'Antworten',
    chartNoResponses: 'Keine Antworten.',
    downloads: 'Daten herunterladen',
    csv: 'Alle Zahlen des Jahres als CSV (öffnet in einer Tabellenkalkulation)',
    json: 'Dieselben Zahlen als JSON',
    dcat: 'Metadaten für das Open-Data-Portal (DCAT-AP Vlaanderen)',
    about: 'Was bedeuten die Zahlen?',
    aboutText: (min) =>
      `Nutzer geben eine Note von 1 (sehr unzufrieden) bis 5 (sehr zufrieden). Wir zählen pro Jahr, in belgischer Zeit. Unter ${min} Antworten zeigen wir nichts.`,
    definitions: [
      ['Zufrieden', 'Der Anteil der Antworten mit Note 4 oder 5.'],
      [
        'Fehlerspanne',
        'Mit 95 % Sicherheit liegt der Anteil zufriedener Nutzer unter allen Nutzern zwischen diesen beiden Zahlen. Bei wenigen Antworten ist die Spanne groß.',
      ],
      ['Unterschied zum Vorjahr', 'Der Anteil zufriedener Nutzer in diesem Jahr minus dem des Vorjahres, in Prozentpunkten.'],
    ],
    allServices: 'Alle Dienste',
    organisationOf: 'Organisation',
    lastYear: 'Zufrieden im Vorjahr',
    period: (from, to) => `Zeitraum: ${from} bis ${to}`,
    errorTitle: (status) => (status === 404 ? 'Nicht gefunden' : 'Diese Anfrage verstehen wir nicht'),
    notFound: 'Diesen Dienst gibt es nicht, oder er veröffentlicht keine Zahlen.',
    badRequest: 'Wählen Sie ein Jahr zwischen 2000 und diesem Jahr und die Filter des Formulars.',
    backToOverview: 'Zurück zu allen Diensten',
    serviceTitle: (service) => `Zufriedenheit mit: ${service}`,
    pages: 'Seiten',
    pageOf: (page, pages) => `Seite ${page} von ${pages}`,
    previousPage: 'Vorherige Seite',
    nextPage: 'Nächste Seite',
  },
};
