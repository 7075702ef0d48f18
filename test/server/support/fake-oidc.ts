import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';

interface IssuedCode {
  readonly email: string;
  readonly nonce: string;
  readonly challenge: string;
  readonly redirectUri: string;
  readonly clientId: string;
}

/**
 * A loopback OpenID provider shaped like an Entra tenant: `/{tenant}/oauth2/v2.0/authorize` signs in
 * `nextUser` at once and redirects back with a code; `/token` checks client secret, PKCE and redirect URI and
 * answers an RS256 id_token; `/discovery/v2.0/keys` publishes the key. Codes are single use.
 */
export class FakeOidcProvider {
  /** Who "signs in" at the next authorize request. */
  nextUser = 'bo@vinnter.se';
  /** Claims forced into the next id_tokens (tests of the vault's verification). */
  claimOverrides: Record<string, unknown> = {};
  /** Token requests seen (tests check that codes are not redeemed twice). */
  tokenRequests = 0;
  private readonly codes = new Map<string, IssuedCode>();

  private constructor(
    private readonly server: Server,
    private readonly key: KeyLike,
    private readonly jwk: object,
    readonly tenantId: string,
    readonly clientId: string,
    readonly clientSecret: string,
  ) {}

  static async start(tenantId: string, clientId: string, clientSecret: string): Promise<FakeOidcProvider> {
    const pair = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'fake-key', use: 'sig', alg: 'RS256' };
    let provider: FakeOidcProvider | null = null;
    const server = createServer((req, res) => {
      provider?.handle(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
    });
    provider = new FakeOidcProvider(server, pair.privateKey, jwk, tenantId, clientId, clientSecret);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return provider;
  }

  /** The authority base URL (what `login.microsoftonline.com` is in production). */
  get authority(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** An id_token as this tenant would sign it, for tests that forge or alter claims. */
  idToken(claims: Record<string, unknown>, exp = '1h'): Promise<string> {
    return new SignJWT({ tid: this.tenantId, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'fake-key' })
      .setIssuer(`${this.authority}/${this.tenantId}/v2.0`)
      .setAudience(this.clientId)
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(this.key);
  }

  /**
   * An access token for the vault's API as Entra issues it to the add-in (issuer `<authority>/<tenant>/v2.0`,
   * scope access_as_user), signed with this provider's published key.
   */
  accessToken(email: string, audience: string): Promise<string> {
    return new SignJWT({ tid: this.tenantId, scp: 'access_as_user', preferred_username: email, name: email })
      .setProtectedHeader({ alg: 'RS256', kid: 'fake-key' })
      .setIssuer(`${this.authority}/${this.tenantId}/v2.0`)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(this.key);
  }

  /** Where this tenant publishes its signing keys. */
  get jwksUrl(): string {
    return `${this.authority}/${this.tenantId}/discovery/v2.0/keys`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.authority);
    const base = `/${this.tenantId}`;
    if (url.pathname === `${base}/discovery/v2.0/keys`) {
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [this.jwk] }));
    } else if (url.pathname === `${base}/oauth2/v2.0/authorize`) {
      const q = url.searchParams;
      const ok =
        q.get('client_id') === this.clientId &&
        q.get('response_type') === 'code' &&
        q.get('response_mode') === 'query' &&
        q.get('scope') === 'openid email profile' &&
        q.get('code_challenge_method') === 'S256';
      if (!ok) return void res.writeHead(400).end('bad authorize request');
      const code = randomBytes(24).toString('base64url');
      this.codes.set(code, {
        email: this.nextUser,
        nonce: q.get('nonce') ?? '',
        challenge: q.get('code_challenge') ?? '',
        redirectUri: q.get('redirect_uri') ?? '',
        clientId: q.get('client_id') ?? '',
      });
      const back = new URL(q.get('redirect_uri') ?? '');
      back.search = new URLSearchParams({ code, state: q.get('state') ?? '' }).toString();
      res.writeHead(302, { location: back.toString() }).end();
    } else if (url.pathname === `${base}/oauth2/v2.0/token` && req.method === 'POST') {
      this.tokenRequests += 1;
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const issued = this.codes.get(form.get('code') ?? '');
      this.codes.delete(form.get('code') ?? ''); // single use, as Entra does
      const verifier = form.get('code_verifier') ?? '';
      const valid =
        issued !== undefined &&
        form.get('grant_type') === 'authorization_code' &&
        form.get('client_id') === issued.clientId &&
        form.get('client_secret') === this.clientSecret &&
        form.get('redirect_uri') === issued.redirectUri &&
        createHash('sha256').update(verifier).digest('base64url') === issued.challenge;
      if (!valid) {
        return void res
          .writeHead(400, { 'content-type': 'application/json' })
          .end('{"error":"invalid_grant"}');
      }
      const idToken = await this.idToken({
        // Entra's sub is an opaque pairwise id; OpenID Connect requires one in every id_token.
        sub: createHash('sha256').update(`${this.clientId}:${issued.email}`).digest('base64url'),
        nonce: issued.nonce,
        preferred_username: issued.email,
        ...this.claimOverrides,
      });
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({ token_type: 'Bearer', id_token: idToken, access_token: 'opaque', expires_in: 3600 }),
      );
    } else res.writeHead(404).end();
  }
}
