import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { DatabaseHandle } from '../../db/connect.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
    db: Kysely<Database>;
    dbKind: DatabaseHandle['kind'];
  }
}

/** Decorates the app with its configuration and database; closes the database it owns. */
export default fp(
  async function db(app: FastifyInstance, options: { config: AppConfig; database: DatabaseHandle; ownsDatabase: boolean }) {
    app.decorate('config', options.config);
    app.decorate('db', options.database.db);
    app.decorate('dbKind', options.database.kind);
    if (options.ownsDatabase) app.addHook('onClose', async () => options.database.close());
  },
  { name: 'db' },
);
