import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

// A real OpenID Connect provider for the dashboard's sign-in tests: oidc-provider (the
// certified implementation) on a free loopback port, with one confidential client and
// test accounts. Its development login form accepts any password for a known login.
// The organisation claim comes with a custom scope and only from the UserInfo endpoint
// (oidc-provider keeps ID tokens lean), as with many real providers.

export const ORGANISATION_CLAIM = 'organisation_id';
export const ADMIN_CLAIM = { claim: 'roles', value: 'feedback-admin' } as const;
export const SCOPES = 'openid profile organisation';

export type Account = { name: string } & Record<string, unknown>;

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers the client's redirect URI (known once the server under test listens) and starts answering. */
  allowRedirect(redirectUri: string): void;
  close(): Promise<void>;
}

export async function startOidcProvider(accounts: Record<string, Account>): Promise<TestOidcProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end('not configured yet');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'feedback-dashboard';
  const clientSecret = randomBytes(24).toString('base64url');

  return {
    issuer,
    clientId,
    clientSecret,
    allowRedirect(redirectUri: string) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [redirectUri],
            // Where the dashboard asks to come back after signing out here too (RP-initiated logout).
            post_logout_redirect_uris: [new URL('/dashboard/sign-in', redirectUri).href],
            response_types: ['code'],
            grant_types: ['authorization_code'],
            token_endpoint_auth_method: 'client_secret_basic',
          },
        ],
        claims: { openid: ['sub'], profile: ['name'], organisation: [ORGANISATION_CLAIM, ADMIN_CLAIM.claim] },
        cookies: { keys: [randomBytes(32).toString('base64url')] },
        // Its own signing key for this run (instead of the library's well-known development keys).
        jwks: {
          keys: [{ ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), alg: 'RS256', use: 'sig' }],
        },
        pkce: { required: () => true },
        async findAccount(_ctx, sub) {
          const account = accounts[sub];
          if (!account) return undefined;
          return { accountId: sub, claims: async () => ({ sub, ...account }) };
        },
        // A first-party client: no consent screen, the requested scopes are granted.
        async loadExistingGrant(ctx) {
          const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
          grant.addOIDCScope(String(ctx.oidc.params!.scope ?? 'openid'));
          await grant.save();
          return grant;
        },
      });
      handler = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
