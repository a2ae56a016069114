import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { accessOf, type Access } from '../../auth/access-hooks.js';

export interface CataloguedRoute {
  method: string;
  url: string;
  /** What the route's onRequest hooks demand; null: public. */
  access: Access | null;
  /** Left out of the OpenAPI document (dashboard pages, sign-in, the document itself). */
  hidden: boolean;
  operationId: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route of the app as it was registered (HEAD twins left out): what tests sweep. */
    routeCatalogue: readonly CataloguedRoute[];
  }
}

/** Registered first, so it sees every route registered after it, whoever adds it. */
export default fp(
  async function routeCatalogue(app: FastifyInstance) {
    const routes: CataloguedRoute[] = [];
    app.decorate('routeCatalogue', routes);
    app.addHook('onRoute', (route) => {
      const schema = route.schema as { hide?: boolean; operationId?: string } | undefined;
      for (const method of [route.method].flat()) {
        // Fastify adds a HEAD twin to every GET route; it is the same route.
        if (method === 'HEAD' && routes.some((r) => r.method === 'GET' && r.url === route.url)) continue;
        routes.push({
          method,
          url: route.url,
          access: accessOf(route.onRequest),
          hidden: schema?.hide === true,
          operationId: schema?.operationId,
        });
      }
    });
  },
  { name: 'route-catalogue' },
);
