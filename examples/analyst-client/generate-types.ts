import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

// Generates api.d.ts, the TypeScript types of the API, from the OpenAPI document a server
// publishes at /openapi.json. Run after the API changed:
//   FEEDBACK_URL=http://localhost:3000 pnpm --filter @feedbackinstrument/examples generate:client

export const TYPES_FILE = fileURLToPath(new URL('./api.d.ts', import.meta.url));

const HEADER = '// Generated from GET /openapi.json by generate-types.ts (openapi-typescript). Do not edit.\n\n';

/** The types file for an OpenAPI document, as generate-types.ts writes it. */
export async function clientTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return HEADER + astToString(ast);
}

export async function fetchDocument(baseUrl: string): Promise<object> {
  const res = await fetch(new URL('/openapi.json', baseUrl));
  if (!res.ok) throw new Error(`GET ${res.url} answered ${res.status}`);
  return (await res.json()) as object;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const baseUrl = process.env.FEEDBACK_URL ?? 'http://localhost:3000';
  await writeFile(TYPES_FILE, await clientTypes(await fetchDocument(baseUrl)));
  console.log(`Wrote ${TYPES_FILE} from ${baseUrl}/openapi.json`);
}
