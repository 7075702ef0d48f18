import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
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

const random = (): string => randomBytes(32).toString('base64url');

/**
 * The vault as a confidential OpenID Connect client of the Entra tenant: authorization code flow with
 * PKCE (S256), code exchange server-side, id_token verified against the tenant's JWKS.
 */
export class OidcClient {
  private readonly base: string;
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly settings: SignInConfig) {
    this.base = `${settings.authority}/${settings.tenantId}`;
    this.keys = createRemoteJWKSet(new URL(`${this.base}/discovery/v2.0/keys`), {
      timeoutDuration: 5000,
      cooldownDuration: 30_000,
    });
  }

  /** Fresh state, nonce and PKCE verifier for one sign-in. */
  begin(): PendingSignIn {
    return { state: random(), nonce: random(), codeVerifier: random() };
  }

  /** Where the browser goes to sign in. */
  authorizeUrl(pending: PendingSignIn, redirectUri: string): string {
    const url = new URL(`${this.base}/oauth2/v2.0/authorize`);
    const challenge = createHash('sha256').update(pending.codeVerifier, 'ascii').digest('base64url');
    url.search = new URLSearchParams({
      client_id: this.settings.clientId,
      response_type: 'code',
      redirect_uri: redirectUri,
      response_mode: 'query',
      scope: 'openid email profile',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    return url.toString();
  }

  /** Exchanges the code and returns the verified, lower-cased address of whoever signed in. */
  async finish(code: string, pending: PendingSignIn, redirectUri: string): Promise<string> {
    const response = await fetch(`${this.base}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: this.settings.clientId,
        client_secret: this.settings.clientSecret,
        code,
        redirect_uri: redirectUri,
        code_verifier: pending.codeVerifier,
      }),
      signal: AbortSignal.timeout(10_000),
    });
    // The provider's error body may echo the code; only the status is kept.
    if (!response.ok) throw new SignInError(`The token endpoint answered ${response.status}.`);
    const body = (await response.json()) as { id_token?: unknown };
    if (typeof body.id_token !== 'string') throw new SignInError('The token endpoint sent no id_token.');
    try {
      const { payload } = await jwtVerify(body.id_token, this.keys, {
        issuer: `${this.base}/v2.0`,
        audience: this.settings.clientId,
        algorithms: ['RS256'],
        clockTolerance: 60,
      });
      if (payload['nonce'] !== pending.nonce) throw new SignInError('The id_token nonce does not match.');
      if (payload['tid'] !== undefined && payload['tid'] !== this.settings.tenantId)
        throw new SignInError('The id_token is from another tenant.');
      const email = payload['email'] ?? payload['preferred_username'];
      if (typeof email !== 'string' || !email.includes('@'))
        throw new SignInError('The id_token carries no address.');
      return email.trim().toLowerCase();
    } catch (error: unknown) {
      if (error instanceof SignInError) throw error;
      if (error instanceof errors.JOSEError)
        throw new SignInError('The id_token is not valid.', { cause: error });
      throw error;
    }
  }
}
