import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SERVICES } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { useFeedbackApp } from '../testing/feedback-test-kit.js';
import { PLACEHOLDERS } from './privacy/scrub-remark.js';

const GENT = FIXTURE_SERVICES.gent.id;
const GROEIPAKKET = FIXTURE_SERVICES.groeipakket.id;

// POST /v1/feedback through the real app: what it stores, retries and follow-ups, conflicts.
// Refused requests: feedback-refusals.test.ts; the no-JavaScript form: feedback-form.test.ts.

describe.each(BACKENDS)('POST /v1/feedback on %s', (kind) => {
  const t = useFeedbackApp(kind);
  const { post, rowsOf } = t;

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
        'remark_analyser_version',
        'remark_analysis',
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
});
