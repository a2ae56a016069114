import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { DatabaseHandle } from '../../db/connect.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
    /** The primary: every write, and reads right after one's own change. */
    db: Kysely<Database>;
    /** Analysts' reads that may lag a moment (figures, reports, topics, open pages): DATABASE_READ_URL's standby, else db. */
    dbRead: Kysely<Database>;
    dbKind: DatabaseHandle['kind'];
  }
}

/** Decorates the app with its configuration and database; closes the database it owns. */
export default fp(
  async function db(app: FastifyInstance, options: { config: AppConfig; database: DatabaseHandle; ownsDatabase: boolean }) {
    app.decorate('config', options.config);
    app.decorate('db', options.database.db);
    app.decorate('dbRead', options.database.read);
    app.decorate('dbKind', options.database.kind);
    if (options.ownsDatabase) app.addHook('onClose', async () => options.database.close());
  },
  { name: 'db' },
);
