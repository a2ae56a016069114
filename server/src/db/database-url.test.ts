import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, parseDatabaseUrl } from './database-url.js';

describe("DATABASE_URL in libpq's multi-host form", () => {
  it('keeps the hosts in order, each as its own connection string with the credentials, database and parameters', () => {
    const target = parseDatabaseUrl(
      'postgres://app:s%40cret@db1.example:5433,db2.example,[::1]:6000/feedback?target_session_attrs=read-write&sslmode=require&connect_timeout=3',
    );
    expect(target.sessionAttrs).toBe('read-write');
    expect(target.described).toBe('db1.example:5433, db2.example:5432, ::1:6000');
    expect(target.hosts.map((h) => h.url)).toEqual([
      'postgres://app:s%40cret@db1.example:5433/feedback?sslmode=require&connect_timeout=3',
      'postgres://app:s%40cret@db2.example:5432/feedback?sslmode=require&connect_timeout=3',
      'postgres://app:s%40cret@[::1]:6000/feedback?sslmode=require&connect_timeout=3',
    ]);
  });

  it('a single host without target_session_attrs is any server, as libpq has it', () => {
    const target = parseDatabaseUrl('postgresql://postgres@127.0.0.1:5432/postgres');
    expect(target).toMatchObject({ sessionAttrs: 'any', described: '127.0.0.1:5432' });
    expect(target.hosts).toHaveLength(1);
  });

  it('a socket folder given as host= is passed on whole', () => {
    const target = parseDatabaseUrl('postgres:///feedback?host=/run/postgresql');
    expect(target.hosts).toEqual([{ host: '/run/postgresql', port: 5432, url: 'postgres:///feedback?host=/run/postgresql' }]);
  });

  it.each([
    ['postgres://u@h1:5432,H1:5432/db', 'host H1:5432 is listed twice'],
    ['postgres://u@h1:54x2,h2/db', 'port "54x2" of host h1 is not a number from 1 to 65535'],
    ['postgres://u@h1:70000/db', 'port "70000" of host h1 is not a number from 1 to 65535'],
    ['postgres://u@h1,,h2/db', '"" has no host name'],
    [
      'postgres://u@h1/db?target_session_attrs=writable',
      'target_session_attrs "writable" is not one of any, read-write, read-only, primary, standby, prefer-standby',
    ],
    ['postgres://u@h1/db?load_balance_hosts=random', 'unknown parameter "load_balance_hosts"'],
    ['mysql://u@h1/db', 'must be postgres://'],
  ])('%s is refused: %s', (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl(url)).toThrow(message);
  });
});
