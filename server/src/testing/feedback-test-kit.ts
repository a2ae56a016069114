import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from '../db/connect.js';
import { startTestApp, type TestApp } from './test-app.js';

// What the POST /v1/feedback test files share: one app per file, posting a body as JSON,
// and reading what the database kept.

/** The app of this test file (its parts read once it has started), and posting to it. */
export interface FeedbackApp extends Readonly<Pick<TestApp, 'app' | 'database'>> {
  /** POSTs a body (an object as JSON, a string as it is) to /v1/feedback. */
  post(body: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** The stored rows of one submission. */
  rowsOf(submissionId: string): ReturnType<typeof selectRows>;
  /** How many responses are stored in all. */
  countAll(): Promise<number>;
}

const selectRows = (t: TestApp, submissionId: string) =>
  t.database.db.selectFrom('responses').selectAll().where('submission_id', '=', submissionId).execute();

/** For a describe block: starts the app before its tests and closes it after them. */
export function useFeedbackApp(kind: DatabaseKind): FeedbackApp {
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
  const countAll = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('responses')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    get app() {
      return t.app;
    },
    get database() {
      return t.database;
    },
    post,
    rowsOf: (submissionId) => selectRows(t, submissionId),
    countAll,
  };
}
