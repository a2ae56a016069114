import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, ALLOWED_ORIGIN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../../testing/test-app.js';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(() => t.close());

  it('JSON answers allow nothing to run or frame them, and send no referrer', async () => {
    const res = await t.app.inject('/healthz');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });

  it('the collection API still answers an allowed e-loket cross-origin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      headers: { origin: ALLOWED_ORIGIN, 'content-type': 'application/json' },
      payload: { serviceId: FIXTURE_SERVICES.gent.id, submissionId: randomUUID(), score: 5 },
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
  });

  it('the no-JavaScript pages allow exactly their own style block', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: `serviceId=${FIXTURE_SERVICES.gent.id}&score=4`,
    });
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('script-src');
  });

  it('analyst answers are never stored by a shared cache', async () => {
    const res = await t.app.inject({ url: '/v1/services', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.headers['cache-control']).toBe('private, no-store');
  });
});
