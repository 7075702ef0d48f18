import { join, resolve } from 'node:path';
import { ConfigError, configProblems, type VaultConfig } from './config';
import { readVaultEnv } from './config-env-schema';
import {
  authFrom,
  consoleSignInFrom,
  list,
  parseClasses,
  signInFrom,
  storageFrom,
  type Env,
} from './config-sources';

/** Command-line flags of `mailguard vault` (they win over the environment). */
export interface VaultFlags {
  readonly dataDir?: string;
  readonly port?: number;
  readonly host?: string;
  readonly devAuth?: boolean;
}

const DAY_CLASSES = { short: 30, standard: 365, long: 3650 };

/** The embedded-storage defaults for a data folder (used by the CLI and by tests). */
export function defaultConfig(dataDir: string): VaultConfig {
  return {
    host: '127.0.0.1',
    port: 8787,
    publicUrl: 'http://127.0.0.1:8787',
    dataDir,
    corsOrigins: ['https://localhost:3000'],
    auth: { kind: 'dev' },
    signIn: null,
    consoleSignIn: null,
    metadata: { kind: 'sqlite', path: join(dataDir, 'vault.db') },
    blobs: { kind: 'fs', root: join(dataDir, 'blobs') },
    masterKey: { kind: 'file', path: join(dataDir, 'master.key') },
    maxFileBytes: 250 * 1024 * 1024,
    linkExpiryDays: 30,
    retentionClasses: DAY_CLASSES,
    defaultRetentionClass: 'standard',
    clamd: null,
    smtpUrl: null,
    mailFrom: 'Mail Guard <no-reply@localhost>',
    brand: { name: 'Mail Guard', logoFile: null },
    consoleDir: null,
    notifyFirstDownload: false,
    rateLimitPerMinute: 600,
    landingRateLimitPerMinute: 30,
    timeouts: { requestMs: 300_000, headersMs: 15_000, idleMs: 30_000, keepAliveMs: 5_000 },
    maxConnectionsPerAddress: 256,
    sweepIntervalMs: 60_000,
    orphanGraceMs: 15 * 60_000,
    uploadSessionHours: 24,
    logLevel: 'info',
    trustedProxies: [],
  };
}

/** Builds and validates the configuration from flags and `MAILGUARD_*` variables; throws {@link ConfigError}. */
export function loadConfig(flags: VaultFlags, env: Env): VaultConfig {
  const v = readVaultEnv(env);
  const problems: string[] = [];
  const dataDir = resolve(flags.dataDir ?? v.MAILGUARD_DATA_DIR ?? '.mailguard-data');
  const base = defaultConfig(dataDir);
  const host = flags.host ?? v.MAILGUARD_HOST ?? base.host;
  const port = flags.port ?? v.MAILGUARD_PORT ?? base.port;
  const key = v.MAILGUARD_MASTER_KEY;
  const keyFile = v.MAILGUARD_MASTER_KEY_FILE;
  const devAuth = flags.devAuth === true;
  if (!devAuth && key === undefined && keyFile === undefined) {
    problems.push(
      'set MAILGUARD_MASTER_KEY or MAILGUARD_MASTER_KEY_FILE (kept outside the database and backups)',
    );
  }
  const classes = v.MAILGUARD_RETENTION_CLASSES;
  const auth = authFrom(v, devAuth);
  const seconds = (value: number | undefined, fallbackMs: number): number =>
    value === undefined ? fallbackMs : value * 1000;
  const config: VaultConfig = {
    ...base,
    ...storageFrom(v, dataDir),
    host,
    port,
    publicUrl: v.MAILGUARD_PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    corsOrigins: list(v.MAILGUARD_CORS_ORIGINS ?? base.corsOrigins.join(',')),
    auth,
    signIn: signInFrom(v, auth),
    consoleSignIn: consoleSignInFrom(v, auth),
    masterKey:
      key !== undefined
        ? { kind: 'inline', value: key }
        : { kind: 'file', path: resolve(keyFile ?? base.dataDir + '/master.key') },
    maxFileBytes: (v.MAILGUARD_MAX_FILE_MB ?? base.maxFileBytes / 1048576) * 1048576,
    linkExpiryDays: v.MAILGUARD_LINK_EXPIRY_DAYS ?? base.linkExpiryDays,
    retentionClasses: classes === undefined ? base.retentionClasses : parseClasses(classes, problems),
    defaultRetentionClass: v.MAILGUARD_DEFAULT_RETENTION_CLASS ?? base.defaultRetentionClass,
    clamd: v.MAILGUARD_CLAMD ?? null,
    smtpUrl: v.MAILGUARD_SMTP_URL ?? null,
    mailFrom: v.MAILGUARD_MAIL_FROM ?? base.mailFrom,
    brand: {
      name: v.MAILGUARD_COMPANY_NAME ?? base.brand.name,
      logoFile: v.MAILGUARD_COMPANY_LOGO === undefined ? null : resolve(v.MAILGUARD_COMPANY_LOGO),
    },
    consoleDir: resolve(v.MAILGUARD_CONSOLE_DIR ?? 'dist/console'),
    notifyFirstDownload: v.MAILGUARD_NOTIFY_FIRST_DOWNLOAD ?? false,
    rateLimitPerMinute: v.MAILGUARD_RATE_LIMIT ?? base.rateLimitPerMinute,
    sweepIntervalMs: seconds(v.MAILGUARD_SWEEP_SECONDS, base.sweepIntervalMs),
    logLevel: v.MAILGUARD_LOG_LEVEL ?? base.logLevel,
    landingRateLimitPerMinute: v.MAILGUARD_LANDING_RATE_LIMIT ?? base.landingRateLimitPerMinute,
    timeouts: {
      requestMs: seconds(v.MAILGUARD_REQUEST_TIMEOUT_SECONDS, base.timeouts.requestMs),
      headersMs: seconds(v.MAILGUARD_HEADERS_TIMEOUT_SECONDS, base.timeouts.headersMs),
      idleMs: seconds(v.MAILGUARD_IDLE_TIMEOUT_SECONDS, base.timeouts.idleMs),
      keepAliveMs: seconds(v.MAILGUARD_KEEP_ALIVE_SECONDS, base.timeouts.keepAliveMs),
    },
    maxConnectionsPerAddress: v.MAILGUARD_MAX_CONNECTIONS_PER_IP ?? base.maxConnectionsPerAddress,
    trustedProxies: list(v.MAILGUARD_TRUSTED_PROXIES ?? ''),
  };
  if (v.MAILGUARD_TRUST_PROXY !== undefined) {
    problems.push(
      'MAILGUARD_TRUST_PROXY is replaced by MAILGUARD_TRUSTED_PROXIES (the proxy addresses; "trust all" is gone)',
    );
  }
  problems.push(...configProblems(config));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
