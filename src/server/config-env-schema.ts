/**
 * The `MAILGUARD_*` variables the vault reads, as one schema: `env-schema` checks and converts them (numbers,
 * true/false, log levels) and names the variable in every complaint. Cross-field rules (retention against
 * link expiry, Entra settings in production…) stay in `configProblems`. An empty variable counts as unset.
 */
import { Type, type Static } from '@sinclair/typebox';
import envSchema from 'env-schema';
import { ConfigError, type VaultConfig } from './config';

/** The environment as `loadConfig` reads it (config-sources.ts passes it on to its callers). */
export type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;

const text = (description: string) => Type.Optional(Type.String({ description }));
const whole = (description: string, minimum = 0) => Type.Optional(Type.Integer({ minimum, description }));
const flag = (description: string) => Type.Optional(Type.Boolean({ description }));

export const VaultEnvSchema = Type.Object({
  MAILGUARD_DATA_DIR: text('Folder of the embedded database, blobs and key (default ./.mailguard-data)'),
  MAILGUARD_HOST: text('Address to bind'),
  MAILGUARD_PORT: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535, description: 'Port to bind' })),
  MAILGUARD_PUBLIC_URL: text('Base of the links put in mail (https:// in production)'),
  MAILGUARD_MASTER_KEY: text('32-byte key, hex or base64'),
  MAILGUARD_MASTER_KEY_FILE: text('File holding the master key'),
  MAILGUARD_CORS_ORIGINS: text('Comma-separated origins of the add-in'),
  MAILGUARD_TENANT_ID: text('Entra tenant id (GUID)'),
  MAILGUARD_AUDIENCE: text('The vault API app id or api:// URI'),
  MAILGUARD_JWKS_URL: text("Where the tenant's signing keys are published"),
  MAILGUARD_DPO_ROLE: text('App role of the data protection officer (default dpo)'),
  MAILGUARD_ENTRA_CLIENT_ID: text('App registration used for recipient sign-in'),
  MAILGUARD_ENTRA_CLIENT_SECRET: text('Its client secret (never logged)'),
  MAILGUARD_ENTRA_AUTHORITY: text('Sign-in authority (default https://login.microsoftonline.com)'),
  MAILGUARD_CONSOLE_CLIENT_ID: text('App registration (single-page application) of the DPO console'),
  MAILGUARD_DATABASE_URL: text('PostgreSQL URL; unset = embedded SQLite'),
  MAILGUARD_DATABASE_SCHEMA: text('PostgreSQL schema (default public)'),
  MAILGUARD_S3_BUCKET: text('S3 bucket; unset = blobs on disk'),
  MAILGUARD_S3_REGION: text('S3 region (default eu-north-1)'),
  MAILGUARD_S3_ENDPOINT: text('S3-compatible endpoint'),
  MAILGUARD_S3_PATH_STYLE: flag('Path-style S3 addressing (true/false)'),
  MAILGUARD_S3_PREFIX: text('Key prefix of blobs (default blobs/)'),
  MAILGUARD_MAX_FILE_MB: whole('Largest file accepted, MB', 1),
  MAILGUARD_LINK_EXPIRY_DAYS: whole('Days a link works'),
  MAILGUARD_RETENTION_CLASSES: text('name=days,… (at most 10 years each)'),
  MAILGUARD_DEFAULT_RETENTION_CLASS: text('Class used when the add-in names none'),
  MAILGUARD_CLAMD: text('clamd host:port or socket; unset = no virus scanning'),
  MAILGUARD_SMTP_URL: text('smtp(s):// URL for one-time codes'),
  MAILGUARD_MAIL_FROM: text('Sender of the vault mail'),
  MAILGUARD_COMPANY_NAME: text('Company named on the landing page'),
  MAILGUARD_COMPANY_LOGO: text('Logo file for the landing page'),
  MAILGUARD_CONSOLE_DIR: text('Built DPO console (default dist/console)'),
  MAILGUARD_NOTIFY_FIRST_DOWNLOAD: flag('Mail the sender at the first download (true/false)'),
  MAILGUARD_RATE_LIMIT: whole('API requests per minute and client'),
  MAILGUARD_LANDING_RATE_LIMIT: whole('Landing-page requests per minute and client'),
  MAILGUARD_SWEEP_SECONDS: whole('Seconds between retention sweeps', 1),
  MAILGUARD_LOG_LEVEL: Type.Optional(
    Type.Unsafe<VaultConfig['logLevel']>({ type: 'string', enum: [...LOG_LEVELS] }),
  ),
  MAILGUARD_REQUEST_TIMEOUT_SECONDS: whole('Whole-request timeout'),
  MAILGUARD_HEADERS_TIMEOUT_SECONDS: whole('Header timeout'),
  MAILGUARD_IDLE_TIMEOUT_SECONDS: whole('Idle-socket timeout'),
  MAILGUARD_KEEP_ALIVE_SECONDS: whole('Keep-alive timeout'),
  MAILGUARD_MAX_CONNECTIONS_PER_IP: whole('Open connections per client address'),
  MAILGUARD_TRUSTED_PROXIES: text('Comma-separated proxy addresses or CIDR ranges'),
  MAILGUARD_TRUST_PROXY: text('Replaced by MAILGUARD_TRUSTED_PROXIES; refused'),
});

/** The checked variables: numbers and flags converted, unknown variables dropped. */
export type VaultEnv = Static<typeof VaultEnvSchema>;

interface AjvProblem {
  readonly instancePath: string;
  readonly message?: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** `MAILGUARD_PORT must be integer`: the variable first, never its value (it may be a secret). */
function describe(problem: AjvProblem): string {
  const name = problem.instancePath.replace(/^\//, '');
  const allowed = problem.params?.['allowedValues'];
  if (Array.isArray(allowed)) return `${name} must be one of ${allowed.join(', ')}`;
  return `${name} ${problem.message ?? 'is not valid'}`;
}

/** Checks and converts the vault's variables; throws {@link ConfigError} naming every bad variable. */
export function readVaultEnv(env: Env): VaultEnv {
  const data: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    if (name.startsWith('MAILGUARD_') && value !== undefined && value !== '') data[name] = value;
  try {
    return envSchema<VaultEnv>({
      schema: structuredClone(VaultEnvSchema) as object,
      data,
      env: false,
      dotenv: false,
    });
  } catch (caught: unknown) {
    const problems = (caught as { errors?: readonly AjvProblem[] }).errors;
    if (!Array.isArray(problems)) throw caught;
    const named = [...new Set(problems.filter((p) => p.instancePath !== '').map(describe))];
    throw new ConfigError(named.length > 0 ? named : ['the environment could not be read']);
  }
}
