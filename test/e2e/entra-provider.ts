/**
 * A REAL OpenID Connect provider (`oidc-provider`) on loopback HTTPS, laid out like an Entra ID tenant so
 * the vault runs on its production configuration path with only `MAILGUARD_ENTRA_AUTHORITY` pointing here:
 *
 * - issuer `<authority>/<tenant>/v2.0`; endpoints `<authority>/<tenant>/oauth2/v2.0/{authorize,token}` and
 *   keys at `<authority>/<tenant>/discovery/v2.0/keys`; discovery at `<authority>/<tenant>/v2.0/.well-known/…`
 *   (where MSAL looks for it);
 * - two app registrations: the vault (confidential, client secret, redirect `/s/callback`) and the DPO console
 *   (single-page application: public client, redirect `/console/`, code redeemed from the browser);
 * - the vault API as a resource `api://<vault id>` with the scope `access_as_user`: access tokens are JWTs
 *   with `aud` = the vault id and `scp` = `access_as_user`, as Entra v2 tokens carry them;
 * - users with `oid`, `tid`, `preferred_username`, `name` and app roles in `roles` (id and access tokens);
 * - PKCE (S256) required for every client; login and consent are the provider's own interaction pages.
 *
 * MSAL only accepts an https authority, hence TLS with a throw-away certificate for 127.0.0.1 (`caFile` is
 * handed to the vault as NODE_EXTRA_CA_CERTS; the browser context ignores certificate errors).
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SignJWT, decodeJwt, exportJWK, generateKeyPair, type JWTPayload, type KeyLike } from 'jose';
import type { Configuration, default as ProviderType } from 'oidc-provider';
import { generate } from 'selfsigned';

/** A person in the tenant; `roles` are the app roles assigned on the vault's registration. */
export interface TenantUser {
  readonly login: string;
  readonly oid: string;
  readonly name: string;
  readonly roles: readonly string[];
}

export interface TenantSetup {
  readonly tenantId: string;
  /** The vault's app registration: also the API's audience (`api://<id>` resource). */
  readonly vaultClientId: string;
  readonly vaultClientSecret: string;
  readonly consoleClientId: string;
  readonly users: readonly TenantUser[];
  /** Where the certificate file is written. */
  readonly dir: string;
}

/** How the next id_token from the token endpoint is altered before it reaches the client (forgery tests). */
export type IdTokenForgery = (claims: JWTPayload) => { claims: JWTPayload; signer: 'tenant' | 'stranger' };

const SCOPE = 'access_as_user';

export class EntraLikeProvider {
  /** Applied to the next token response only, then cleared. */
  forgeNextIdToken: IdTokenForgery | null = null;
  private provider: ProviderType | null = null;

  private constructor(
    private readonly server: Server,
    private readonly setup: TenantSetup,
    private readonly tenantKey: KeyLike,
    private readonly strangerKey: KeyLike,
    private readonly kid: string,
    readonly caFile: string,
  ) {}

