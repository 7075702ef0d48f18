import { join } from 'node:path';
import type { AuthConfig, BlobConfig, MetadataConfig, ServerTimeouts, SignInConfig } from './config';

/** The environment as `loadConfig` reads it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Readers of single `MAILGUARD_*` settings; each records its problems instead of throwing. */
export function int(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) problems.push(`${name} must be an integer`);
  return value;
}

export const list = (raw: string): string[] =>
  raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export function timeoutsFrom(env: Env, base: ServerTimeouts, problems: string[]): ServerTimeouts {
  const seconds = (name: string, fallbackMs: number): number =>
    int(env, name, fallbackMs / 1000, problems) * 1000;
  return {
    requestMs: seconds('MAILGUARD_REQUEST_TIMEOUT_SECONDS', base.requestMs),
    headersMs: seconds('MAILGUARD_HEADERS_TIMEOUT_SECONDS', base.headersMs),
    idleMs: seconds('MAILGUARD_IDLE_TIMEOUT_SECONDS', base.idleMs),
    keepAliveMs: seconds('MAILGUARD_KEEP_ALIVE_SECONDS', base.keepAliveMs),
  };
}

/** `short=30,standard=365` → record of days. */
export function parseClasses(raw: string, problems: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of raw.split(',')) {
    const [name, days] = pair.split('=').map((part) => part.trim());
    if (name === undefined || name === '' || days === undefined || !/^\d+$/.test(days)) {
      problems.push(`MAILGUARD_RETENTION_CLASSES: "${pair}" is not name=days`);
    } else out[name] = Number(days);
  }
  return out;
}

export function authFrom(env: Env, devAuth: boolean): AuthConfig {
  if (devAuth) return { kind: 'dev' };
  const tenantId = env['MAILGUARD_TENANT_ID'] ?? '';
  return {
    kind: 'entra',
    tenantId,
    audience: env['MAILGUARD_AUDIENCE'] ?? '',
    jwksUrl: env['MAILGUARD_JWKS_URL'] ?? `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
    dpoRole: env['MAILGUARD_DPO_ROLE'] ?? 'dpo',
  };
}

/** Browser sign-in is on when Entra auth is used and the app registration's client secret is given. */
export function signInFrom(env: Env, auth: AuthConfig): SignInConfig | null {
  const clientSecret = env['MAILGUARD_ENTRA_CLIENT_SECRET'] ?? '';
  if (auth.kind !== 'entra' || clientSecret === '') return null;
  return {
    tenantId: auth.tenantId,
    clientId: env['MAILGUARD_ENTRA_CLIENT_ID'] ?? auth.audience.replace(/^api:\/\//, ''),
    clientSecret,
    authority: (env['MAILGUARD_ENTRA_AUTHORITY'] ?? 'https://login.microsoftonline.com').replace(/\/+$/, ''),
  };
}

export function storageFrom(env: Env, dataDir: string): { metadata: MetadataConfig; blobs: BlobConfig } {
  const pgUrl = env['MAILGUARD_DATABASE_URL'];
  const bucket = env['MAILGUARD_S3_BUCKET'];
  const endpoint = env['MAILGUARD_S3_ENDPOINT'];
  return {
    metadata:
      pgUrl === undefined || pgUrl === ''
        ? { kind: 'sqlite', path: join(dataDir, 'vault.db') }
        : { kind: 'postgres', url: pgUrl, schema: env['MAILGUARD_DATABASE_SCHEMA'] ?? 'public' },
    blobs:
      bucket === undefined || bucket === ''
        ? { kind: 'fs', root: join(dataDir, 'blobs') }
        : {
            kind: 's3',
            bucket,
            region: env['MAILGUARD_S3_REGION'] ?? 'eu-north-1',
            forcePathStyle: env['MAILGUARD_S3_PATH_STYLE'] === 'true',
            prefix: env['MAILGUARD_S3_PREFIX'] ?? 'blobs/',
            ...(endpoint === undefined || endpoint === '' ? {} : { endpoint }),
          },
  };
}
