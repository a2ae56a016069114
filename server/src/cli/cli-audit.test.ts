import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useCliDatabase } from '../testing/cli-database.js';
import { BACKENDS } from '../testing/test-database.js';

// What the CLI's changes leave in the audit log: one row per change, made by the command line,
// in the same transaction as the change. The commands themselves are in cli.test.ts.

describe.each(BACKENDS)('the administration CLI on %s', (kind) => {
  const under = useCliDatabase(kind);
  const { cli, open } = under;

  it('every change it makes leaves an audit row saying the command line made it', async () => {
    const file = join(under.dir, 'audited.json');
    writeFileSync(
      file,
      JSON.stringify({
        organisations: [{ id: 'gemeente-berlare', name: 'Gemeente Berlare', level: 'lokaal' }],
        services: [
          { id: 'berlare-afval', organisationId: 'gemeente-berlare', name: { nl: 'Afval' }, audience: 'burgers', channel: 'berlare.be' },
        ],
      }),
    );
    await cli('import', file);
    await cli('organisation', 'create', '--id', 'gemeente-wichelen', '--name', 'Gemeente Wichelen', '--level', 'lokaal');
    await cli(
      'service',
      'create',
      '--id',
      'wichelen-afval',
      '--organisation',
      'gemeente-wichelen',
      '--name',
      'Afval',
      '--audience',
      'burgers',
      '--channel',
      'wichelen.be',
    );
    const admin = (await cli('token', 'create', '--name', 'ops via cli', '--admin')).stdout;
    const tokenId = /Token (\S+)/.exec(admin)![1]!;
    await cli('token', 'revoke', tokenId);
    // The same import again changes nothing, so it writes no row.
    await cli('import', file);
    const database = open();
    try {
      const rows = await database.db
        .selectFrom('audit_log')
        .select(['actor', 'actor_role', 'via', 'action', 'target_id'])
        .orderBy('at')
        .execute();
      const ours = rows.filter((r) =>
        ['gemeente-berlare', 'berlare-afval', 'gemeente-wichelen', 'wichelen-afval', tokenId].includes(r.target_id),
      );
      expect(ours.map((r) => `${r.action} ${r.target_id}`)).toEqual([
        'organisation.create gemeente-berlare',
        'service.create berlare-afval',
        'organisation.create gemeente-wichelen',
        'service.create wichelen-afval',
        `token.create ${tokenId}`,
        `token.revoke ${tokenId}`,
      ]);
      for (const row of ours) expect(row).toMatchObject({ via: 'cli', actor_role: 'admin', actor: expect.stringMatching(/command line/) });
    } finally {
      await database.close();
    }
  });

  it("sets the citizen's links on create and changes an organisation's through the change layer, audited as the command line", async () => {
    await cli(
      'organisation',
      'create',
      '--id',
      'gemeente-laarne',
      '--name',
      'Gemeente Laarne',
      '--level',
      'lokaal',
      '--complaints-url',
      'https://www.laarne.be/klachten',
    );
    await cli(
      'service',
      'create',
      '--id',
      'laarne-afval',
      '--organisation',
      'gemeente-laarne',
      '--name',
      'Afval',
      '--audience',
      'burgers',
      '--channel',
      'laarne.be',
      '--privacy-url',
      'https://www.laarne.be/privacy',
    );
    const { stdout } = await cli(
      'organisation',
      'links',
      '--id',
      'gemeente-laarne',
      '--complaints-url',
      '',
      '--accessibility-url',
      '{"nl":"https://www.laarne.be/toegankelijkheid","fr":"https://www.laarne.be/accessibilite"}',
    );
    expect(stdout).toContain('complaints none');
    await expect(
      cli('organisation', 'links', '--id', 'gemeente-laarne', '--privacy-url', 'http://www.laarne.be/privacy'),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('privacyUrl') });
    await expect(cli('organisation', 'links', '--id', 'gemeente-nergens', '--privacy-url', 'https://nergens.be')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('gemeente-nergens'),
    });
    await expect(cli('organisation', 'links', '--id', 'gemeente-laarne')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--complaints-url'),
    });
    const database = open();
    try {
      const organisation = await database.db
        .selectFrom('organisations')
        .select(['complaints_url', 'privacy_url', 'accessibility_url'])
        .where('id', '=', 'gemeente-laarne')
        .executeTakeFirstOrThrow();
      expect(organisation).toEqual({
        complaints_url: null,
        privacy_url: null,
        accessibility_url: { nl: 'https://www.laarne.be/toegankelijkheid', fr: 'https://www.laarne.be/accessibilite' },
      });
      const service = await database.db
        .selectFrom('services')
        .select(['complaints_url', 'privacy_url'])
        .where('id', '=', 'laarne-afval')
        .executeTakeFirstOrThrow();
      expect(service).toEqual({ complaints_url: null, privacy_url: 'https://www.laarne.be/privacy' });
      const rows = await database.db
        .selectFrom('audit_log')
        .select(['via', 'action', 'before', 'after'])
        .where('target_id', '=', 'gemeente-laarne')
        .orderBy('at')
        .execute();
      expect(rows.map((r) => r.action)).toEqual(['organisation.create', 'organisation.update']);
      expect(rows[1]).toMatchObject({
        via: 'cli',
        before: { complaintsUrl: 'https://www.laarne.be/klachten', accessibilityUrl: null },
        after: { complaintsUrl: null },
      });
    } finally {
      await database.close();
    }
  });

  it('a change and its audit row are one: when the row cannot be written, the command changes nothing', async () => {
    let database = open();
    try {
      await sql`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$`.execute(
        database.db,
      );
      await sql`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()`.execute(database.db);
    } finally {
      await database.close();
    }
    await expect(cli('organisation', 'create', '--id', 'gemeente-never', '--name', 'Never', '--level', 'lokaal')).rejects.toMatchObject({
      code: 1,
    });
    await expect(cli('token', 'create', '--name', 'never', '--admin')).rejects.toMatchObject({ code: 1 });
    database = open();
    try {
      expect(await database.db.selectFrom('organisations').select('id').where('id', '=', 'gemeente-never').execute()).toEqual([]);
      expect(await database.db.selectFrom('api_tokens').select('id').where('name', '=', 'never').execute()).toEqual([]);
      await sql`DROP TRIGGER refuse_audit ON audit_log`.execute(database.db);
      await sql`DROP FUNCTION refuse_audit()`.execute(database.db);
    } finally {
      await database.close();
    }
  });
});
