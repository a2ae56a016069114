import { sql, type Kysely } from 'kysely';
import type { Language } from '@feedbackinstrument/shared/constants';
import type { Database } from '../../../db/database.js';

/**
 * The lexeme of each word in a language's PostgreSQL text-search configuration (the same
 * feedback_text_config that indexes remarks): its stem, or null for a stop word.
 */
export async function lexemesOf(db: Kysely<Database>, lang: Language, words: readonly string[]): Promise<Map<string, string | null>> {
  const result = new Map<string, string | null>();
  if (words.length === 0) return result;
  // Passed as one JSON array: the same on PGlite and node-postgres, whatever the size.
  const rows = await sql<{ word: string; lexeme: string }>`
    SELECT w.word, array_to_string(tsvector_to_array(to_tsvector(feedback_text_config(${lang}), w.word)), '+') AS lexeme
    FROM jsonb_array_elements_text(${JSON.stringify(words)}::jsonb) AS w(word)`.execute(db);
  for (const row of rows.rows) result.set(row.word, row.lexeme === '' ? null : row.lexeme);
  return result;
}
