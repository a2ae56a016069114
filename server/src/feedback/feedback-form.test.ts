import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALLOWED_ORIGIN, FIXTURE_SERVICES } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { useFeedbackApp } from '../testing/feedback-test-kit.js';

const GENT = FIXTURE_SERVICES.gent.id;

// POST /v1/feedback from the no-JavaScript HTML form, through the real app: pages, redirects,
// and the honeypot and timing checks that drop bots silently.

describe.each(BACKENDS)('POST /v1/feedback on %s', (kind) => {
  const t = useFeedbackApp(kind);
  const { post, countAll } = t;

  describe('the no-JavaScript HTML form', () => {
    const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/v1/feedback',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html,application/xhtml+xml', ...headers },
        payload: new URLSearchParams(fields).toString(),
      });

    it('stores the response and answers a thank-you page in the form language', async () => {
      const before = await countAll();
      const res = await form({ serviceId: GENT, score: '5', remark: 'Heel duidelijk', lang: 'de', website: '' });
      expect(res.statusCode).toBe(201);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('<html lang="de">');
      expect(res.body).toContain('Vielen Dank');
      expect(await countAll()).toBe(before + 1);
    });

    it('sends the user back to an allowed page, with the query kept and a thank-you anchor', async () => {
      const res = await form({ serviceId: GENT, score: '4', returnTo: `${ALLOWED_ORIGIN}/afspraak/bevestigd?x=1` });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe(`${ALLOWED_ORIGIN}/afspraak/bevestigd?x=1#feedback-bedankt`);
    });

    it('never redirects to an origin the service does not allow', async () => {
      const res = await form({ serviceId: GENT, score: '4', returnTo: 'https://evil.example/phish' });
      expect(res.statusCode).toBe(201);
      expect(res.headers.location).toBeUndefined();
      expect(res.body).not.toContain('evil.example');
    });

    it('answers an invalid form with an error page, not JSON', async () => {
      const res = await form({ serviceId: GENT, score: '9', lang: 'fr' });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('<html lang="fr">');
      expect(res.body).toContain('Choisissez une note');
    });

    it('drops a filled honeypot silently: a normal answer, nothing stored', async () => {
      const before = await countAll();
      const res = await form({ serviceId: GENT, score: '5', website: 'http://spam.example' });
      expect(res.statusCode).toBe(201);
      expect(res.body).toContain('Bedankt');
      expect(await countAll()).toBe(before);
    });

    it('drops a form sent back faster than a person can fill it, and counts a normal one', async () => {
      const { makeFormToken } = await import('./form-token.js');
      const secret = await t.app.formSecret();
      const before = await countAll();
      const fast = await form({ serviceId: GENT, score: '5', formToken: makeFormToken(secret, Date.now() - 500) });
      expect(fast.statusCode).toBe(201);
      expect(await countAll()).toBe(before);
      const forged = await form({ serviceId: GENT, score: '5', formToken: `${Date.now() - 60_000}.forged` });
      expect(forged.statusCode).toBe(201);
      expect(await countAll()).toBe(before);
      const human = await form({ serviceId: GENT, score: '5', formToken: makeFormToken(secret, Date.now() - 20_000) });
      expect(human.statusCode).toBe(201);
      expect(await countAll()).toBe(before + 1);
    });

    it('a JSON client that sends a filled honeypot is dropped too; one that sends none is counted', async () => {
      const before = await countAll();
      expect((await post({ serviceId: GENT, submissionId: randomUUID(), score: 4, website: 'x' })).statusCode).toBe(201);
      expect(await countAll()).toBe(before);
      expect((await post({ serviceId: GENT, submissionId: randomUUID(), score: 4 })).statusCode).toBe(201);
      expect(await countAll()).toBe(before + 1);
    });
  });
});
