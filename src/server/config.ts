import type { S3Settings } from './storage/s3-blobs';

/** Ten years (P5): no retention class may keep a file longer. 3653 days covers the leap days. */
export const MAX_RETENTION_DAYS = 3653;

/** How the vault checks bearer tokens. */
export type AuthConfig =
  | {
      readonly kind: 'entra';
      readonly tenantId: string;
      /** The vault's own API: its application (client) id or `api://…` URI. */
      readonly audience: string;
      /** Who signs the access tokens: `<authority>/<tenant>/v2.0` (Entra v2 tokens). */
      readonly issuer: string;
      /** Defaults to the tenant's published keys under the authority; tests point it at a local JWKS. */
      readonly jwksUrl: string;
      /** App role that makes a user the data protection officer. */
      readonly dpoRole: string;
    }
  | { readonly kind: 'dev' };

/**
 * Browser sign-in of internal link recipients (OpenID Connect authorization code + PKCE, confidential
 * client). Null = recipients can only present a bearer token or confirm their address.
 */
export interface SignInConfig {
  readonly tenantId: string;
  /** Application (client) id of the vault's app registration. */
  readonly clientId: string;
  /** From `MAILGUARD_ENTRA_CLIENT_SECRET`; never logged. */
  readonly clientSecret: string;
  /** `https://login.microsoftonline.com` unless tests point it at a local provider. */
  readonly authority: string;
}

/** The DPO console's sign-in with MSAL in the browser (no secret: a single-page application registration). */
export interface ConsoleSignInConfig {
  /** `https://login.microsoftonline.com/<tenant>`. */
  readonly authority: string;
  /** From `MAILGUARD_CONSOLE_CLIENT_ID`; its redirect URI is `<publicUrl>/console/`. */
  readonly clientId: string;
  /** The vault API scope the console's token is for. */
  readonly scopes: readonly string[];
}

/** Where metadata lives: embedded SQLite file or a PostgreSQL schema. */
export type MetadataConfig =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema: string };

/** Where encrypted blobs live: a local folder or an S3-compatible bucket. */
export type BlobConfig =
  { readonly kind: 'fs'; readonly root: string } | ({ readonly kind: 's3' } & S3Settings);

/** The company shown on the recipient's landing page: its name and, optionally, a logo file (PNG/JPEG/SVG). */
export interface BrandConfig {
  readonly name: string;
  /** Read once at start-up and inlined in the page (no extra request, no third party); null = no logo. */
  readonly logoFile: string | null;
}

/** Everything the vault needs, validated once at boot (see `loadConfig`). */
export interface VaultConfig {
  readonly host: string;
  readonly port: number;
  /** Base of the links put in mail, e.g. `https://vault.example.se`. */
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly corsOrigins: readonly string[];
  readonly auth: AuthConfig;
  /** Browser sign-in on the landing page; the redirect URI is `<publicUrl>/s/callback`. */
  readonly signIn: SignInConfig | null;
  /** Entra sign-in of the DPO console; null = the console offers dev sign-in (`--dev-auth`) or none. */
  readonly consoleSignIn: ConsoleSignInConfig | null;
  readonly metadata: MetadataConfig;
  readonly blobs: BlobConfig;
  /** Hex or base64 of 32 bytes; exactly one of key / keyFile. */
  readonly masterKey:
    { readonly kind: 'inline'; readonly value: string } | { readonly kind: 'file'; readonly path: string };
  readonly maxFileBytes: number;
  readonly linkExpiryDays: number;
  readonly retentionClasses: Readonly<Record<string, number>>;
  readonly defaultRetentionClass: string;
  /** `host:port` or a unix socket path of clamd; null = no virus scanning. */
  readonly clamd: string | null;
  /** `smtp://…` / `smtps://…`; null = external recipients only confirm their address. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** Who the recipient's landing page says the service belongs to. */
  readonly brand: BrandConfig;
  /** Folder of the built DPO console (webpack output), served at /console/; null = no console. */
  readonly consoleDir: string | null;
  /** Mail the sender when a link is first downloaded (needs SMTP). */
  readonly notifyFirstDownload: boolean;
  readonly rateLimitPerMinute: number;
  /** Per client address on the recipient pages (`/s/…`: landing, code requests, sign-in). */
  readonly landingRateLimitPerMinute: number;
  /** Server timeouts against slow clients (slowloris, trickled bodies). */
  readonly timeouts: ServerTimeouts;
  /** Open connections one client address may hold at once; further ones are closed on arrival. */
  readonly maxConnectionsPerAddress: number;
  readonly sweepIntervalMs: number;
  /** Blobs without metadata younger than this are left alone (an upload may be committing). */
  readonly orphanGraceMs: number;
  readonly uploadSessionHours: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /**
   * Addresses or CIDR ranges of the reverse proxies in front of the vault. `X-Forwarded-For` is honoured
   * only when the connection comes from one of them; empty = never (a client could name any address).
   */
  readonly trustedProxies: readonly string[];
}

