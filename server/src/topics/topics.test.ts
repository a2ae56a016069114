import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@feedbackinstrument/shared';
import { findService, insertService } from '../services/services.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { pick, record, seededRandom } from '../demo/workload.js';

// A realistic corpus of Dutch and French remarks with four planted recurring problems,
// written the many ways people write them, among varied everyday remarks.
const PLANTED = {
  calendar: [
    'De kalender toont geen vrije dagen.',
    'kalender toont geen vrije dagen meer sinds de update',
    'Waarom toont de kalender geen vrije dagen? Ik kan geen afspraak maken.',
    'De kalender toont geen vrije dagen in mei, heel vervelend',
    'Kalender toont geen vrije dagen, dus ik moest bellen.',
    'Ik zie geen vrije dagen in de kalender',
    'Er staan geen vrije dagen in de kalender voor volgende maand',
    'De kalender toont geen vrije dagen voor het loket in Gentbrugge',
  ],
  itsmeNl: [
    'Itsme login werkt niet.',
    'De itsme login werkt niet op mijn gsm',
    'itsme login werkt niet, ik blijf hangen op het wachtscherm',
    'Aanmelden lukt niet: de itsme login werkt niet',
    'Inloggen met itsme werkt niet',
    'Itsme login werkt niet sinds gisteren.',
  ],
  itsmeFr: [
    'La connexion itsme ne fonctionne pas.',
    'connexion itsme ne fonctionne pas sur mon téléphone',
    'Impossible de me connecter : la connexion itsme ne fonctionne pas',
    'La connexion avec itsme ne fonctionne pas depuis hier',
  ],
  formFr: [
    'Le formulaire est beaucoup trop long.',
    'Formulaire trop long, j’ai abandonné',
    'Le formulaire est trop long et compliqué',
    'Ce formulaire est vraiment trop long',
  ],
};

const NOISE_NL = [
  'Vlot en duidelijk, bedankt!',
  'Goede dienstverlening, snel geholpen.',
  'Ik vond niet meteen waar ik mijn attest kon downloaden.',
  'Prima, alles was in orde.',
  'De uitleg over de documenten was onduidelijk.',
  'Te veel stappen voor een eenvoudige aanvraag.',
  'Heel gebruiksvriendelijk.',
  'De bevestigingsmail kwam pas na twee dagen.',
  'Ik moest mijn adres twee keer invullen.',
  'Graag een versie in eenvoudige taal.',
  'Het loket was telefonisch moeilijk bereikbaar.',
  'Mooi en overzichtelijk.',
];
const NOISE_FR = [
  'Merci, très clair.',
  'Service rapide et efficace.',
  'Je n’ai pas trouvé le document à télécharger.',
  'Les explications sont confuses.',
  'Parfait, rien à signaler.',
  'Trop d’étapes pour une demande simple.',
];

