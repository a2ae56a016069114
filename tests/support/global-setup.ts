import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres, type ThrowawayPostgres } from './postgres-server.js';

// Every database test runs on PGlite and on a real PostgreSQL. That server is the one
// DATABASE_URL names, or a throwaway one started here and stopped after the run. No
// PostgreSQL at all fails the run: the tests never silently skip half their backends.
export default async function setup(project: TestProject) {
  let server: ThrowawayPostgres | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    server = await startThrowawayPostgres();
    url = server.url;
  }
  project.provide('postgresUrl', url);
  return async () => {
    await server?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
