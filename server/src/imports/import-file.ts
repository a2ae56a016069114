import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { ImportFile } from '@feedbackinstrument/shared';

/** Reads a JSON or YAML file of organisations and services and checks it against the schema (imports/import-changes.ts imports it). */
export async function readImportFile(path: string): Promise<ImportFile> {
  const text = await readFile(path, 'utf8');
  const data: unknown = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  const parsed = ImportFile.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${path} is not a valid import file:\n${problems}`);
  }
  return parsed.data;
}
