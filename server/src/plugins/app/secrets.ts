import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sharedSecret } from '../../db/app-secrets.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The key that signs no-JS form tokens, the same on every instance. */
    formSecret(): Promise<string>;
  }
}

export default fp(
  async function secrets(app: FastifyInstance) {
    let formSecret: Promise<string> | null = null;
    app.decorate('formSecret', () => {
      formSecret ??= sharedSecret(app.db, 'form-token');
      formSecret.catch(() => (formSecret = null));
      return formSecret;
    });
  },
  { name: 'secrets', dependencies: ['db'] },
);