describe.each(BACKENDS)('GET /v1/services/:id/topics on %s', (kind) => {
  let t: TestApp;
  let gent: Service;
  beforeAll(async () => {
    t = await startTestApp(kind);
    gent = (await findService(t.database.db, FIXTURE_SERVICES.gent.id))!;
    const random = seededRandom(99);
    const add = (remark: string, lang: 'nl' | 'fr', year: number, score: number) =>
      record(
        t.database.db,
        gent,
        { serviceId: gent.id, submissionId: randomUUID(), score, remark, lang },
        new Date(Date.UTC(year, Math.floor(random() * 12), 1 + Math.floor(random() * 27), 9)),
      );
    // 2026: every planted problem several times over (the calendar one most), and noise.
    for (let i = 0; i < 3; i += 1) for (const r of PLANTED.calendar) await add(r, 'nl', 2026, 1 + (i % 2));
    for (let i = 0; i < 3; i += 1) for (const r of PLANTED.itsmeNl) await add(r, 'nl', 2026, 1 + (i % 3));
    for (let i = 0; i < 3; i += 1) for (const r of PLANTED.itsmeFr) await add(r, 'fr', 2026, 2);
    for (let i = 0; i < 2; i += 1) for (const r of PLANTED.formFr) await add(r, 'fr', 2026, 2 + (i % 2));
    for (let i = 0; i < 60; i += 1) await add(pick(random, NOISE_NL), 'nl', 2026, 3 + (i % 3));
    for (let i = 0; i < 20; i += 1) await add(pick(random, NOISE_FR), 'fr', 2026, 3 + (i % 3));
    // Another service of the same organisation in the same year, with the everyday remarks
    // every service gets: the background against which gent's words are weighed (another
    // organisation's remarks never are).
    await insertService(t.database.db, {
      id: 'gent-parkeren',
      organisationId: FIXTURE_SERVICES.gent.organisationId,
      name: { nl: 'Parkeren' },
      audience: 'burgers',
      channel: 'web',
      allowedOrigins: [],
      followUps: [],
    });
    const other = (await findService(t.database.db, 'gent-parkeren'))!;
    for (let i = 0; i < 120; i += 1) {
      const [remark, lang] = random() < 0.75 ? [pick(random, NOISE_NL), 'nl' as const] : [pick(random, NOISE_FR), 'fr' as const];
      await record(
        t.database.db,
        other,
        { serviceId: other.id, submissionId: randomUUID(), score: 4, remark, lang },
        new Date(Date.UTC(2026, Math.floor(random() * 12), 1 + Math.floor(random() * 27), 9)),
      );
    }
    // 2025: the itsme problem was already there, a little; the calendar one was not.
    for (const r of PLANTED.itsmeNl.slice(0, 3)) await add(r, 'nl', 2025, 2);
    for (let i = 0; i < 60; i += 1) await add(pick(random, NOISE_NL), 'nl', 2025, 4);
  }, 120_000);
  afterAll(() => t.close());

  const topics = async (query: string, token = ADMIN_TOKEN) => {
    const res = await t.app.inject({ url: `/v1/services/${gent.id}/topics${query}`, headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('puts the planted recurring problems on top; one problem in Dutch and French is one topic', async () => {
    const body = await topics('?year=2026');
    expect(body.remarks).toBe(24 + 18 + 12 + 8 + 60 + 20);
    const top = body.topics.slice(0, 4);
    // "Itsme login werkt niet" and "La connexion itsme ne fonctionne pas": one topic of all 30.
    const itsme = top.find((topic: { key: string }) => topic.key === 'itsme');
    expect(itsme.count).toBe(18 + 12);
    expect(itsme.matches.find((m: { term: string }) => m.term === 'login').forms).toEqual(expect.arrayContaining(['login', 'connexion']));
    expect(itsme.terms.at(-1)).toBe('¬');
    // The calendar problem, said negated, with every one of its 24 remarks ("vrije" is a
    // general word: in the label as written, never a term).
    const calendar = top.find((topic: { terms: string[] }) => topic.terms.includes('calendar'));
    expect(calendar.terms).toEqual(expect.arrayContaining(['calendar', '¬']));
    expect(calendar.label).toMatch(/kalender|vrije dagen/);
    expect(calendar.count).toBeGreaterThanOrEqual(24);
    // "Le formulaire est trop long": "long" is a general word, the topic is said by "formulaire" (written as users wrote it in the label).
    const form = body.topics.find((topic: { label: string }) => /formulaire/i.test(topic.label));
    expect(form, JSON.stringify(body.topics.map((t: { label: string; count: number }) => [t.label, t.count]))).toBeDefined();
    expect(form.count).toBeGreaterThanOrEqual(8);
    // Everyday remarks that the other service's remarks say as often are no topic.
    for (const topic of body.topics) expect(topic.key).not.toMatch(/^(vlot|duidelijk|bedankt|goed|prima|merci)/);
  });

  it('says why each example belongs: the words as written that gave its terms', async () => {
    const body = await topics('?year=2026');
    const itsme = body.topics.find((topic: { key: string }) => topic.key === 'itsme');
    for (const example of itsme.examples) {
      const matched = example.matched.map((m: { form: string }) => m.form);
      expect(matched).toContain('itsme');
      for (const m of example.matched) expect(example.remark.toLowerCase()).toContain(m.form.split(' ')[0]);
    }
  });

  it('gives each topic its count, share, trend and up to 3 example remarks that contain it', async () => {
    const body = await topics('?year=2026');
    for (const topic of body.topics) {
      expect(topic.share).toBe(Math.round((1000 * topic.count) / body.remarks) / 10);
      expect(topic.examples.length).toBeGreaterThan(0);
      expect(topic.examples.length).toBeLessThanOrEqual(3);
      expect(new Set(topic.examples.map((e: { remark: string }) => e.remark)).size).toBe(topic.examples.length);
    }
    const calendar = body.topics.find((topic: { terms: string[] }) => topic.terms.includes('calendar'));
    expect(calendar.meanScore).toBeLessThan(2.5);
    const itsme = body.topics.find((topic: { key: string }) => topic.key === 'itsme');
    expect(itsme.previous.count).toBe(3);
    expect(itsme.trend).toBe('up');
  });

  it('leaves stop words out: no topic is a bare function word', async () => {
    const body = await topics('?year=2026&limit=30&minCount=2');
    for (const topic of body.topics) {
      expect(topic.terms.filter((term: string) => term !== '¬').length).toBeGreaterThan(0);
      for (const term of topic.terms)
        expect(['de', 'het', 'een', 'en', 'in', 'van', 'met', 'la', 'est', 'et', 'pas', 'niet', 'geen']).not.toContain(term);
    }
  });

  it('never changes with another organisation’s remarks, however many say the same', async () => {
    const before = await topics('?year=2026');
    const elsewhere = (await findService(t.database.db, FIXTURE_SERVICES.groeipakket.id))!;
    for (const remark of [...PLANTED.calendar, ...PLANTED.itsmeNl, ...PLANTED.itsmeNl]) {
      await record(
        t.database.db,
        elsewhere,
        { serviceId: elsewhere.id, submissionId: randomUUID(), score: 1, remark, lang: 'nl' },
        new Date(Date.UTC(2026, 5, 3, 9)),
      );
    }
    expect(await topics('?year=2026')).toEqual(before);
  });

  it('filters by score and answers 404 for another organisation’s service', async () => {
    const body = await topics('?year=2026&score=4,5');
    expect(body.topics.some((topic: { terms: string[] }) => topic.terms.includes('calendar'))).toBe(false);
    const res = await t.app.inject({
      url: `/v1/services/${gent.id}/topics?year=2026`,
      headers: { authorization: `Bearer ${t.tokens.opgroeien}` },
    });
    expect(res.statusCode).toBe(404);
  });
});
