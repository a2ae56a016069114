import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALLOWED_ORIGIN, FIXTURE_SERVICES } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { useFeedbackApp } from '../testing/feedback-test-kit.js';

const GENT = FIXTURE_SERVICES.gent.id;
const GROEIPAKKET = FIXTURE_SERVICES.groeipakket.id;

// POST /v1/feedback through the real app: invalid bodies, origins and CORS, sizes and content types.

describe.each(BACKENDS)('POST /v1/feedback on %s', (kind) => {
  const t = useFeedbackApp(kind);
  const { post, rowsOf, countAll } = t;

  describe('400: invalid bodies, answered field by field', () => {
    const cases: [string, unknown, { path: string }[]][] = [
      ['no score', { serviceId: GENT, submissionId: randomUUID() }, [{ path: 'score' }]],
      ['score 6', { serviceId: GENT, submissionId: randomUUID(), score: 6 }, [{ path: 'score' }]],
      ['score 4.5', { serviceId: GENT, submissionId: randomUUID(), score: 4.5 }, [{ path: 'score' }]],
      ['score as text', { serviceId: GENT, submissionId: randomUUID(), score: 'vier' }, [{ path: 'score' }]],
      ['submissionId not a UUID', { serviceId: GENT, submissionId: '42', score: 4 }, [{ path: 'submissionId' }]],
      [
        'remark over 2000 characters',
        { serviceId: GENT, submissionId: randomUUID(), score: 4, remark: 'a'.repeat(2001) },
        [{ path: 'remark' }],
      ],
      ['unknown language', { serviceId: GENT, submissionId: randomUUID(), score: 4, lang: 'es' }, [{ path: 'lang' }]],
      ['unknown field', { serviceId: GENT, submissionId: randomUUID(), score: 4, email: 'x@y.be' }, [{ path: 'email' }]],
      [
        'completed out of its values',
        { serviceId: GENT, submissionId: randomUUID(), score: 4, completed: 'maybe' },
        [{ path: 'completed' }],
      ],
    ];
    it.each(cases)('%s', async (_name, body, details) => {
      const before = await countAll();
      const res = await post(body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({
        error: {
          code: 'validation_failed',
          message: expect.stringMatching(/not valid/),
          details: expect.arrayContaining(details.map((d) => expect.objectContaining(d))),
        },
      });
      expect(await countAll()).toBe(before);
    });

    it.each([
      ['broken JSON', '{"serviceId": '],
      ['an array', '[1,2,3]'],
      ['a string', '"score"'],
      ['null', 'null'],
      ['empty', ''],
    ])('%s', async (_name, raw) => {
      const res = await post(raw);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.message).toEqual(expect.any(String));
    });

    it('names a missing field "required"', async () => {
      const res = await post({ serviceId: GENT, score: 4 });
      expect(res.json().error.details).toContainEqual({ path: 'submissionId', message: 'required' });
    });
  });

  describe('origins', () => {
    it('accepts an allowed origin and tells the browser it may read the answer', async () => {
      const res = await post({ serviceId: GENT, submissionId: randomUUID(), score: 5 }, { origin: ALLOWED_ORIGIN });
      expect(res.statusCode).toBe(201);
      expect(res.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it('403: a browser origin the service does not allow, even when another service allows it', async () => {
      const submissionId = randomUUID();
      const res = await post({ serviceId: GROEIPAKKET, submissionId, score: 5 }, { origin: ALLOWED_ORIGIN });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('origin_not_allowed');
      expect(await rowsOf(submissionId)).toHaveLength(0);
      const evil = await post({ serviceId: GENT, submissionId, score: 5 }, { origin: 'https://gent.be.evil.example' });
      expect(evil.statusCode).toBe(403);
      expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('an origin that differs only in scheme or port is another origin', async () => {
      for (const origin of ['http://www.gent.be', 'https://www.gent.be:8443', 'https://www.gent.be/']) {
        const res = await post({ serviceId: GENT, submissionId: randomUUID(), score: 5 }, { origin });
        expect(res.statusCode, origin).toBe(403);
      }
    });

    it('answers the preflight of an allowed origin, and not of others', async () => {
      const preflight = (origin: string) =>
        t.app.inject({
          method: 'OPTIONS',
          url: '/v1/feedback',
          headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
      const ok = await preflight(ALLOWED_ORIGIN);
      expect(ok.statusCode).toBe(204);
      expect(ok.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(String(ok.headers['access-control-allow-headers']).toLowerCase()).toContain('content-type');
      const no = await preflight('https://evil.example');
      expect(no.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('accepts server-to-server clients that send no Origin', async () => {
      expect((await post({ serviceId: GROEIPAKKET, submissionId: randomUUID(), score: 1 })).statusCode).toBe(201);
    });
  });

  it('413: a body over the limit, and nothing stored', async () => {
    const before = await countAll();
    const res = await post({ serviceId: GENT, submissionId: randomUUID(), score: 4, remark: 'x'.repeat(40_000) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
    expect(await countAll()).toBe(before);
  });

  it('415: other content types, or none', async () => {
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
      const res = await post({ serviceId: GENT, submissionId: randomUUID(), score: 4 }, { 'content-type': type });
      expect(res.statusCode, type).toBe(415);
      expect(res.json().error.code).toBe('unsupported_media_type');
    }
    const none = await t.app.inject({ method: 'POST', url: '/v1/feedback', payload: Buffer.from('score=4') });
    expect(none.statusCode).toBe(415);
  });

  it('accepts JSON with a charset parameter', async () => {
    const res = await post(
      { serviceId: GENT, submissionId: randomUUID(), score: 4 },
      { 'content-type': 'application/json; charset=utf-8' },
    );
    expect(res.statusCode).toBe(201);
  });
});
