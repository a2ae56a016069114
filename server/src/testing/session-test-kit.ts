import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { DatabaseKind } from '../db/connect.js';
import { startTestApp, type TestApp } from './test-app.js';

// What the dashboard-session test files share: one app per file with no sessions left
// between tests, signing in through the real route, and reading the Set-Cookie headers.

export const ORIGIN = 'http://localhost:80'; // app.inject's own Host is localhost:80

export interface SetCookie {
  name: string;
  value: string;
  attributes: Map<string, string | true>;
}

export function setCookies(res: LightMyRequestResponse): SetCookie[] {
  const header = res.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return lines.map((line) => {
    const [pair, ...attrs] = line.split(';').map((part) => part.trim());
    const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
    const attributes = new Map<string, string | true>();
    for (const attr of attrs) {
      const at = attr.indexOf('=');
      attributes.set((at < 0 ? attr : attr.slice(0, at)).toLowerCase(), at < 0 ? true : attr.slice(at + 1));
    }
    return { name, value, attributes };
  });
}

/** The app of this test file (its parts read once it has started), and signing in to it. */
export interface SessionApp extends Readonly<Pick<TestApp, 'app' | 'database' | 'tokens'>> {
  signIn(token: string, origin?: string | null): Promise<LightMyRequestResponse>;
  /** Signs in and returns the session id from the cookie. */
  sessionFor(token: string): Promise<string>;
  withCookie(id: string, extra?: Record<string, string>): Record<string, string>;
}

/** For a describe block: starts the app before its tests and empties the sessions before each. */
export function useSessionApp(kind: DatabaseKind): SessionApp {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    await t.database.db.deleteFrom('dashboard_sessions').execute();
  });

  const signIn = (token: string, origin: string | null = ORIGIN) =>
    t.app.inject({ method: 'POST', url: '/dashboard/auth/token', headers: origin ? { origin } : {}, payload: { token } });

  async function sessionFor(token: string): Promise<string> {
    const res = await signIn(token);
    expect(res.statusCode, res.body).toBe(200);
    const cookie = setCookies(res).find((c) => c.name === 'fi-session');
    expect(cookie).toBeDefined();
    return cookie!.value;
  }

  const withCookie = (id: string, extra: Record<string, string> = {}) => ({ cookie: `fi-session=${id}`, ...extra });

  return {
    get app() {
      return t.app;
    },
    get database() {
      return t.database;
    },
    get tokens() {
      return t.tokens;
    },
    signIn,
    sessionFor,
    withCookie,
  };
}
