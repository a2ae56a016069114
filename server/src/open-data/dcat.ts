import { LANGUAGES } from '@feedbackinstrument/shared/constants';
import { OPEN_MESSAGES } from './open-messages.js';

// The data set's metadata in DCAT-AP Vlaanderen (DCAT-AP 2 with the Flemish profile), as
// JSON-LD, for the Flemish open-data portal to harvest: a catalogue with one data set (the
// yearly satisfaction figures of the services that publish them) and its distributions
// (CSV, JSON, and the web pages). The licence is the Flemish "Modellicentie Gratis Hergebruik".

const LICENCE = 'https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0';
const LANGUAGE_URIS: Record<(typeof LANGUAGES)[number], string> = {
  nl: 'http://publications.europa.eu/resource/authority/language/NLD',
  fr: 'http://publications.europa.eu/resource/authority/language/FRA',
  en: 'http://publications.europa.eu/resource/authority/language/ENG',
  de: 'http://publications.europa.eu/resource/authority/language/DEU',
};

const DESCRIPTIONS = {
  nl: 'Per jaar en per digitale dienst van de Vlaamse, provinciale en lokale overheden die hun cijfers openbaar maken: aantal antwoorden, verdeling van de scores 1–5, gemiddelde score, aandeel tevreden (4–5) met 95 %-betrouwbaarheidsinterval, aandeel ontevreden, responsgraad. Diensten met minder dan 10 antwoorden in het jaar tonen geen cijfers. Opmerkingen worden nooit gepubliceerd.',
  fr: 'Par année et par service numérique des autorités flamandes, provinciales et locales qui publient leurs chiffres : nombre de réponses, répartition des notes 1–5, note moyenne, part de satisfaits (4–5) avec intervalle de confiance à 95 %, part d’insatisfaits, taux de réponse. Les services ayant moins de 10 réponses dans l’année n’affichent pas de chiffres. Les remarques ne sont jamais publiées.',
  en: 'Per year and per digital service of the Flemish, provincial and local governments that publish their figures: number of responses, distribution of scores 1–5, mean score, share satisfied (4–5) with its 95 % confidence interval, share dissatisfied, response rate. Services with fewer than 10 responses in the year show no figures. Remarks are never published.',
  de: 'Pro Jahr und pro digitalem Dienst der flämischen, provinzialen und lokalen Behörden, die ihre Zahlen veröffentlichen: Anzahl der Antworten, Verteilung der Noten 1–5, Durchschnittsnote, Anteil Zufriedener (4–5) mit 95-%-Konfidenzintervall, Anteil Unzufriedener, Antwortquote. Dienste mit weniger als 10 Antworten im Jahr zeigen keine Zahlen. Bemerkungen werden nie veröffentlicht.',
};

const perLanguage = (text: (lang: (typeof LANGUAGES)[number]) => string) =>
  LANGUAGES.map((lang) => ({ '@language': lang, '@value': text(lang) }));

/** The catalogue of `baseUrl` (e.g. https://feedback.vlaanderen.be), modified on `modified` (YYYY-MM-DD). */
export function dcatCatalogue(baseUrl: string, modified: string, firstYear: number, thisYear: number): Record<string, unknown> {
  const dataset = `${baseUrl}/open#dataset`;
  const publisher = { '@id': `${baseUrl}/open#publisher`, '@type': 'foaf:Agent', 'foaf:name': 'Digitaal Vlaanderen' };
  const distribution = (id: string, title: string, url: string, mediaType: string, format: string) => ({
    '@id': `${baseUrl}/open#${id}`,
    '@type': 'dcat:Distribution',
    'dct:title': title,
    'dcat:accessURL': { '@id': url },
    'dcat:downloadURL': { '@id': url },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${mediaType}` },
    'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${format}` },
    'dct:license': { '@id': LICENCE },
  });
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      adms: 'http://www.w3.org/ns/adms#',
    },
    '@id': `${baseUrl}/open#catalog`,
    '@type': 'dcat:Catalog',
    'dct:title': perLanguage((lang) => `feedbackinstrument – ${OPEN_MESSAGES[lang].title}`),
    'dct:description': perLanguage((lang) => DESCRIPTIONS[lang]),
    'dct:publisher': publisher,
    'foaf:homepage': { '@id': `${baseUrl}/open` },
    'dct:license': { '@id': LICENCE },
    'dct:language': LANGUAGES.map((lang) => ({ '@id': LANGUAGE_URIS[lang] })),
    'dcat:dataset': {
      '@id': dataset,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${baseUrl}/open#dataset`,
      'dct:title': perLanguage((lang) => OPEN_MESSAGES[lang].title),
      'dct:description': perLanguage((lang) => DESCRIPTIONS[lang]),
      'dcat:keyword': ['gebruikerstevredenheid', 'digitale dienstverlening', 'feedback', 'e-loket', 'satisfaction', 'open data'],
      'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/GOVE' },
      'dct:publisher': publisher,
      'dcat:contactPoint': {
        '@type': 'vcard:Organization',
        'vcard:fn': 'Digitaal Vlaanderen',
        'vcard:hasURL': { '@id': `${baseUrl}/open` },
      },
      'dcat:landingPage': { '@id': `${baseUrl}/open` },
      'dct:accessRights': { '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC' },
      'dct:accrualPeriodicity': { '@id': 'http://publications.europa.eu/resource/authority/frequency/DAILY' },
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        'dcat:startDate': { '@value': `${firstYear}-01-01`, '@type': 'xsd:date' },
        'dcat:endDate': { '@value': `${thisYear}-12-31`, '@type': 'xsd:date' },
      },
      'dct:spatial': { '@id': 'http://publications.europa.eu/resource/authority/place/BEL_VLG' },
      'dct:modified': { '@value': modified, '@type': 'xsd:date' },
      'dct:language': LANGUAGES.map((lang) => ({ '@id': LANGUAGE_URIS[lang] })),
      'dcat:distribution': [
        distribution('csv', 'CSV', `${baseUrl}/open/figures.csv`, 'text/csv', 'CSV'),
        distribution('json', 'JSON', `${baseUrl}/v1/public/figures`, 'application/json', 'JSON'),
        distribution('html', 'HTML', `${baseUrl}/open`, 'text/html', 'HTML'),
      ],
    },
  };
}
