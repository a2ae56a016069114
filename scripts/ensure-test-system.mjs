#!/usr/bin/env node
// Before `pnpm test`: the system programs the tests need that npm cannot install — a
// PostgreSQL server (unless DATABASE_URL names one), Debian's Chromium and the FreeDict
// dictionaries between Dutch and French, English and German that the topic finder reads
// (server/src/topics/translations.ts; the quality tests count on them). With --failover
// (`pnpm test:failover`): pg_auto_failover (pg_autoctl and its PostgreSQL extension) instead. Installs them
// with apt-get when it can (root on Debian/Ubuntu), else stops with what to do. The tests
// never skip for want of them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const DICTIONARIES = ['fra-nld', 'nld-fra', 'eng-nld', 'nld-eng', 'deu-nld', 'nld-deu'].map((pair) => `dict-freedict-${pair}`);
const DICTIONARY_DIR = process.env.TOPICS_DICTIONARY_DIR ?? '/usr/share/dictd';
const hasDictionaries = () => DICTIONARIES.every((name) => existsSync(`${DICTIONARY_DIR}/${name.replace('dict-', '')}.dict.dz`));

function hasPostgresServer() {
  const root = '/usr/lib/postgresql';
  if (existsSync(root) && readdirSync(root).some((v) => existsSync(`${root}/${v}/bin/initdb`))) return true;
  return spawnSync('sh', ['-c', 'command -v initdb'], { stdio: 'ignore' }).status === 0;
}

// pg_auto_failover's extension for the newest PostgreSQL that has one, else for Debian's default.
function hasAutoFailover() {
  const root = '/usr/share/postgresql';
  const extension = existsSync(root) && readdirSync(root).some((v) => existsSync(`${root}/${v}/extension/pgautofailover.control`));
  return extension && spawnSync('sh', ['-c', 'command -v pg_autoctl'], { stdio: 'ignore' }).status === 0;
}

function autoFailoverPackages() {
  const found = spawnSync('apt-cache', ['search', '--names-only', '^postgresql-[0-9]+-auto-failover$'], { encoding: 'utf8' });
  const versions = (found.stdout ?? '')
    .split('\n')
    .map((line) => /^postgresql-(\d+)-auto-failover/.exec(line)?.[1])
    .filter(Boolean)
    .map(Number);
  const version = versions.length ? Math.max(...versions) : 15;
  return ['pg-auto-failover-cli', `postgresql-${version}-auto-failover`];
}

const failover = process.argv.includes('--failover');
const missing = [];
if (failover) {
  if (!hasAutoFailover()) missing.push('auto-failover');
} else {
  if (!process.env.DATABASE_URL && !hasPostgresServer()) missing.push('postgresql');
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!hasDictionaries()) missing.push('freedict');
}
if (missing.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!canApt) {
  console.error(
    `The tests need ${missing.join(' and ')}, which are not installed.\n` +
      `Install them (Debian/Ubuntu: sudo apt-get install -y ${missing.map((m) => (m === 'auto-failover' ? 'pg-auto-failover-cli postgresql-15-auto-failover' : m === 'freedict' ? DICTIONARIES.join(' ') : m)).join(' ')})` +
      (failover ? '.' : ', or set DATABASE_URL to a PostgreSQL server you own.'),
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(' and ')} for the tests (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
const packages = missing.flatMap((name) =>
  name === 'auto-failover' ? autoFailoverPackages() : name === 'freedict' ? DICTIONARIES : [name],
);
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
