import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('configuration from the environment', () => {
  it('names every wrong variable and what is wrong, one line each, without echoing secrets', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'abc', FEEDBACK_ADMIN_TOKEN: 'too-short', FEEDBACK_TIMEZONE: 'Mars/Base' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).problems).toEqual([
      expect.stringMatching(/^Configuration error: PORT is "abc": .*number/),
      'Configuration error: FEEDBACK_ADMIN_TOKEN is set: must be at least 16 characters.',
      'Configuration error: FEEDBACK_TIMEZONE is "Mars/Base": must be an IANA time zone such as Europe/Brussels.',
    ]);
  });

  it('the server started with a wrong variable prints one clear line and exits 1, no stack trace', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN], {
      env: { PATH: process.env.PATH, RATE_LIMIT_PER_MINUTE: 'lots' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Configuration error: RATE_LIMIT_PER_MINUTE is "lots": /)]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it.each([
    ['postgres://u@h1:5432,h1:5432/db', 'host h1:5432 is listed twice'],
    ['postgres://u@h1:port/db', 'port "port" of host h1 is not a number'],
    ['postgres://u@h1/db?sslmod=require', 'unknown parameter "sslmod"'],
  ])('a DATABASE_URL %s: one line naming the problem, exit 1, nothing of the URL echoed', (url, problem) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN], {
      env: { PATH: process.env.PATH, DATABASE_URL: url },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: DATABASE_URL is set: /);
    expect(lines[0]).toContain(problem);
    expect(lines[0]).not.toContain('u@h1');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("reads the topic finder's dictionaries from Debian's folder unless TOPICS_DICTIONARY_DIR names another", () => {
    expect(loadConfig({}).topicsDictionaryDir).toBe('/usr/share/dictd');
    expect(loadConfig({ TOPICS_DICTIONARY_DIR: '/opt/dictd' }).topicsDictionaryDir).toBe('/opt/dictd');
    expect(() => loadConfig({ TOPICS_DICTIONARY_DIR: '' })).toThrow(/TOPICS_DICTIONARY_DIR/);
  });

  it('DATABASE_READ_URL without DATABASE_URL is refused', () => {
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://u@h2/db' })).toThrow(
      'Configuration error: DATABASE_READ_URL is set: needs DATABASE_URL (the primary for writes).',
    );
  });

  it('a DATABASE_URL whose hosts do not answer: a line while it waits, then one line saying so, exit 1, no stack', async () => {
    const { createServer } = await import('node:net');
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const run = spawnSync(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: `postgres://u@127.0.0.1:${port},127.0.0.1:${port + 1}/db?target_session_attrs=read-write`,
        DATABASE_START_WAIT_SECONDS: '1',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(
      lines.some((line) =>
        /^Waiting for the database \(up to 1 s\): no read-write server among 127\.0\.0\.1:\d+, 127\.0\.0\.1:\d+ \(127\.0\.0\.1:\d+: connect ECONNREFUSED/.test(
          line,
        ),
      ),
    ).toBe(true);
    // The pool's own lines say which hosts it tried.
    expect(lines.every((line) => /^(Waiting for the database|database: |Database error: )/.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(
      /^Database error: DATABASE_URL did not answer within 1 s \(DATABASE_START_WAIT_SECONDS\): no read-write server among/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toContain('u@127');
  });
});
