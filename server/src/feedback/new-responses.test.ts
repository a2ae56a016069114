import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedbackSubmission } from '@feedbackinstrument/shared';
import { ApiError } from '../http/api-error.js';
import { ALLOWED_ORIGIN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { ANALYSER_VERSION, analysisTerms } from '../topics/analyse-remark.js';
import { analysisDecoder } from '../topics/decoded-analyses.js';
import { NewResponseWriter, type NewResponse } from './new-responses.js';
import { collectFeedback } from './record-feedback.js';

const TZ = 'Europe/Brussels';
const GENT = FIXTURE_SERVICES.gent.id;
const GROEIPAKKET = FIXTURE_SERVICES.groeipakket.id;

describe.each(BACKENDS)('new responses written together, on %s', (kind) => {
  let t: TestApp;
  afterEach(() => t?.close());

  const counts = async () => {
    const db = t.database.db;
    const responses = await db
      .selectFrom('responses')
      .select((s) => s.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const sum = (table: 'response_rollups_daily' | 'response_rollups_monthly') =>
      db
        .selectFrom(table)
        .select((s) => [s.fn.sum<number>('responses').as('responses'), s.fn.sum<number>('remarks').as('remarks')])
        .executeTakeFirstOrThrow();
    return { responses: responses.n, daily: await sum('response_rollups_daily'), monthly: await sum('response_rollups_monthly') };
  };

  it('concurrent requests, racing copies among them, each get their own answer; each response counted once', async () => {
    t = await startTestApp(kind);
    const submissions: FeedbackSubmission[] = Array.from({ length: 20 }, (_, i) => ({
      serviceId: i % 2 === 0 ? GENT : GROEIPAKKET,
      submissionId: randomUUID(),
      score: 1 + (i % 5),
      ...(i % 4 === 0 && { remark: 'De kalender toont geen vrije dagen.' }),
      ...(i % 2 === 0 && { ease: 2 }),
    }));
    const attempt = (submission: FeedbackSubmission, origin: string | null) =>
      collectFeedback(t.database.db, submission, TZ, origin).then(
        ({ outcome }) => outcome.status,
        (error: unknown) => (error instanceof ApiError ? error.statusCode : Promise.reject(error)),
      );
    const outcomes = await Promise.all([
      // Every submission three times at once (a widget retrying while the first is on its way).
      ...submissions.flatMap((s) => [attempt(s, null), attempt(s, null), attempt(s, null)]),
      ...Array.from({ length: 5 }, () => attempt({ serviceId: 'bestaat-niet', submissionId: randomUUID(), score: 3 }, null)),
      ...Array.from({ length: 5 }, () => attempt({ serviceId: GROEIPAKKET, submissionId: randomUUID(), score: 3 }, ALLOWED_ORIGIN)),
    ]);
    const perSubmission = submissions.map((_, i) => outcomes.slice(i * 3, i * 3 + 3).sort());
    for (const seen of perSubmission) expect(seen).toEqual(['created', 'retry', 'retry']);
    expect(outcomes.slice(60, 65)).toEqual([404, 404, 404, 404, 404]);
    expect(outcomes.slice(65)).toEqual([403, 403, 403, 403, 403]);
    expect(await counts()).toEqual({ responses: 20, daily: { responses: 20, remarks: 5 }, monthly: { responses: 20, remarks: 5 } });
    // Follow-ups are kept only where the service has them on (Gent: ease; Groeipakket: none).
    const eased = await t.database.db.selectFrom('responses').select(['service_id', 'ease']).where('ease', 'is not', null).execute();
    expect(eased.every((r) => r.service_id === GENT)).toBe(true);
    expect(eased).toHaveLength(10);
  });

  it('one statement creates, retries, attaches follow-ups and refuses contradictions, each as decided alone', async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    const base = (i: number): FeedbackSubmission => ({ serviceId: GENT, submissionId: randomUUID(), score: 1 + (i % 5) });
    const stored = Array.from({ length: 6 }, (_, i) => base(i));
    stored[5]!.serviceId = GROEIPAKKET;
    for (const s of stored) expect((await collectFeedback(db, s, TZ, null)).outcome.status).toBe('created');
    const before = await counts();

    const attempt = (submission: FeedbackSubmission) =>
      collectFeedback(db, submission, TZ, null).then(
        ({ outcome }) => outcome.status,
        (error: unknown) => (error instanceof ApiError ? error.statusCode : Promise.reject(error)),
      );
    // All at once, so they share statements: the writer batches what arrives together.
    const outcomes = await Promise.all([
      attempt(base(7)), // new
      attempt(stored[0]!), // a plain retry
      attempt({ ...stored[1]!, remark: 'Mail me op jan@example.be, de upload faalde.', ease: 4 }), // follow-up
      attempt({ ...stored[2]!, ease: 2 }), // a follow-up answer alone
      attempt({ ...stored[3]!, score: 1 + ((stored[3]!.score + 1) % 5) }), // another score: 409
      attempt({ ...stored[4]!, completed: 'yes', remark: 'Duidelijk.' }), // remark and answer
      attempt({ ...stored[5]!, ease: 3 }), // a follow-up Groeipakket does not ask: nothing to attach
    ]);
    expect(outcomes).toEqual(['created', 'retry', 'attached', 'attached', 409, 'attached', 'retry']);

    const row = (s: FeedbackSubmission) =>
      db.selectFrom('responses').selectAll().where('submission_id', '=', s.submissionId).executeTakeFirstOrThrow();
    expect(await row(stored[1]!)).toMatchObject({ remark: 'Mail me op [e-mailadres], de upload faalde.', has_remark: true, ease: 4 });
    expect((await row(stored[1]!)).followed_up_at).not.toBeNull();
    expect(await row(stored[2]!)).toMatchObject({ remark: null, has_remark: false, ease: 2 });
    expect(await row(stored[4]!)).toMatchObject({ completed: 'yes', remark: 'Duidelijk.' });
    expect(await row(stored[5]!)).toMatchObject({ ease: null });
    // The two remarks attached have their analysis in their row, written in the same statement.
    const terms = (
      await db
        .selectFrom('responses')
        .select(['id', 'remark_analyser_version', 'remark_analysis'])
        .where('remark_analysis', 'is not', null)
        .execute()
    ).map((r) => ({ ...r, terms: analysisTerms(analysisDecoder()(r.remark_analysis!).analysis) }));
    const [upload, clear] = [(await row(stored[1]!)).id, (await row(stored[4]!)).id];
    expect(terms.map((r) => r.id).sort()).toEqual([upload, clear].sort());
    expect(terms.find((r) => r.id === upload)!.terms).toEqual(expect.arrayContaining(['upload']));
    expect(terms.every((r) => r.remark_analyser_version === ANALYSER_VERSION)).toBe(true);
    // A response without a remark has neither an analysis nor a version.
    expect(
      await db.selectFrom('responses').select('id').where('remark', 'is', null).where('remark_analyser_version', 'is not', null).execute(),
    ).toEqual([]);
    const after = await counts();
    expect(after).toEqual({
      responses: before.responses + 1,
      daily: { responses: before.daily.responses + 1, remarks: before.daily.remarks + 2 },
      monthly: { responses: before.monthly.responses + 1, remarks: before.monthly.remarks + 2 },
    });
    const eased = await db
      .selectFrom('response_rollups_daily')
      .select((s) => [s.fn.sum<number>('ease_4').as('ease_4'), s.fn.sum<number>('ease_2').as('ease_2')])
      .where('service_id', '=', GENT)
      .executeTakeFirstOrThrow();
    expect(eased).toEqual({ ease_4: 1, ease_2: 1 });
    // The same follow-up again is a retry; a different remark now is a conflict.
    expect(await attempt({ ...stored[1]!, remark: 'Mail me op jan@example.be, de upload faalde.', ease: 4 })).toBe('retry');
    expect(await attempt({ ...stored[1]!, remark: 'Iets anders.' })).toBe(409);
    expect(await counts()).toEqual(after);
  });

  it('one bad item of a batch fails alone; the others are stored and counted', async () => {
    t = await startTestApp(kind);
    const writer = new NewResponseWriter(t.database.db, TZ);
    const item = (lang: string): NewResponse => ({
      submission: { serviceId: GENT, submissionId: randomUUID(), score: 4, lang: lang as 'nl' },
      incoming: { remark: null, ease: null, completed: null },
      checkActive: true,
      origin: null,
      at: null,
    });
    // Enough at once that they share statements; 'xx' breaks the table's language check.
    const results = await Promise.allSettled([...Array.from({ length: 9 }, () => writer.insert(item('nl'))), writer.insert(item('xx'))]);
    expect(results.slice(0, 9).every((r) => r.status === 'fulfilled' && r.value.id !== null)).toBe(true);
    expect(results[9]!.status).toBe('rejected');
    expect(await counts()).toEqual({ responses: 9, daily: { responses: 9, remarks: 0 }, monthly: { responses: 9, remarks: 0 } });
  });

  it('starts the next statement before answering the last one (a database server), or in the next turn of the event loop', async () => {
    t = await startTestApp(kind);
    const item = (): NewResponse => ({
      submission: { serviceId: GENT, submissionId: randomUUID(), score: 4 },
      incoming: { remark: null, ease: null, completed: null },
      checkActive: true,
      origin: null,
      at: null,
    });
    for (const startNextAtOnce of [true, false]) {
      const events: string[] = [];
      const answered: Promise<unknown>[] = [];
      // The real database, with each statement sent noted; the second submission arrives
      // while the first statement is on its way, so it goes in the next one.
      const db = new Proxy(t.database.db, {
        get(target, property) {
          if (property !== 'executeQuery') return Reflect.get(target, property);
          return (query: Parameters<typeof target.executeQuery>[0]) => {
            events.push('statement');
            if (answered.length === 1) answered.push(writer.insert(item()).then(() => events.push('second answered')));
            return target.executeQuery(query);
          };
        },
      });
      const writer = new NewResponseWriter(db, TZ, { startNextAtOnce });
      answered.push(writer.insert(item()).then(() => events.push('first answered')));
      await answered[0];
      await answered[1];
      expect(events).toEqual(
        startNextAtOnce
          ? ['statement', 'statement', 'first answered', 'second answered']
          : ['statement', 'first answered', 'statement', 'second answered'],
      );
    }
    expect((await counts()).responses).toBe(4);
  });
});
