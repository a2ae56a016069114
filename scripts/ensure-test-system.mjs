#!/usr/bin/env node
// Before `pnpm test`: the system programs the tests need that npm cannot install — a
// PostgreSQL server (unless DATABASE_URL names one) and Debian's Chromium. Installs them
// with apt-get when it can (root on Debian/Ubuntu), else stops with what to do. The tests
// never skip for want of them.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function hasPostgresServer() {
  const root = '/usr/lib/postgresql';
  if (existsSync(root) && readdirSync(root).some((v) => existsSync(`${root}/${v}/bin/initdb`))) return true;
  return spawnSync('sh', ['-c', 'command -v initdb'], { stdio: 'ignore' }).status === 0;
}

const missing = [];
if (!process.env.DATABASE_URL && !hasPostgresServer()) missing.push('postgresql');
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (missing.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!canApt) {
  console.error(
    `The tests need ${missing.join(' and ')}, which are not installed.\n` +
      `Install them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}), or set DATABASE_URL to a PostgreSQL server you own.`,
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(' and ')} for the tests (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
