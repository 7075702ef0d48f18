import type { SignInConfig } from '../config';

/** Raised when the provider answers badly or the id_token does not verify (the sign-in is refused). */
export class SignInError extends Error {
  override name = 'SignInError' as const;
}

/** What one authorization request needs to be finished later (kept server-side, never in a cookie). */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

type OpenIdClient = typeof import('openid-client');

/** openid-client is an ES module; loaded once, on the first sign-in, from this CommonJS build. */
let library: Promise<OpenIdClient> | null = null;
const openIdClient = (): Promise<OpenIdClient> => (library ??= import('openid-client'));

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The vault as a confidential OpenID Connect client of the Entra tenant, through `openid-client`:
 * authorization code flow with PKCE (S256), code exchange server-side with the client secret, id_token
 * checked for issuer, audience, expiry, nonce and signature (the tenant's JWKS). The provider's endpoints
 * are the tenant's fixed v2.0 addresses, so starting the vault needs no network call.
 */
export class OidcClient {
  private readonly base: string;
  private configuration: Promise<import('openid-client').Configuration> | null = null;

  constructor(private readonly settings: SignInConfig) {
    this.base = `${settings.authority}/${settings.tenantId}`;
  }

  private config(): Promise<import('openid-client').Configuration> {
    this.configuration ??= (async () => {
      const client = await openIdClient();
      const server = {
        issuer: `${this.base}/v2.0`,
        authorization_endpoint: `${this.base}/oauth2/v2.0/authorize`,
        token_endpoint: `${this.base}/oauth2/v2.0/token`,
        jwks_uri: `${this.base}/discovery/v2.0/keys`,
      };
      const config = new client.Configuration(
        server,
        this.settings.clientId,
        { [client.clockTolerance]: 60 },
        client.ClientSecretPost(this.settings.clientSecret),
      );
      client.enableNonRepudiationChecks(config); // verify the id_token's signature, not only TLS
      // Plain http only for a provider on this machine (development and tests); Entra is https.
      const authority = new URL(this.settings.authority);
      if (authority.protocol === 'http:' && LOOPBACK.has(authority.hostname))
        client.allowInsecureRequests(config);
      return config;
    })();
    return this.configuration;
  }

  /** Fresh state, nonce and PKCE verifier for one sign-in. */
  async begin(): Promise<PendingSignIn> {
    const client = await openIdClient();
    return {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
  }

  /** Where the browser goes to sign in. */
  async authorizeUrl(pending: PendingSignIn, redirectUri: string): Promise<string> {
    const client = await openIdClient();
    return client
      .buildAuthorizationUrl(await this.config(), {
        redirect_uri: redirectUri,
        response_mode: 'query',
        scope: 'openid email profile',
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      })
      .toString();
  }

  /**
   * Checks the callback (`callbackUrl` as the browser requested it), exchanges the code and returns the
   * verified, lower-cased address of whoever signed in.
   */
  async finish(callbackUrl: URL, pending: PendingSignIn): Promise<string> {
    const client = await openIdClient();
    let claims: Record<string, unknown> | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(await this.config(), callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (error: unknown) {
      // The library's own messages name the failed check, never the code or a token.
      if (
        error instanceof client.ResponseBodyError ||
        error instanceof client.AuthorizationResponseError ||
        error instanceof client.ClientError
      ) {
        const detail = error.cause instanceof Error ? `: ${error.cause.message}` : '';
        throw new SignInError(`The sign-in did not verify (${error.message}${detail}).`, { cause: error });
      }
      throw error;
    }
    if (claims === undefined) throw new SignInError('The token endpoint sent no id_token.');
    if (claims['tid'] !== undefined && claims['tid'] !== this.settings.tenantId)
      throw new SignInError('The id_token is from another tenant.');
    const email = claims['email'] ?? claims['preferred_username'];
    if (typeof email !== 'string' || !email.includes('@'))
      throw new SignInError('The id_token carries no address.');
    return email.trim().toLowerCase();
  }
}
