import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import { useCliDatabase } from '../testing/cli-database.js';
import { BACKENDS } from '../testing/test-database.js';
import { SAMPLE_FILE } from '../imports/seed.js';

describe.each(BACKENDS)('the administration CLI on %s', (kind) => {
  const under = useCliDatabase(kind);
  const { cli, open } = under;

  it('imports the sample organisations and services, twice without duplicates', async () => {
    const first = await cli('import', SAMPLE_FILE);
    expect(first.stdout).toMatch(/Imported \d+ organisations and \d+ services/);
    await cli('import', SAMPLE_FILE);
    const database = open();
    try {
      const services = await database.db.selectFrom('services').select(['id', 'organisation_id']).execute();
      expect(services.map((s) => s.id)).toEqual(
        expect.arrayContaining([
          'groeipakket-aanvragen',
          'omgevingsvergunning-aanvragen',
          'onderneming-starten',
          'verenigingsloket-subsidie',
        ]),
      );
      expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
    } finally {
      await database.close();
    }
  });

  it('creates an organisation, a service and a token that the API accepts', async () => {
    await cli('organisation', 'create', '--id', 'gemeente-zele', '--name', 'Gemeente Zele', '--level', 'lokaal');
    await cli(
      'service',
      'create',
      '--id',
      'zele-afvalkalender',
      '--organisation',
      'gemeente-zele',
      '--name',
      'Afvalkalender',
      '--audience',
      'burgers',
      '--channel',
      'zele.be',
      '--origin',
      'https://www.zele.be',
      '--follow-up',
      'ease',
    );
    const { stdout } = await cli('token', 'create', '--name', 'Zele analist', '--organisation', 'gemeente-zele');
    const token = stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^fi_/);

    const database = open();
    const app = await buildApp(testConfig(), { database, migrate: false });
    try {
      const res = await app.inject({ url: '/v1/services', headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode).toBe(200);
      expect(res.json().services).toEqual([
        expect.objectContaining({ id: 'zele-afvalkalender', allowedOrigins: ['https://www.zele.be'], followUps: ['ease'] }),
      ]);
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('imports and creates services with an IPDC product number, and refuses a malformed one', async () => {
    const file = join(under.dir, 'products.json');
    const organisation = { id: 'gemeente-lede', name: 'Gemeente Lede', level: 'lokaal' };
    const service = {
      id: 'lede-parkeerkaart',
      organisationId: 'gemeente-lede',
      name: { nl: 'Parkeerkaart aanvragen' },
      audience: 'burgers',
      channel: 'lede.be',
      productId: '1502',
    };
    writeFileSync(file, JSON.stringify({ organisations: [organisation], services: [service] }));
    await cli('import', file);
    await cli(
      'service',
      'create',
      '--id',
      'lede-identiteitskaart',
      '--organisation',
      'gemeente-lede',
      '--name',
      'Identiteitskaart',
      '--audience',
      'burgers',
      '--channel',
      'lede.be',
      '--product',
      '1020',
    );
    const badFile = join(under.dir, 'bad-product.json');
    writeFileSync(badFile, JSON.stringify({ services: [{ ...service, productId: 'parkeerkaart' }] }));
    await expect(cli('import', badFile)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('services.0.productId') });
    const database = open();
    try {
      const rows = await database.db
        .selectFrom('services')
        .select(['id', 'product_id'])
        .where('organisation_id', '=', 'gemeente-lede')
        .orderBy('id')
        .execute();
      expect(rows).toEqual([
        { id: 'lede-identiteitskaart', product_id: '1020' },
        { id: 'lede-parkeerkaart', product_id: '1502' },
      ]);
    } finally {
      await database.close();
    }
  });

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    await expect(cli('organisation', 'create', '--id', 'Bad Id', '--name', 'x', '--level', 'lokaal')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('id'),
    });
    await expect(cli('token', 'create', '--name', 'x', '--organisation', 'nergens')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('nergens'),
    });
    const badFile = join(under.dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify({ organisations: [{ id: 'x', name: '', level: 'federaal' }] }));
    await expect(cli('import', badFile)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('not a valid import file') });
    await expect(cli('topics', 'reindex', '--batch-size', '0')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--batch-size'),
    });
  });

  it('reindexes remark terms with plain progress lines when not on a terminal, resumably', async () => {
    const first = await cli('topics', 'reindex', '--batch-size', '2', '--max-batches', '1');
    expect(first.stdout).toMatch(/^Analysed or copied 0 remarks; every remark is analysed by the current analyser\./m);
    expect(first.stderr).toContain('Reindexed 0/0 remarks');
  });
});
