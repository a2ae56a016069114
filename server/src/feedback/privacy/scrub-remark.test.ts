import { describe, expect, it } from 'vitest';
import { cleanRemark, PLACEHOLDERS, scrubRemark } from './scrub-remark.js';

const { email: EMAIL, phone: PHONE, nationalNumber: NRN, iban: IBAN, card: CARD } = PLACEHOLDERS;

// Real-looking remarks as Flemish users write them. The national register numbers,
// IBANs and card numbers carry valid checksums; the ones left alone do not, or are dates,
// amounts, postcodes, dossier and company numbers that analysts need to read.
const MUST_REPLACE: [string, string][] = [
  ['Mail me aub op jan.peeters@telenet.be als het klaar is.', `Mail me aub op ${EMAIL} als het klaar is.`],
  ['Mijn adres is Sofie_De.Smet+gemeente@gmail.com', `Mijn adres is ${EMAIL}`],
  ['Contact: élodie.dupont@skynet.be.', `Contact: ${EMAIL}.`],
  ['Bel me terug op 0470 12 34 56.', `Bel me terug op ${PHONE}.`],
  ['gsm 0470/12.34.56 na 17u', `gsm ${PHONE} na 17u`],
  ['Mijn nummer: 0499123456', `Mijn nummer: ${PHONE}`],
  ['Het loket (09 210 10 10) nam niet op', `Het loket (${PHONE}) nam niet op`],
  ['Bel 016 27 20 00 of 02 553 00 00', `Bel ${PHONE} of ${PHONE}`],
  ['Appelez le guichet de Liège au 04 221 22 11 svp', `Appelez le guichet de Liège au ${PHONE} svp`],
  ['Vanuit Frankrijk: +33 6 12 34 56 78', `Vanuit Frankrijk: ${PHONE}`],
  ['Mijn nummer is +32 470 12 34 56', `Mijn nummer is ${PHONE}`],
  ['Bereikbaar op 0032 470 123456', `Bereikbaar op ${PHONE}`],
  ['Telefoon +32 (0)9 123 45 67', `Telefoon ${PHONE}`],
  ['Rufen Sie mich an: +49 30 1234567', `Rufen Sie mich an: ${PHONE}`],
  [
    'Mijn rijksregisternummer is 85.07.30-033.28 maar dat werd niet aanvaard',
    `Mijn rijksregisternummer is ${NRN} maar dat werd niet aanvaard`,
  ],
  ['RRN 85073003328', `RRN ${NRN}`],
  ['Mon numéro national: 69021512317.', `Mon numéro national: ${NRN}.`],
  ['Mijn dochter (05.04.12-288.96) staat er niet bij', `Mijn dochter (${NRN}) staat er niet bij`],
  ['Stort het terug op BE68 5390 0754 7034 aub', `Stort het terug op ${IBAN} aub`],
  ['rekening BE71096123456769', `rekening ${IBAN}`],
  ['Mijn Nederlandse rekening NL91 ABNA 0417 1643 00 werd geweigerd', `Mijn Nederlandse rekening ${IBAN} werd geweigerd`],
  ['Betaald met kaart 4111 1111 1111 1111 maar niets ontvangen', `Betaald met kaart ${CARD} maar niets ontvangen`],
  ['Mastercard 5555-5555-5555-4444 twee keer aangerekend', `Mastercard ${CARD} twee keer aangerekend`],
  [
    'Ik ben Jan (jan@example.be, 0470 12 34 56, RRN 85.07.30-033.28, BE68 5390 0754 7034).',
    `Ik ben Jan (${EMAIL}, ${PHONE}, RRN ${NRN}, ${IBAN}).`,
  ],
];

const MUST_KEEP = [
  'Mijn afspraak op 12/03/2026 om 14:30 werd twee keer verzet.',
  'Ingediend op 12.03.2026, nog steeds geen antwoord op 2026-04-15.',
  'Ik moest € 1.250,00 betalen in plaats van 45,50 euro.',
  'Wij wonen in 9000 Gent, vroeger in 3000 Leuven en 1000 Brussel.',
  'Dossiernummer 2026/123456 is nog niet behandeld.',
  'Mijn aanvraag OMV_2026012345 staat al 3 maanden open.',
  'Ondernemingsnummer 0123.456.749 werd niet herkend.',
  'Het formulier liep vast bij stap 3 van 5, en dat 4 keer in 2025.',
  'Factuurnummer 20260312-0001 klopt niet.',
  'Referentie 123456789012 (geen kaart) werd geweigerd.',
  'BE68 5390 0754 7035 is een fout nummer in het voorbeeld.',
  'Rijksregisternummer 85.07.30-033.29 werd geweigerd (tikfout van mij).',
  'Heel vlot! 5 sterren, 100% tevreden.',
  'Openingsuren 08:30-12:00 en 13:00-16:30 zijn te kort.',
  'De site toonde "fout 404" en daarna "fout 500".',
];

describe('scrubRemark', () => {
  it.each(MUST_REPLACE)('replaces personal data in: %s', (input, expected) => {
    expect(scrubRemark(input)).toBe(expected);
  });

  it.each(MUST_KEEP)('leaves alone: %s', (input) => {
    expect(scrubRemark(input)).toBe(input);
  });

  it('is idempotent', () => {
    for (const [input] of MUST_REPLACE) expect(scrubRemark(scrubRemark(input))).toBe(scrubRemark(input));
  });
});

describe('cleanRemark', () => {
  it('trims, removes NUL characters and makes an empty remark null', () => {
    expect(cleanRemark(undefined)).toBeNull();
    expect(cleanRemark('   \n ')).toBeNull();
    expect(cleanRemark(' goed\u0000 ')).toBe('goed');
  });
});
