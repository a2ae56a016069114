import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_ORIGIN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { PLACEHOLDERS } from './privacy/scrub-remark.js';

const GENT = FIXTURE_SERVICES.gent.id;
const GROEIPAKKET = FIXTURE_SERVICES.groeipakket.id;

describe.each(BACKENDS)('POST /v1/feedback on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const rowsOf = (submissionId: string) =>
    t.database.db.selectFrom('responses').selectAll().where('submission_id', '=', submissionId).execute();
  const countAll = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('responses')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('201: stores a new response once, with the contract defaults', async () => {
    const submissionId = randomUUID();
    const res = await post({ serviceId: GENT, submissionId, score: 4, context: 'transaction', lang: 'fr', step: 'bevestiging' });
    expect(res.statusCode).toBe(201);
    const rows = await rowsOf(submissionId);
    expect(rows).toHaveLength(1);
    expect(res.json()).toEqual({ id: rows[0]!.id });
    expect(rows[0]).toMatchObject({
      service_id: GENT,
      score: 4,
      lang: 'fr',
      context: 'transaction',
      channel: 'stad.gent',
      step: 'bevestiging',
      remark: null,
      has_remark: false,
    });
  });

  it('stores no column that could identify the person', async () => {
    const submissionId = randomUUID();
    await post({ serviceId: GENT, submissionId, score: 3 }, { 'user-agent': 'Mozilla/5.0 Test', 'x-forwarded-for': '203.0.113.9' });
    const [row] = await rowsOf(submissionId);
    expect(Object.keys(row!).sort()).toEqual(
      [
        'channel',
        'completed',
        'context',
        'ease',
        'followed_up_at',
        'has_remark',
        'id',
        'lang',
        'local_day',
        'page',
        'received_at',
        'remark',
        'remark_erased_at',
        'score',
        'service_id',
        'step',
        'submission_id',
      ].sort(),
    );
    expect(JSON.stringify(row)).not.toContain('203.0.113.9');
    expect(JSON.stringify(row)).not.toContain('Mozilla');
  });

  it('200: the same submission again is a retry and counts once', async () => {
    const submissionId = randomUUID();
    const first = await post({ serviceId: GENT, submissionId, score: 5 });
    const again = await post({ serviceId: GENT, submissionId, score: 5 });
    const third = await post({ serviceId: GENT, submissionId, score: 5 });
    expect([first.statusCode, again.statusCode, third.statusCode]).toEqual([201, 200, 200]);
    expect(again.json()).toEqual(first.json());
    expect(await rowsOf(submissionId)).toHaveLength(1);
  });

  it('200: a follow-up attaches the remark and follow-ups to the same response, scrubbed', async () => {
    const submissionId = randomUUID();
    const first = await post({ serviceId: GENT, submissionId, score: 2 });
    const followUp = await post({
      serviceId: GENT,
      submissionId,
      score: 2,
      remark: '  De kalender toonde geen vrije dagen. Mail mij op an.peeters@telenet.be  ',
      ease: 2,
      completed: 'partly',
    });
    expect(followUp.statusCode).toBe(200);
    expect(followUp.json()).toEqual(first.json());
    const rows = await rowsOf(submissionId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      score: 2,
      remark: `De kalender toonde geen vrije dagen. Mail mij op ${PLACEHOLDERS.email}`,
      has_remark: true,
      ease: 2,
      completed: 'partly',
    });
    expect(rows[0]!.followed_up_at).not.toBeNull();
    // The follow-up sent again (a retry of it) changes nothing.
    const retry = await post({
      serviceId: GENT,
      submissionId,
      score: 2,
      remark: 'De kalender toonde geen vrije dagen. Mail mij op an.peeters@telenet.be',
      ease: 2,
      completed: 'partly',
    });
    expect(retry.statusCode).toBe(200);
  });

  it('a score sent with its remark at once, then the score alone again, stays one response', async () => {
    const submissionId = randomUUID();
    expect((await post({ serviceId: GENT, submissionId, score: 4, remark: 'Vlot gegaan.' })).statusCode).toBe(201);
    expect((await post({ serviceId: GENT, submissionId, score: 4 })).statusCode).toBe(200);
    const rows = await rowsOf(submissionId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.remark).toBe('Vlot gegaan.');
  });

  it('409: the same submissionId with another score or another remark', async () => {
    const submissionId = randomUUID();
    await post({ serviceId: GENT, submissionId, score: 3, remark: 'Eerste opmerking' });
    const otherScore = await post({ serviceId: GENT, submissionId, score: 1 });
    expect(otherScore.statusCode).toBe(409);
    expect(otherScore.json().error).toMatchObject({ code: 'conflict', details: [{ path: 'score' }] });
    const otherRemark = await post({ serviceId: GENT, submissionId, score: 3, remark: 'Iets anders' });
    expect(otherRemark.statusCode).toBe(409);
    expect(otherRemark.json().error.details).toEqual([{ path: 'remark', message: expect.any(String) }]);
    const [row] = await rowsOf(submissionId);
    expect(row).toMatchObject({ score: 3, remark: 'Eerste opmerking' });
  });

  it('409: a remark more than an hour after the score', async () => {
    const submissionId = randomUUID();
    await post({ serviceId: GENT, submissionId, score: 4 });
    await t.database.db
      .updateTable('responses')
      .set({ received_at: sql`now() - interval '61 minutes'` as never })
      .where('submission_id', '=', submissionId)
      .execute();
    const late = await post({ serviceId: GENT, submissionId, score: 4, remark: 'Nog iets' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.details[0].path).toBe('submissionId');
    expect((await rowsOf(submissionId))[0]!.remark).toBeNull();
  });

  it('ignores follow-ups that the service has not switched on', async () => {
    const submissionId = randomUUID();
    expect((await post({ serviceId: GROEIPAKKET, submissionId, score: 4, ease: 5, completed: 'yes' })).statusCode).toBe(201);
    expect((await rowsOf(submissionId))[0]).toMatchObject({ ease: null, completed: null });
  });

  it('keeps only the path of the page', async () => {
    const submissionId = randomUUID();
    await post({
      serviceId: GENT,
      submissionId,
      score: 4,
      page: 'https://stad.gent/nl/afspraak/bevestiging?rrn=85073003328&mail=a@b.be#stap-3',
    });
    expect((await rowsOf(submissionId))[0]!.page).toBe('/nl/afspraak/bevestiging');
  });

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

  it('404: an unknown service, and an inactive one', async () => {
    const unknown = await post({ serviceId: 'bestaat-niet', submissionId: randomUUID(), score: 4 });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    await t.database.db.updateTable('services').set({ active: false }).where('id', '=', GROEIPAKKET).execute();
    try {
      const inactive = await post({ serviceId: GROEIPAKKET, submissionId: randomUUID(), score: 4 });
      expect(inactive.statusCode).toBe(404);
    } finally {
      await t.database.db.updateTable('services').set({ active: true }).where('id', '=', GROEIPAKKET).execute();
    }
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
