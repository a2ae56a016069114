import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../kernel/calendar.js';
import { findService } from '../services/services.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { expectDescribedWithErrors, operationsOf } from '../testing/openapi-operations.js';
import { record } from '../demo/workload.js';

const GENT = FIXTURE_SERVICES.gent.id;
const TZ = 'Europe/Brussels';

describe.each(BACKENDS)('annotations on %s', (kind) => {
  let t: TestApp;
  let analyst: string;
  // A fix released 30 days ago: before it, the calendar problem and low scores; after it, mostly fine.
  const fixDay = addDays(localDay(new Date(), TZ), -30);
  beforeAll(async () => {
    t = await startTestApp(kind);
    analyst = (await call('POST', '/v1/tokens', ADMIN_TOKEN, { name: 'gent analist', organisationId: 'stad-gent', role: 'analyst' })).json()
      .token;
    const service = (await findService(t.database.db, GENT))!;
    const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:30:00+01:00`);
    for (let d = 1; d <= 20; d += 1) {
      const day = addDays(fixDay, -d);
      await record(
        t.database.db,
        service,
        {
          serviceId: GENT,
          submissionId: randomUUID(),
          score: 2,
          lang: 'nl',
          ...(d <= 10 && { remark: 'De kalender toont geen vrije dagen.' }),
        },
        at(day, 9),
        TZ,
      );
      await record(t.database.db, service, { serviceId: GENT, submissionId: randomUUID(), score: 4, lang: 'nl' }, at(day, 10), TZ);
    }
    for (let d = 0; d < 20; d += 1) {
      const day = addDays(fixDay, d);
      await record(
        t.database.db,
        service,
        {
          serviceId: GENT,
          submissionId: randomUUID(),
          score: d === 0 ? 2 : 5,
          lang: 'nl',
          ...(d === 0 && { remark: 'De kalender toont geen vrije dagen.' }),
        },
        at(day, 9),
        TZ,
      );
    }
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string | null, body?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body !== undefined && { payload: body as object }),
    });
  const base = `/v1/services/${GENT}/annotations`;

  it('a manager annotates a day; an analyst reads it but adds none; bad input is 400 with the field named', async () => {
    expect((await call('POST', base, null, { day: 'x' })).statusCode).toBe(401);
    expect((await call('POST', base, analyst, { day: fixDay, text: 'versie 3.2' })).statusCode).toBe(403);
    for (const [body, path] of [
      [{ day: '2026-02-30', text: 'x' }, 'day'],
      [{ day: fixDay, text: '' }, 'text'],
      [{ day: fixDay, text: 'x'.repeat(201) }, 'text'],
      [{ day: fixDay }, 'text'],
    ] as const) {
      const res = await call('POST', base, t.tokens.gent, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    // Another organisation's service is unknown.
    expect((await call('POST', base, t.tokens.opgroeien, { day: fixDay, text: 'x' })).statusCode).toBe(404);

    const res = await call('POST', base, t.tokens.gent, { day: fixDay, text: 'versie 3.2: kalender hersteld' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ serviceId: GENT, day: fixDay, text: 'versie 3.2: kalender hersteld' });
    const listed = await call('GET', base, analyst);
    expect(listed.json().annotations.map((a: { id: string }) => a.id)).toEqual([res.json().id]);
    expect((await call('GET', `${base}?from=${addDays(fixDay, 1)}`, analyst)).json().annotations).toEqual([]);
    expect((await call('GET', base, t.tokens.opgroeien)).statusCode).toBe(404);
    expect((await call('GET', '/v1/audit', t.tokens.gent)).json().entries[0]).toMatchObject({
      action: 'annotation.create',
      after: { day: fixDay, text: 'versie 3.2: kalender hersteld' },
    });
  });

  it('shows whether the fix worked: the satisfied share and the top topics 28 days before and after', async () => {
    const [annotation] = (await call('GET', base, analyst)).json().annotations;
    const res = await call('GET', `${base}/${annotation.id}/effect`, analyst);
    expect(res.statusCode, res.body).toBe(200);
    const effect = res.json();
    expect(effect.before).toEqual({ from: addDays(fixDay, -28), to: addDays(fixDay, -1), responses: 40, satisfied: 50, remarks: 10 });
    expect(effect.after).toEqual({ from: fixDay, to: addDays(fixDay, 27), responses: 20, satisfied: 95, remarks: 1 });
    // The label is the finder's (words as users wrote them); the counts are what this test is about.
    expect(effect.topics[0]).toEqual({ label: expect.stringContaining('kalender toont geen'), before: 10, after: 1 });
  });

  it('appears on the monthly chart and in the month table of the printable report', async () => {
    const res = await call('GET', `/v1/reports/${fixDay.slice(0, 4)}?organisation=stad-gent&format=html`, analyst);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    const day = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
      new Date(`${fixDay}T00:00:00Z`),
    );
    expect(html).toContain(`<ol class="annotations"><li>${day}: versie 3.2: kalender hersteld</li></ol>`);
    expect(html).toContain(`<g class="annotation"><title>1. ${day}: versie 3.2: kalender hersteld</title>`);
    expect(html).toMatch(/<th scope="col">Notities<\/th>/);
    expect(html).toContain(`Notities: 1. ${day}: versie 3.2: kalender hersteld</desc>`);
  });

  it('deletes an annotation (a manager of its organisation only)', async () => {
    const made = (await call('POST', base, t.tokens.gent, { day: fixDay, text: 'tijdelijk' })).json();
    expect((await call('DELETE', `${base}/${made.id}`, analyst)).statusCode).toBe(403);
    expect((await call('DELETE', `${base}/${made.id}`, t.tokens.opgroeien)).statusCode).toBe(404);
    expect((await call('DELETE', `${base}/${made.id}`, t.tokens.gent)).statusCode).toBe(204);
    expect((await call('DELETE', `${base}/${made.id}`, t.tokens.gent)).statusCode).toBe(404);
    expect((await call('GET', `${base}/${made.id}/effect`, t.tokens.gent)).statusCode).toBe(404);
  });

  it('the OpenAPI document describes every annotation route, with its errors', async () => {
    const operations = await operationsOf(t.app, '/annotations');
    expect(operations.length).toBe(4);
    expectDescribedWithErrors(operations);
  });
});
