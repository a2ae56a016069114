import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';

describe('GET /dashboard/widget-preview', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite');
  });
  afterAll(() => t.close());

  it('shows the widget with the chosen options under a policy that lets nothing be sent', async () => {
    const res = await t.app.inject({
      url: '/dashboard/widget-preview?service=gent-afspraak-burgerzaken&context=support&mode=floating&lang=fr',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(res.body).toContain('<html lang="fr">');
    expect(res.body).toContain(
      '<feedback-instrument service="gent-afspraak-burgerzaken" context="support" mode="floating" lang="fr"></feedback-instrument>',
    );
  });

  it('takes only known options: anything else is a 400 envelope, never markup', async () => {
    for (const query of ['service=%22%3E%3Cscript%3E', 'service=x&mode=popup', 'service=x&lang=es', 'service=x&extra=1', '']) {
      const res = await t.app.inject({ url: `/dashboard/widget-preview?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
  });
});
