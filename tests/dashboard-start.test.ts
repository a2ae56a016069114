import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSystemProcess } from './support/server-process.js';

// `pnpm start` on a fresh data folder serves the dashboard, and its first-start admin
// token signs in to it. The server runs with the most talkative logging (trace), and
// its whole output is searched afterwards: the session id never appears, and the token
// only where it is meant to, once, in the start message.

const start = (dataDir: string) => startSystemProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'trace' });

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('the dashboard on pnpm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'feedback-dashboard-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is served, takes the first-start admin token, and no log line holds the token or the session id', async () => {
    const system = await start(dataDir);
    let sessionId = '';
    let token = '';
    try {
      expect(system.output()).toContain(`Dashboard:      ${system.api}/dashboard/`);
      token = /Admin token \(shown once[^)]*\): (\S+)/.exec(system.output())![1]!;
      const page = await fetch(`${system.api}/dashboard/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<fi-dashboard>');

      const signIn = await fetch(`${system.api}/dashboard/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: system.api },
        body: JSON.stringify({ token }),
      });
      expect(signIn.status).toBe(200);
      expect(await signIn.json()).toMatchObject({ signedIn: true, admin: true });
      sessionId = /fi-session=([^;]+)/.exec(signIn.headers.get('set-cookie') ?? '')![1]!;
      const cookie = `fi-session=${sessionId}`;

      const services = await fetch(`${system.api}/v1/services`, { headers: { cookie } });
      expect(services.status).toBe(200);
      expect((await services.json()).services.length).toBeGreaterThan(0);
      const signOut = await fetch(`${system.api}/dashboard/auth/sign-out`, { method: 'POST', headers: { cookie, origin: system.api } });
      expect(signOut.status).toBe(204);
      expect((await fetch(`${system.api}/v1/services`, { headers: { cookie } })).status).toBe(401);
    } finally {
      await system.kill('SIGTERM');
    }
    const output = system.output();
    // Trace logging was really on: the requests above were logged.
    expect(output).toContain('/dashboard/auth/token');
    expect(occurrences(output, sessionId)).toBe(0);
    expect(occurrences(output, token)).toBe(1);
  });
});