/** Milliseconds; Node's defaults leave a trickled body open indefinitely (`requestTimeout: 0`). */
export interface ServerTimeouts {
  /** Whole request, headers and body (large files use resumable segments, so this bounds one segment). */
  readonly requestMs: number;
  readonly headersMs: number;
  /** No byte received or sent for this long closes the socket (body idle). */
  readonly idleMs: number;
  readonly keepAliveMs: number;
}

/** Raised at boot when the configuration is unusable; lists every problem at once. */
export class ConfigError extends Error {
  override name = 'ConfigError' as const;
  constructor(readonly problems: readonly string[]) {
    super(`Invalid vault configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/** True for binds that only this machine can reach (required by `--dev-auth`). */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/** Checks cross-field rules. Returns the problems (empty when the config is good). */
export function configProblems(config: VaultConfig): string[] {
  const problems: string[] = [];
  if (config.auth.kind === 'dev' && !isLoopback(config.host)) {
    problems.push(`--dev-auth is for local use only and refuses to bind ${config.host}; use 127.0.0.1.`);
  }
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535)
    problems.push('port must be 0-65535');
  if (!/^https?:\/\/[^/]+/.test(config.publicUrl)) problems.push('public URL must be http(s)://host[:port]');
  if (config.maxFileBytes < 1) problems.push('max file size must be positive');
  const classes = Object.keys(config.retentionClasses);
  for (const name of classes) {
    const days = config.retentionClasses[name] ?? 0;
    if (!(days >= 1 && days <= MAX_RETENTION_DAYS)) {
      problems.push(
        `retention class ${name}: ${days} days is outside 1-${MAX_RETENTION_DAYS} (10 years, P5)`,
      );
    }
  }
  if (!classes.includes(config.defaultRetentionClass)) {
    problems.push(`default retention class ${config.defaultRetentionClass} is not defined`);
  }
  const shortest = Math.min(...classes.map((name) => config.retentionClasses[name] ?? 0));
  if (config.linkExpiryDays < 1 || config.linkExpiryDays > shortest) {
    problems.push(
      `link expiry (${config.linkExpiryDays} days) must be 1 to the shortest retention (${shortest} days)`,
    );
  }
  if (config.auth.kind === 'entra') {
    if (!config.publicUrl.startsWith('https://')) {
      problems.push(
        'MAILGUARD_PUBLIC_URL must be https:// in production (links go to people outside the company)',
      );
    }
    if (!/^[0-9a-f-]{36}$/i.test(config.auth.tenantId)) problems.push('Entra tenant id must be a GUID');
    if (config.auth.audience === '') problems.push('Entra audience (the vault API app id) is required');
  }
  if (config.signIn !== null) {
    if (!/^https?:\/\/[^/]+$/.test(config.signIn.authority))
      problems.push('MAILGUARD_ENTRA_AUTHORITY must be scheme://host[:port]');
    if (!/^[0-9a-f-]{36}$/i.test(config.signIn.clientId))
      problems.push('MAILGUARD_ENTRA_CLIENT_ID (the app registration client id) must be a GUID');
  }
  if (config.consoleSignIn !== null && !/^[0-9a-f-]{36}$/i.test(config.consoleSignIn.clientId))
    problems.push('MAILGUARD_CONSOLE_CLIENT_ID (the console app registration client id) must be a GUID');
  const { requestMs, headersMs, idleMs, keepAliveMs } = config.timeouts;
  if (![requestMs, headersMs, idleMs, keepAliveMs].every((ms) => Number.isInteger(ms) && ms > 0))
    problems.push('timeouts must be positive whole milliseconds');
  else if (headersMs > requestMs) problems.push('the header timeout must not exceed the request timeout');
  if (!(config.maxConnectionsPerAddress >= 1)) problems.push('connections per address must be at least 1');
  if (!(config.landingRateLimitPerMinute >= 1))
    problems.push('the landing-page rate limit must be at least 1');
  for (const proxy of config.trustedProxies) {
    if (!/^[0-9a-f.:]+(\/\d{1,3})?$/i.test(proxy))
      problems.push(`trusted proxy ${proxy} must be an IP address or CIDR range`);
  }
  for (const origin of config.corsOrigins) {
    if (!/^https?:\/\/[^/]+$/.test(origin))
      problems.push(`CORS origin ${origin} must be scheme://host[:port]`);
  }
  return problems;
}
