import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_ORIGIN, FIXTURE_SERVICES, startTestApp, type TestApp } from './testing/test-app.js';
import { BACKENDS } from './testing/test-database.js';

describe.each(BACKENDS)('the app on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('is alive and ready', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/readyz')).json()).toEqual({ status: 'ok', database: kind });
  });

  it('publishes an OpenAPI document generated from the validating schemas, and browsable docs', async () => {
    const doc = (await t.app.inject('/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/v1/feedback',
      '/v1/displays',
      '/v1/organisations',
      '/v1/services',
      '/v1/services/{serviceId}',
      '/v1/tokens',
      '/v1/tokens/{tokenId}',
      '/healthz',
      '/readyz',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const bodyRef: string = doc.paths['/v1/feedback'].post.requestBody.content['application/json'].schema.$ref;
    const submission = doc.components.schemas[bodyRef.replace('#/components/schemas/', '')];
    expect(submission.required).toEqual(expect.arrayContaining(['serviceId', 'submissionId', 'score']));
    expect(submission.properties.score).toMatchObject({ minimum: 1, maximum: 5 });
    expect(submission.properties.remark.maxLength).toBe(2000);
    const docs = await t.app.inject('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown route with the error envelope', async () => {
    const res = await t.app.inject('/v1/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: expect.stringContaining('/v1/nothing-here'), details: [] } });
  });
});

describe('rate limits on a listening server', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp('pglite', { rateLimitPerMinute: 3 });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('429 with Retry-After and the envelope past the limit per client, readable cross-origin', async () => {
    const send = () =>
      fetch(`${base}/v1/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ALLOWED_ORIGIN },
        body: JSON.stringify({ serviceId: FIXTURE_SERVICES.gent.id, submissionId: randomUUID(), score: 4 }),
      });
    const statuses: number[] = [];
    let limited: Response | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await send();
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited!.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(limited!.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('retry-after');
    expect(await limited!.json()).toMatchObject({ error: { code: 'rate_limited' } });
    const stored = await t.database.db.selectFrom('responses').select('id').execute();
    expect(stored).toHaveLength(3);
  });

  it('does not limit the analyst and administration API by the public limit', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(200);
    }
  });
});
