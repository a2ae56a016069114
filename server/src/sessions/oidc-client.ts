import * as client from 'openid-client';
import { SIGNED_OUT_STATE } from '@feedbackinstrument/shared';
import type { OidcSettings } from '../config.js';
import type { Claims } from './organisation-claim.js';
import type { SignInTransaction } from './sign-in-transaction.js';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The relying party: discovers the provider once (again after a failure), starts the
 * authorization code flow with PKCE, state and nonce, and finishes it on the callback.
 */
export class OidcClient {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(private readonly settings: OidcSettings) {}

  get providerName(): string | null {
    return this.settings.providerName;
  }

  private discover(): Promise<client.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.settings.issuer);
      const auth = this.settings.clientSecret ? client.ClientSecretBasic(this.settings.clientSecret) : client.None();
      // Plain http only for a provider on this machine (development, tests); openid-client refuses it otherwise.
      const insecure = issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname);
      this.configuration = client.discovery(
        issuer,
        this.settings.clientId,
        undefined,
        auth,
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      this.configuration.catch(() => (this.configuration = null));
    }
    return this.configuration;
  }

  /** Where to send the browser, and what the callback must check. */
  async start(redirectUri: string, returnTo: string): Promise<{ url: URL; transaction: SignInTransaction }> {
    const configuration = await this.discover();
    const transaction: SignInTransaction = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      returnTo,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: this.settings.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(transaction.verifier),
      code_challenge_method: 'S256',
      state: transaction.state,
      nonce: transaction.nonce,
    });
    return { url, transaction };
  }

  /**
   * Redeems the code of the callback URL (checking state, nonce and PKCE) and returns the
   * person's claims: those of the ID token, completed from the UserInfo endpoint when a
   * claim we need (organisation, admin) is not in the ID token (many providers only put
   * them there).
   */
  async finish(
    callbackUrl: URL,
    transaction: SignInTransaction,
    wantedClaims: readonly string[],
  ): Promise<{ claims: Claims; idToken: string }> {
    const configuration = await this.discover();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: transaction.verifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    const idToken = tokens.id_token!;
    const missing = wantedClaims.filter((claim) => !(claim in idClaims) && !(claim.split('.')[0]! in idClaims));
    if (missing.length === 0 || !configuration.serverMetadata().userinfo_endpoint) return { claims: { ...idClaims }, idToken };
    const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
    return { claims: { ...userInfo, ...idClaims }, idToken };
  }

  /**
   * Where to send the browser so the provider ends its session too (RP-initiated logout),
   * and from where it comes back; null when the provider offers no end_session_endpoint
   * or cannot be reached (then only our session ends).
   */
  async endSessionUrl(idToken: string, postLogoutRedirectUri: string): Promise<URL | null> {
    try {
      const configuration = await this.discover();
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      // `state` comes back on the way to the sign-in page, which then says "signed out".
      return client.buildEndSessionUrl(configuration, {
        id_token_hint: idToken,
        post_logout_redirect_uri: postLogoutRedirectUri,
        state: SIGNED_OUT_STATE,
      });
    } catch {
      return null;
    }
  }
}
