import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findService } from '../services/services.js';
import { FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { ANALYSER_VERSION, loadAnalyser } from '../topics/analyse-remark.js';
import { encodeAnalysis } from '../topics/analysis-codec.js';
import { attachToExisting } from './attach.js';
import { collectFeedback } from './record-feedback.js';

const GENT = FIXTURE_SERVICES.gent.id;

// attach.ts is the write path's fallback (a stored response the statement could not see, or
// one another request changed first): what it attaches must be stored as the statement stores it.
describe.each(BACKENDS)('attaching to a stored response on its own (attach.ts) on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('stores an attached remark with its analysis and the analyser version; a follow-up alone leaves both empty', async () => {
    const db = t.database.db;
    const service = (await findService(db, GENT))!;
    const stored = async (score: number) => {
      const submission = { serviceId: GENT, submissionId: randomUUID(), score, lang: 'nl' as const };
      const { outcome } = await collectFeedback(db, submission, 'Europe/Brussels', null);
      expect(outcome.status).toBe('created');
      return submission;
    };
    const row = (id: string) =>
      db
        .selectFrom('responses')
        .select(['remark', 'remark_analysis', 'remark_analyser_version', 'ease'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();

    const withRemark = await stored(2);
    const remark = 'De knop om te bevestigen doet niets.';
    const attached = await attachToExisting(db, service, withRemark, { remark, ease: null, completed: null }, undefined);
    expect(attached.status).toBe('attached');
    const analyse = await loadAnalyser();
    expect(await row(attached.id)).toEqual({
      remark,
      remark_analysis: encodeAnalysis(analyse(remark, 'nl')),
      remark_analyser_version: ANALYSER_VERSION,
      ease: null,
    });

    const easeOnly = await stored(4);
    const eased = await attachToExisting(db, service, easeOnly, { remark: null, ease: 5, completed: null }, undefined);
    expect(eased.status).toBe('attached');
    expect(await row(eased.id)).toEqual({ remark: null, remark_analysis: null, remark_analyser_version: null, ease: 5 });
  });
});
