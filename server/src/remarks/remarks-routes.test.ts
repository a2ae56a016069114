import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@feedbackinstrument/shared';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import { purgeExpiredRemarks } from './remarks.js';
import { findService } from '../services/services.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { record } from '../demo/workload.js';
import { analysisDecoder, keptAnalyses } from '../topics/decoded-analyses.js';

const GENT = FIXTURE_SERVICES.gent.id;

describe.each(BACKENDS)('remarks on %s', (kind) => {
  let t: TestApp;
  let gent: Service;
  const ids = new Map<string, string>();

  const add = async (remark: string, score: number, at: string, lang: 'nl' | 'fr' | 'en' | 'de' = 'nl', service = gent) => {
    const outcome = await record(
      t.database.db,
      service,
      { serviceId: service.id, submissionId: randomUUID(), score, remark, lang },
      new Date(at),
    );
    if (!('id' in outcome)) throw new Error('not recorded');
    ids.set(remark, outcome.id);
    return outcome.id;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    gent = (await findService(t.database.db, GENT))!;
    await add('De kalenders tonen geen vrije dagen', 2, '2026-03-01T10:00:00Z', 'nl');
    await add('Les formulaires sont beaucoup trop longs', 1, '2026-03-02T10:00:00Z', 'fr');
    await add('The payment failed twice', 2, '2026-03-03T10:00:00Z', 'en');
    await add('Die Anmeldung funktioniert nicht', 1, '2026-03-04T10:00:00Z', 'de');
    await add('<b>Vet</b> & "citaat"', 5, '2026-03-05T10:00:00Z', 'nl');
    // Twelve remarks in the very same microsecond: the id breaks the tie.
    for (let i = 0; i < 12; i += 1) await add(`Zelfde moment ${i}`, 3 + (i % 3), '2026-04-01T08:00:00.123456Z');
    await add('Vorig jaar al traag', 2, '2025-12-31T22:30:00Z'); // 31 December 2025 in Brussels
    await add('Nieuwjaar in Brussel', 4, '2025-12-31T23:30:00Z'); // already 2026 in Brussels
  });
  afterAll(() => t.close());

  const list = (query: string, token = ADMIN_TOKEN, serviceId = GENT) =>
    t.app.inject({ url: `/v1/services/${serviceId}/remarks${query}`, headers: { authorization: `Bearer ${token}` } });
  const texts = async (query: string) => {
    const res = await list(query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().remarks.map((r: { remark: string }) => r.remark) as string[];
  };

  it('pages newest first with an opaque cursor, without gaps or doubles, also within one microsecond', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await list(`?year=2026&limit=4${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      const body = res.json();
      seen.push(...body.remarks.map((r: { id: string }) => r.id));
      const times = body.remarks.map((r: { receivedAt: string }) => r.receivedAt);
      expect([...times].sort().reverse()).toEqual(times);
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(18);
    expect(seen).toEqual(await (async () => (await list('?year=2026&limit=200')).json().remarks.map((r: { id: string }) => r.id))());
  });

  it('filters by period in Brussels days, and by one or several scores', async () => {
    expect(await texts('?year=2025')).toEqual(['Vorig jaar al traag']);
    expect(await texts('?from=2026-01-01&to=2026-01-01')).toEqual(['Nieuwjaar in Brussel']);
    expect(await texts('?year=2026&score=1')).toEqual(['Die Anmeldung funktioniert nicht', 'Les formulaires sont beaucoup trop longs']);
    const several = await texts('?year=2026&score=1&score=2');
    expect(several).toHaveLength(4);
    expect(await texts('?year=2026&score=1,2')).toEqual(several);
  });

  it.each([
    ['kalender', 'De kalenders tonen geen vrije dagen'], // Dutch stemming: kalenders ~ kalender
    ['formulaire', 'Les formulaires sont beaucoup trop longs'], // French
    ['payments', 'The payment failed twice'], // English
    ['Anmeldungen', 'Die Anmeldung funktioniert nicht'], // German
    ['"vrije dagen"', 'De kalenders tonen geen vrije dagen'], // a phrase
  ])('finds %j with full-text search in the remark’s language', async (q, expected) => {
    expect(await texts(`?year=2026&q=${encodeURIComponent(q)}`)).toEqual([expected]);
  });

  it('returns remarks as plain strings, exactly as stored', async () => {
    expect(await texts('?year=2026&q=vet')).toEqual(['<b>Vet</b> & "citaat"']);
  });

  it('400 for a cursor it did not give out; 404 for another organisation’s service', async () => {
    const bad = await list('?cursor=bm9wZQ');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ path: 'cursor', message: expect.any(String) }]);
    expect((await list('?year=2026', t.tokens.opgroeien)).statusCode).toBe(404);
    expect((await list('?year=2026', t.tokens.gent)).statusCode).toBe(200);
  });

  it('erases one remark on request: the text goes, the response and every count stay', async () => {
    const id = ids.get('The payment failed twice')!;
    // Its analysis is in its row; a row of the previous release's remark_terms (a rolling upgrade) too.
    await t.database.db
      .insertInto('remark_terms')
      .values({ service_id: GENT, response_id: id, analyser_version: 3, analysis: 'en|payment' })
      .execute();
    const termsOf = async (responseId: string) => [
      ...(await t.database.db.selectFrom('remark_terms').select('analysis').where('response_id', '=', responseId).execute()),
      ...(await t.database.db
        .selectFrom('responses')
        .select('remark_analysis as analysis')
        .where('id', '=', responseId)
        .where('remark_analysis', 'is not', null)
        .execute()),
    ];
    expect(await termsOf(id)).toHaveLength(2);
    const figures = async () =>
      (await t.app.inject({ url: `/v1/services/${GENT}/figures?year=2026`, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json();
    const before = await figures();
    const erase = (token: string, responseId = id) =>
      t.app.inject({ method: 'DELETE', url: `/v1/services/${GENT}/remarks/${responseId}`, headers: { authorization: `Bearer ${token}` } });
    expect((await erase(t.tokens.opgroeien)).statusCode).toBe(404);
    // Analyses the finder decoded are kept between calls (topics/decoded-analyses.ts): an erasure empties them.
    analysisDecoder()('en|the|payment=payment|failed=fail|twice=twic');
    expect(keptAnalyses()).toBeGreaterThan(0);
    expect((await erase(t.tokens.gent)).statusCode).toBe(204);
    expect(keptAnalyses()).toBe(0);
    expect((await erase(t.tokens.gent)).statusCode).toBe(204);
    expect((await erase(t.tokens.gent, randomUUID())).statusCode).toBe(404);
    expect(await texts('?year=2026&q=payment')).toEqual([]);
    const row = await t.database.db.selectFrom('responses').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ remark: null, has_remark: true, score: 2 });
    expect(row.remark_erased_at).not.toBeNull();
    // Its terms went with the text.
    expect(await termsOf(id)).toEqual([]);
    expect(await figures()).toEqual(before);
  });
});

describe.each(BACKENDS)('remark retention on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const monthsAgo = (months: number) => {
    const d = new Date();
    d.setUTCMonth(d.getUTCMonth() - months);
    return d;
  };

  it('erases texts older than the retention period and keeps the counts, by command and by the timer', async () => {
    const db = t.database.db;
    const gent = (await findService(db, GENT))!;
    const old = await record(db, gent, { serviceId: GENT, submissionId: randomUUID(), score: 2, remark: 'Heel oud' }, monthsAgo(30));
    const recent = await record(db, gent, { serviceId: GENT, submissionId: randomUUID(), score: 4, remark: 'Recent' }, monthsAgo(3));
    const older = await record(db, gent, { serviceId: GENT, submissionId: randomUUID(), score: 1, remark: 'Nog ouder' }, monthsAgo(40));
    const rollups = () => db.selectFrom('response_rollups_daily').selectAll().orderBy('day').execute();
    const countsBefore = await rollups();

    // A row of the previous release's remark_terms (a rolling upgrade) for one of the old remarks.
    await db
      .insertInto('remark_terms')
      .values({ service_id: GENT, response_id: (old as { id: string }).id, analyser_version: 3, analysis: 'nl|oud' })
      .execute();
    // Three instances erasing at once: each row is erased once, none is missed.
    const erased = await Promise.all([purgeExpiredRemarks(db, 24, 1), purgeExpiredRemarks(db, 24, 1), purgeExpiredRemarks(db, 24, 1)]);
    expect(erased.reduce((a, b) => a + b, 0)).toBe(2);
    const remarkOf = async (outcome: { id?: string }) =>
      await db.selectFrom('responses').select(['remark', 'has_remark']).where('id', '=', outcome.id!).executeTakeFirstOrThrow();
    expect(await remarkOf(old as { id: string })).toEqual({ remark: null, has_remark: true });
    expect(await remarkOf(older as { id: string })).toEqual({ remark: null, has_remark: true });
    expect(await remarkOf(recent as { id: string })).toEqual({ remark: 'Recent', has_remark: true });
    expect(await rollups()).toEqual(countsBefore);
    // The erased remarks' terms went with their texts; the recent one's stay.
    const withTerms = (await db.selectFrom('responses').select('id').where('remark_analysis', 'is not', null).execute()).map((r) => r.id);
    expect(withTerms).toEqual([(recent as { id: string }).id]);
    expect(await db.selectFrom('remark_terms').select('response_id').execute()).toEqual([]);
    expect(
      await db.selectFrom('responses').select('remark_analyser_version').where('remark_analyser_version', 'is not', null).execute(),
    ).toHaveLength(1);

    // The server's own timer does the same, with a shorter retention, and empties the
    // analyses the finder decoded and keeps between calls (topics/decoded-analyses.ts).
    analysisDecoder()('nl|recent=4');
    expect(keptAnalyses()).toBeGreaterThan(0);
    const app = await buildApp(testConfig({ remarkPurgeIntervalMs: 25, remarkRetentionMonths: 1 }), {
      database: t.database,
      migrate: false,
    });
    await app.ready();
    try {
      await expect.poll(async () => (await remarkOf(recent as { id: string })).remark, { timeout: 10_000, interval: 50 }).toBeNull();
      await expect.poll(keptAnalyses, { timeout: 10_000, interval: 50 }).toBe(0);
    } finally {
      await app.close();
    }
    expect(await rollups()).toEqual(countsBefore);
  });
});
