import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_ORIGIN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

describe.each(BACKENDS)('POST /v1/displays on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/displays',
      headers: { 'content-type': 'application/json', ...headers },
      payload: JSON.stringify(body),
    });

  it('204: counts each showing on the local day, and nothing else', async () => {
    for (let i = 0; i < 3; i++)
      expect((await post({ serviceId: FIXTURE_SERVICES.gent.id }, { origin: ALLOWED_ORIGIN })).statusCode).toBe(204);
    const rows = await t.database.db.selectFrom('display_counts').selectAll().where('service_id', '=', FIXTURE_SERVICES.gent.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.count).toBe(3);
    expect(rows[0]!.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(rows[0]!).sort()).toEqual(['count', 'day', 'service_id']);
  });

  it('answers bad input like the feedback endpoint does', async () => {
    expect((await post({ serviceId: 'bestaat-niet' })).statusCode).toBe(404);
    expect((await post({ serviceId: FIXTURE_SERVICES.groeipakket.id }, { origin: ALLOWED_ORIGIN })).statusCode).toBe(403);
    expect((await post({})).statusCode).toBe(400);
    expect((await post({ serviceId: FIXTURE_SERVICES.gent.id, extra: 1 })).statusCode).toBe(400);
    const text = await t.app.inject({ method: 'POST', url: '/v1/displays', headers: { 'content-type': 'text/plain' }, payload: 'x' });
    expect(text.statusCode).toBe(415);
  });
});
