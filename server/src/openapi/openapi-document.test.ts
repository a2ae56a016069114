import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';

// The published document as generated clients and linters see it. Routes added later are
// checked here too: the list comes from the app, not from this file.

const REDOCLY = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const HERE = fileURLToPath(new URL('.', import.meta.url));
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, Operation>>; tags: { name: string }[] };
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, path, method, op })),
    );

  beforeAll(async () => {
    t = await startTestApp('pglite');
    doc = (await t.app.inject('/openapi.json')).json();
  });
  afterAll(() => t.close());

  it('has every documented route, each with an operationId (unique, camelCase), a declared tag and a summary', () => {
    const documented = t.app.routeCatalogue.filter((r) => !r.hidden && r.method !== 'HEAD');
    expect(operations().length).toBe(documented.length);
    const missing = documented.filter((r) => !r.operationId).map((r) => `${r.method} ${r.url}`);
    expect(missing, 'routes without schema.operationId').toEqual([]);
    const ids = operations().map((o) => o.op.operationId!);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'operationIds used twice',
    ).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][A-Za-z0-9]*$/.test(id))).toEqual([]);
    const tags = new Set(doc.tags.map((tag) => tag.name));
    expect(
      operations()
        .filter(({ op }) => !op.summary || !op.tags?.length || !op.tags.every((tag) => tags.has(tag)))
        .map((o) => o.name),
    ).toEqual([]);
  });

  it('asks for a token or session exactly on the routes that check one, and documents 401 there', () => {
    const wrong: string[] = [];
    for (const route of t.app.routeCatalogue.filter((r) => !r.hidden && r.method !== 'HEAD')) {
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      const op = doc.paths[path]?.[route.method.toLowerCase()];
      if (!op) {
        wrong.push(`${route.method} ${route.url}: not in the document`);
        continue;
      }
      const asks = (op.security ?? []).length > 0;
      if (asks !== (route.access !== null)) wrong.push(`${route.method} ${route.url}: security ${JSON.stringify(op.security)}`);
      if (route.access !== null && !('401' in op.responses)) wrong.push(`${route.method} ${route.url}: no 401`);
    }
    expect(wrong).toEqual([]);
  });

  it("passes Redocly's recommended rules with 0 errors and 0 warnings", () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-lint-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc, null, 2));
      copyFileSync(join(HERE, 'redocly.yaml'), join(dir, 'redocly.yaml'));
      copyFileSync(join(HERE, '.redocly.lint-ignore.yaml'), join(dir, '.redocly.lint-ignore.yaml'));
      const run = spawnSync(process.execPath, [REDOCLY, 'lint', 'openapi.json', '--format=json'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      });
      const report = JSON.parse(run.stdout) as {
        totals: { errors: number; warnings: number };
        problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
      };
      const problems = report.problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
      expect(problems).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
