import { sql, type Kysely } from 'kysely';

// The citizen's rights next to the widget: where to complain, the privacy notice, where to
// report an accessibility problem. Per organisation (the default) and per service (wins, link
// by link). Each is null, a JSON string (one https address) or an object by language
// ({"nl": "https://…", "fr": "https://…"}); the API checks the addresses, the database the shape.
const COLUMNS = ['complaints_url', 'privacy_url', 'accessibility_url'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['organisations', 'services']) {
    for (const column of COLUMNS) {
      await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN ${sql.ref(column)} jsonb CHECK (jsonb_typeof(${sql.ref(column)}) IN ('string', 'object'))`.execute(
        db,
      );
    }
  }
}
