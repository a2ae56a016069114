import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_ORIGIN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { ownOrigin } from './own-origin.js';

// Issue 19, item 11, as the attack: requests with a forged Host header (and, as DNS
// rebinding gives a browser, an Origin to match) try to put their host into the public,
// cached DCAT links, into the no-JavaScript form's redirect, and to pass as this server's
// own pages. Absolute URLs come from PUBLIC_URL only; without it, from the loopback address.

const GENT = FIXTURE_SERVICES.gent.id;
const EVIL = 'evil.example';

const form = (t: TestApp, fields: Record<string, string>, headers: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/feedback',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', ...headers },
    payload: new URLSearchParams(fields).toString(),
  });

describe('absolute URLs without PUBLIC_URL', () => {
  let t: TestApp;
  let listening: string;
  beforeAll(async () => {
    t = await startTestApp('pglite');
    listening = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('is the loopback address the server listens on, whatever the Host', async () => {
    expect(ownOrigin(t.app)).toBe(listening);
    const res = await t.app.inject({ url: '/open/dcat.jsonld', headers: { host: EVIL } });
    const text = res.body;
    expect(res.statusCode).toBe(200);
    expect(text).not.toContain(EVIL);
    expect(JSON.parse(text)['dcat:dataset']['dcat:landingPage']['@id']).toBe(`${listening}/open`);
    // The cache then serves the same links to everybody.
    const again = await t.app.inject({ url: '/open/dcat.jsonld', headers: { host: 'localhost' } });
    expect(again.body).toBe(text);
  });

  it('never sends the form back to the forged host', async () => {
    const res = await form(t, { serviceId: GENT, score: '4', returnTo: `http://${EVIL}/phish` }, { host: EVIL });
    expect(res.statusCode).toBe(201);
    expect(res.headers.location).toBeUndefined();
    expect(res.body).not.toContain(EVIL);
    // Its own pages and the allowed origins still work.
    const own = await form(t, { serviceId: GENT, score: '4', returnTo: `${listening}/open` }, { host: EVIL });
    expect(own.headers.location).toBe(`${listening}/open#feedback-bedankt`);
    const allowed = await form(t, { serviceId: GENT, score: '4', returnTo: `${ALLOWED_ORIGIN}/klaar` }, { host: EVIL });
    expect(allowed.headers.location).toBe(`${ALLOWED_ORIGIN}/klaar#feedback-bedankt`);
  });

  it('does not take a forged Host with a matching Origin (DNS rebinding) for its own pages', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      headers: { 'content-type': 'application/json', host: EVIL, origin: `http://${EVIL}` },
      payload: { serviceId: GENT, submissionId: randomUUID(), score: 3 },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('origin_not_allowed');
    // A page of this server itself is its own origin.
    const own = await t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      headers: { 'content-type': 'application/json', host: EVIL, origin: listening },
      payload: { serviceId: GENT, submissionId: randomUUID(), score: 3 },
    });
    expect(own.statusCode).toBe(201);
  });
});

describe('absolute URLs with PUBLIC_URL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('pglite', { publicUrl: 'https://feedback.vlaanderen.example/' });
  });
  afterAll(() => t.close());

  it('are PUBLIC_URL, whatever the Host', async () => {
    const res = await t.app.inject({ url: '/open/dcat.jsonld', headers: { host: EVIL } });
    expect(res.body).not.toContain(EVIL);
    expect(res.json()['dcat:dataset']['dcat:landingPage']['@id']).toBe('https://feedback.vlaanderen.example/open');
    const back = await form(t, { serviceId: GENT, score: '4', returnTo: `http://${EVIL}/x` }, { host: EVIL });
    expect(back.headers.location).toBeUndefined();
    const own = await form(t, { serviceId: GENT, score: '4', returnTo: 'https://feedback.vlaanderen.example/open' }, { host: EVIL });
    expect(own.headers.location).toBe('https://feedback.vlaanderen.example/open#feedback-bedankt');
  });
});
