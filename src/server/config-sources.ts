import { join } from 'node:path';
import type { AuthConfig, BlobConfig, ConsoleSignInConfig, MetadataConfig, SignInConfig } from './config';
import type { VaultEnv } from './config-env-schema';

// Defined beside the schema that reads it, so the two files do not import each other.
export type { Env } from './config-env-schema';

/** Builders of config sections from the checked `MAILGUARD_*` variables. */
export const list = (raw: string): string[] =>
  raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

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

/** Entra's global cloud unless `MAILGUARD_ENTRA_AUTHORITY` names another (a national cloud, a test provider). */
const authorityOf = (env: VaultEnv): string =>
  (env.MAILGUARD_ENTRA_AUTHORITY ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');

/** Access tokens are checked against the authority's v2.0 issuer and keys, as the tenant publishes them. */
export function authFrom(env: VaultEnv, devAuth: boolean): AuthConfig {
  if (devAuth) return { kind: 'dev' };
  const tenantId = env.MAILGUARD_TENANT_ID ?? '';
  const tenant = `${authorityOf(env)}/${tenantId}`;
  return {
    kind: 'entra',
    tenantId,
    audience: env.MAILGUARD_AUDIENCE ?? '',
    issuer: `${tenant}/v2.0`,
    jwksUrl: env.MAILGUARD_JWKS_URL ?? `${tenant}/discovery/v2.0/keys`,
    dpoRole: env.MAILGUARD_DPO_ROLE ?? 'dpo',
  };
}

/** Browser sign-in is on when Entra auth is used and the app registration's client secret is given. */
export function signInFrom(env: VaultEnv, auth: AuthConfig): SignInConfig | null {
  const clientSecret = env.MAILGUARD_ENTRA_CLIENT_SECRET ?? '';
  if (auth.kind !== 'entra' || clientSecret === '') return null;
  return {
    tenantId: auth.tenantId,
    clientId: env.MAILGUARD_ENTRA_CLIENT_ID ?? auth.audience.replace(/^api:\/\//, ''),
    clientSecret,
    authority: authorityOf(env),
  };
}

/**
 * The DPO console signs in with MSAL in the browser (a public client: no secret) when Entra auth is used
 * and the console's own app registration is named; the token it asks for is the vault API's.
 */
export function consoleSignInFrom(env: VaultEnv, auth: AuthConfig): ConsoleSignInConfig | null {
  const clientId = env.MAILGUARD_CONSOLE_CLIENT_ID;
  if (auth.kind !== 'entra' || clientId === undefined) return null;
  const api = auth.audience.startsWith('api://') ? auth.audience : `api://${auth.audience}`;
  return {
    authority: `${authorityOf(env)}/${auth.tenantId}`,
    clientId,
    scopes: [`${api}/access_as_user`],
  };
}

export function storageFrom(env: VaultEnv, dataDir: string): { metadata: MetadataConfig; blobs: BlobConfig } {
  const pgUrl = env.MAILGUARD_DATABASE_URL;
  const bucket = env.MAILGUARD_S3_BUCKET;
  const endpoint = env.MAILGUARD_S3_ENDPOINT;
  return {
    metadata:
      pgUrl === undefined
        ? { kind: 'sqlite', path: join(dataDir, 'vault.db') }
        : { kind: 'postgres', url: pgUrl, schema: env.MAILGUARD_DATABASE_SCHEMA ?? 'public' },
    blobs:
      bucket === undefined
        ? { kind: 'fs', root: join(dataDir, 'blobs') }
        : {
            kind: 's3',
            bucket,
            region: env.MAILGUARD_S3_REGION ?? 'eu-north-1',
            forcePathStyle: env.MAILGUARD_S3_PATH_STYLE ?? false,
            prefix: env.MAILGUARD_S3_PREFIX ?? 'blobs/',
            ...(endpoint === undefined ? {} : { endpoint }),
          },
  };
}