  /** Listens at once (the vault needs the authority); {@link register} adds the clients once the vault is up. */
  static async start(setup: TenantSetup): Promise<EntraLikeProvider> {
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    const caFile = join(setup.dir, 'tenant-ca.pem');
    writeFileSync(caFile, pems.cert);
    const tenant = await generateKeyPair('RS256', { extractable: true });
    const stranger = await generateKeyPair('RS256');
    let self: EntraLikeProvider | null = null;
    const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
      if (self === null) res.writeHead(503).end();
      else self.route(req, res);
    });
    self = new EntraLikeProvider(
      server,
      setup,
      tenant.privateKey,
      stranger.privateKey,
      'tenant-key-1',
      caFile,
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self.privateJwk = { ...(await exportJWK(tenant.privateKey)), kid: self.kid, use: 'sig', alg: 'RS256' };
    return self;
  }

  private privateJwk: Record<string, unknown> = {};

  /** What `login.microsoftonline.com` is in production. */
  get authority(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get issuer(): string {
    return `${this.authority}/${this.setup.tenantId}/v2.0`;
  }

  /** Registers the vault and console clients with the vault's redirect URIs and starts answering. */
  async register(vaultUrl: string): Promise<void> {
    const { default: Provider } = await import('oidc-provider');
    const provider = new Provider(this.issuer, this.configuration(vaultUrl));
    provider.on('server_error', (_ctx: unknown, error: Error) =>
      this.serverErrors.push(error.stack ?? error.message),
    );
    this.provider = provider;
  }

  /** The provider's own failures (500 answers); a test that expects none checks this is empty. */
  readonly serverErrors: string[] = [];

  /**
   * An access token for the vault API as Entra issues it to the add-in, signed with the tenant key (for the
   * sender's upload in test set-up; the console gets its tokens through the provider). `forge` makes one the
   * tenant did not issue: another signing key, audience or issuer.
   */
  accessToken(
    user: TenantUser,
    forge: { signer?: 'tenant' | 'stranger'; aud?: string; iss?: string } = {},
  ): Promise<string> {
    return new SignJWT({ ...this.claimsOf(user), scp: SCOPE })
      .setProtectedHeader({ alg: 'RS256', kid: this.kid })
      .setIssuer(forge.iss ?? this.issuer)
      .setAudience(forge.aud ?? this.setup.vaultClientId)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(forge.signer === 'stranger' ? this.strangerKey : this.tenantKey);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private claimsOf(user: TenantUser): Record<string, unknown> {
    return {
      oid: user.oid,
      tid: this.setup.tenantId,
      preferred_username: user.login,
      name: user.name,
      roles: [...user.roles],
    };
  }

  private configuration(vaultUrl: string): Configuration {
    const { setup } = this;
    const api = `api://${setup.vaultClientId}`;
    // The login page asks for the address and keeps it as the account id; `sub` is the object id.
    const users = new Map(setup.users.map((user) => [user.login, user]));
    return {
      clients: [
        {
          client_id: setup.vaultClientId,
          client_secret: setup.vaultClientSecret,
          redirect_uris: [`${vaultUrl}/s/callback`],
          token_endpoint_auth_method: 'client_secret_post',
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
        {
          client_id: setup.consoleClientId,
          redirect_uris: [`${vaultUrl}/console/`],
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code', 'refresh_token'],
          response_types: ['code'],
        },
      ],
      jwks: { keys: [this.privateJwk as never] },
      cookies: { keys: [randomBytes(32).toString('hex')] },
      pkce: { required: () => true, methods: ['S256'] },
      // Entra puts the app roles, object id and tenant in the id_token whatever the scopes; so does this one.
      claims: {
        openid: ['sub', 'oid', 'tid', 'roles', 'preferred_username', 'name'],
        profile: ['name', 'preferred_username'],
        email: ['email'],
      },
      conformIdTokenClaims: false,
      scopes: ['openid', 'profile', 'email', 'offline_access'],
      findAccount: async (_ctx, id) => {
        const user = users.get(id);
        if (user === undefined) return undefined;
        return { accountId: id, claims: async () => ({ sub: user.oid, ...this.claimsOf(user) }) };
      },
      extraTokenClaims: async (_ctx, token) => {
        const user = 'accountId' in token ? users.get(token.accountId) : undefined;
        return user === undefined ? undefined : { ...this.claimsOf(user), scp: SCOPE };
      },
      features: {
        devInteractions: { enabled: true },
        resourceIndicators: {
          enabled: true,
          // Only the console asks for the vault API (scope api://<vault id>/access_as_user), as in Entra.
          defaultResource: (_ctx, client, oneOf) =>
            client.clientId === setup.consoleClientId ? api : (oneOf as string[]),
          useGrantedResource: () => true,
          getResourceServerInfo: (_ctx, resource) => {
            if (resource !== api) throw new Error(`unknown resource ${resource}`);
            return {
              scope: `${api}/${SCOPE}`,
              audience: setup.vaultClientId,
              accessTokenFormat: 'jwt',
              jwt: { sign: { alg: 'RS256' } },
            };
          },
        },
      },
      // A single-page registration redeems its code from the browser, cross-origin.
      clientBasedCORS: (_ctx, origin) => origin === vaultUrl,
      routes: {
        authorization: '/oauth2/v2.0/authorize',
        token: '/oauth2/v2.0/token',
        jwks: '/discovery/v2.0/keys',
        userinfo: '/oidc/userinfo',
        end_session: '/oauth2/v2.0/logout',
      },
      ttl: { Session: 3600, Interaction: 600, Grant: 3600, AccessToken: 3600, IdToken: 3600 },
    };
  }

  /** Everything lives under `/<tenant>`, as in Entra; discovery also answers at `/<tenant>/v2.0/.well-known/…`. */
  private route(req: IncomingMessage, res: ServerResponse): void {
    const provider = this.provider;
    const base = `/${this.setup.tenantId}`;
    const url = req.url ?? '/';
    if (provider === null || !url.startsWith(`${base}/`)) {
      res.writeHead(404).end();
      return;
    }
    const inner = url.slice(base.length).replace(/^\/v2\.0\/\.well-known\//, '/.well-known/');
    const mounted = req as IncomingMessage & { originalUrl?: string };
    mounted.originalUrl = `${base}${inner}`;
    req.url = inner;
    if (req.method === 'POST' && inner.startsWith('/oauth2/v2.0/token') && this.forgeNextIdToken !== null) {
      const forge = this.forgeNextIdToken;
      this.forgeNextIdToken = null;
      this.rewriteIdToken(res, forge);
    }
    void provider.callback()(req, res);
  }

  /** Replaces the id_token in the token endpoint's JSON answer before it is sent. */
  private rewriteIdToken(res: ServerResponse, forge: IdTokenForgery): void {
    const end = res.end.bind(res) as (body?: unknown) => ServerResponse;
    const tenantKey = this.tenantKey;
    const strangerKey = this.strangerKey;
    const kid = this.kid;
    (res as { end: unknown }).end = (body?: unknown): ServerResponse => {
      void (async () => {
        const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : '';
        const answer = JSON.parse(text || '{}') as Record<string, unknown>;
        if (typeof answer['id_token'] === 'string') {
          const { claims, signer } = forge(decodeJwt(answer['id_token']));
          answer['id_token'] = await new SignJWT(claims)
            .setProtectedHeader({ alg: 'RS256', kid })
            .sign(signer === 'tenant' ? tenantKey : strangerKey);
        }
        const forged = JSON.stringify(answer);
        if (!res.headersSent) res.setHeader('content-length', Buffer.byteLength(forged));
        end(forged);
      })();
      return res;
    };
  }
}
