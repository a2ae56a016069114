import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@feedbackinstrument/shared';
import { insertAnnotation } from '../annotations/annotations.js';
import { findService, insertService } from '../services/services.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { record } from '../demo/workload.js';

const EVIL = 'gent-evil-name';
const EVIL_NAME = '=HYPERLINK("https://evil.example","klik") <script>alert(1)</script>';

describe.each(BACKENDS)('GET /v1/reports/:year on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    await insertService(db, { id: EVIL, organisationId: 'stad-gent', name: { nl: EVIL_NAME }, audience: 'burgers', channel: '@kanaal' });
    const services = (await Promise.all(
      [FIXTURE_SERVICES.gent.id, EVIL, FIXTURE_SERVICES.groeipakket.id].map((id) => findService(db, id)),
    )) as Service[];
    const scores = [5, 4, 4, 3, 1, 5, 2, 4];
    for (const [i, score] of scores.entries()) {
      for (const service of services) {
        const at = new Date(Date.UTC(2026, i, 10, 12));
        await record(
          db,
          service,
          { serviceId: service.id, submissionId: randomUUID(), score, remark: i % 2 ? 'Goed' : undefined, ease: 4, completed: 'yes' },
          at,
        );
      }
    }
    await record(db, services[0]!, { serviceId: services[0]!.id, submissionId: randomUUID(), score: 2 }, new Date('2025-06-01T10:00:00Z'));
  });
  afterAll(() => t.close());

  const report = (query: string, token = ADMIN_TOKEN) =>
    t.app.inject({ url: `/v1/reports/2026${query}`, headers: { authorization: `Bearer ${token}` } });

  it('JSON: every service of the organisation and the totals', async () => {
    const res = await report('?organisation=stad-gent');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.services.map((s: { service: { id: string } }) => s.service.id)).toEqual([FIXTURE_SERVICES.gent.id, EVIL]);
    expect(body.totals).toMatchObject({
      services: 2,
      responses: 16,
      remarks: 8,
      distribution: { '1': 2, '2': 2, '3': 2, '4': 6, '5': 4 },
      mean: 3.5,
      satisfied: 62.5,
    });
    expect(body.totals.previousYear).toMatchObject({ responses: 1, mean: 2 });
    expect(body.totals.byMonth).toHaveLength(12);
    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-12-31', timezone: 'Europe/Brussels' });
  });

  it('a policy domain bundles its organisations', async () => {
    const body = (await report('?policyDomain=Welzijn')).json();
    expect(body.organisations.map((o: { id: string }) => o.id)).toEqual(['opgroeien']);
    expect(body.services.map((s: { service: { id: string } }) => s.service.id)).toEqual([FIXTURE_SERVICES.groeipakket.id]);
    expect(body.scope).toEqual({ organisation: null, policyDomain: 'Welzijn' });
  });

  it('an organisation token reports on its own organisation only; anything else is 404', async () => {
    expect((await report('?organisation=stad-gent', t.tokens.gent)).statusCode).toBe(200);
    expect((await report('?organisation=opgroeien', t.tokens.gent)).statusCode).toBe(404);
    expect((await report('?organisation=bestaat-niet', t.tokens.gent)).statusCode).toBe(404);
    expect((await report('?policyDomain=Welzijn', t.tokens.gent)).statusCode).toBe(404);
    expect((await report('?policyDomain=Welzijn', t.tokens.opgroeien)).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/v1/reports/2026?organisation=stad-gent' })).statusCode).toBe(401);
  });

  it.each([
    ['no scope', ''],
    ['both scopes', '?organisation=stad-gent&policyDomain=Welzijn'],
    ['an unknown format', '?organisation=stad-gent&format=xlsx'],
  ])('400 for %s', async (_name, query) => {
    const res = await report(query);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('CSV: parses back, one row per service and a total, formula cells defused', async () => {
    const res = await report('?organisation=stad-gent&format=csv');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="feedback-2026-stad-gent.csv"');
    expect(res.body.charCodeAt(0)).not.toBe(0xfeff);
    const rows: Record<string, string>[] = parse(res.body, { columns: true });
    expect(rows.map((r) => r.serviceId)).toEqual([FIXTURE_SERVICES.gent.id, EVIL, '']);
    const evil = rows[1]!;
    expect(evil.serviceName).toBe(`'${EVIL_NAME}`);
    expect(rows[2]).toMatchObject({
      serviceName: 'Total',
      responses: '16',
      mean: '3.5',
      satisfied: '62.5',
      score4: '6',
      previousResponses: '1',
    });
    expect(Number(rows[0]!.satisfiedLow)).toBeLessThan(Number(rows[0]!.satisfied));
    expect(evil.channel).toBeUndefined();
  });

  it('CSV for Excel (Belgian settings): BOM, semicolons, decimal commas, Dutch headers', async () => {
    const res = await report('?organisation=stad-gent&format=csv-excel');
    expect(res.headers['content-disposition']).toContain('-excel.csv');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows: Record<string, string>[] = parse(res.body, { columns: true, delimiter: ';', bom: true });
    expect(Object.keys(rows[0]!)).toContain('Gemiddelde score');
    const total = rows.at(-1)!;
    expect(total).toMatchObject({ Dienst: 'Totaal', Antwoorden: '16', 'Gemiddelde score': '3,5', 'Tevreden (%)': '62,5' });
    expect(rows[1]!.Dienst!.startsWith("'=")).toBe(true);
  });

  it('HTML: a printable A4 report with charts, every text escaped', async () => {
    const res = await report('?organisation=stad-gent&format=html');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    const html = res.body;
    expect(html).toContain('size: A4');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<section class="service"/g)).toHaveLength(2);
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(5);
    expect(html).toContain('Wat betekenen de cijfers?');
    expect(html).toContain('1 januari 2026 tot en met 31 december 2026');
    expect(html).toContain('62,5 %');
  });

  it('names per service its recurring problems and its notes with their before/after, in JSON, HTML and both CSVs', async () => {
    // A recurring problem of gent in March and a note of its fix on 1 April.
    const db = t.database.db;
    const gentService = (await findService(db, FIXTURE_SERVICES.gent.id))!;
    for (let i = 0; i < 8; i += 1) {
      await record(
        db,
        gentService,
        { serviceId: gentService.id, submissionId: randomUUID(), score: 1, remark: 'De kalender toont geen vrije dagen.' },
        new Date(Date.UTC(2026, 2, 10 + i, 12)),
      );
    }
    await insertAnnotation(db, gentService.id, '2026-04-01', 'Kalender hersteld');
    const json = (await report('?organisation=stad-gent')).json();
    const gent = json.problems.find((p: { serviceId: string }) => p.serviceId === FIXTURE_SERVICES.gent.id);
    expect(gent.topics[0]).toMatchObject({ count: 8, previousCount: 0, trend: 'new' });
    expect(gent.topics[0].label).toMatch(/kalender|vrije dagen/);
    expect(gent.notes).toHaveLength(1);
    expect(gent.notes[0]).toMatchObject({ annotation: { day: '2026-04-01', text: 'Kalender hersteld' } });
    expect(gent.notes[0].before.responses).toBeGreaterThanOrEqual(8);
    const pctNl = (v: number | null) => (v === null ? '–' : `${v.toFixed(1).replace('.', ',')} %`);
    expect(gent.notes[0].topics[0]).toMatchObject({ before: 8, after: 0 });
    // The printable report's text (what a PDF of it shows).
    const html = (await report('?organisation=stad-gent&format=html')).body;
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Wat gebruikers bleven melden, en wat eraan gedaan werd');
    expect(text).toContain(`${gent.topics[0].label} 8`);
    expect(text).toContain(
      `2026-04-01: Kalender hersteld ${pctNl(gent.notes[0].before.satisfied)} ${pctNl(gent.notes[0].after.satisfied)}`,
    );
    expect(text).toContain(`${gent.notes[0].topics[0].label} 8 → 0`);
    const csv: Record<string, string>[] = parse((await report('?organisation=stad-gent&format=csv')).body, { columns: true });
    expect(csv[0]!.recurringProblems).toContain(`${gent.topics[0].label} (8, new)`);
    expect(csv[0]!.notes).toContain(
      `2026-04-01 Kalender hersteld: ${gent.notes[0].before.satisfied ?? '–'} → ${gent.notes[0].after.satisfied ?? '–'} % satisfied`,
    );
    const excel: Record<string, string>[] = parse((await report('?organisation=stad-gent&format=csv-excel')).body, {
      columns: true,
      delimiter: ';',
      bom: true,
    });
    expect(excel[0]!['Terugkerende problemen']).toContain(`${gent.topics[0].label} (8, new)`);
    expect(excel[0]!['Notities: tevreden voor → na']).toContain('Kalender hersteld');
  });

  it('is in the OpenAPI document with each format', async () => {
    const doc = (await t.app.inject({ url: '/openapi.json' })).json();
    const op = doc.paths['/v1/reports/{year}'].get;
    expect(Object.keys(op.responses['200'].content)).toEqual(['application/json', 'text/csv', 'text/html']);
  });
});
