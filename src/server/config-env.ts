import { join, resolve } from 'node:path';
import { ConfigError, configProblems, type VaultConfig } from './config';
import {
  authFrom,
  int,
  list,
  parseClasses,
  signInFrom,
  storageFrom,
  timeoutsFrom,
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
  const problems: string[] = [];
  const dataDir = resolve(flags.dataDir ?? env['MAILGUARD_DATA_DIR'] ?? '.mailguard-data');
  const base = defaultConfig(dataDir);
  const host = flags.host ?? env['MAILGUARD_HOST'] ?? base.host;
  const port = flags.port ?? int(env, 'MAILGUARD_PORT', base.port, problems);
  const key = env['MAILGUARD_MASTER_KEY'];
  const keyFile = env['MAILGUARD_MASTER_KEY_FILE'];
  const devAuth = flags.devAuth === true;
  if (!devAuth && (key === undefined || key === '') && (keyFile === undefined || keyFile === '')) {
    problems.push(
      'set MAILGUARD_MASTER_KEY or MAILGUARD_MASTER_KEY_FILE (kept outside the database and backups)',
    );
  }
  const classes = env['MAILGUARD_RETENTION_CLASSES'];
  const auth = authFrom(env, devAuth);
  const config: VaultConfig = {
    ...base,
    ...storageFrom(env, dataDir),
    host,
    port,
    publicUrl: env['MAILGUARD_PUBLIC_URL'] ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    corsOrigins: list(env['MAILGUARD_CORS_ORIGINS'] ?? base.corsOrigins.join(',')),
    auth,
    signIn: signInFrom(env, auth),
    masterKey:
      key !== undefined && key !== ''
        ? { kind: 'inline', value: key }
        : { kind: 'file', path: resolve(keyFile ?? base.dataDir + '/master.key') },
    maxFileBytes: int(env, 'MAILGUARD_MAX_FILE_MB', base.maxFileBytes / 1048576, problems) * 1048576,
    linkExpiryDays: int(env, 'MAILGUARD_LINK_EXPIRY_DAYS', base.linkExpiryDays, problems),
    retentionClasses: classes === undefined ? base.retentionClasses : parseClasses(classes, problems),
    defaultRetentionClass: env['MAILGUARD_DEFAULT_RETENTION_CLASS'] ?? base.defaultRetentionClass,
    clamd: env['MAILGUARD_CLAMD'] || null,
    smtpUrl: env['MAILGUARD_SMTP_URL'] || null,
    mailFrom: env['MAILGUARD_MAIL_FROM'] ?? base.mailFrom,
    brand: {
      name: env['MAILGUARD_COMPANY_NAME'] || base.brand.name,
      logoFile: env['MAILGUARD_COMPANY_LOGO'] ? resolve(env['MAILGUARD_COMPANY_LOGO']) : null,
    },
    consoleDir: resolve(env['MAILGUARD_CONSOLE_DIR'] || 'dist/console'),
    notifyFirstDownload: env['MAILGUARD_NOTIFY_FIRST_DOWNLOAD'] === 'true',
    rateLimitPerMinute: int(env, 'MAILGUARD_RATE_LIMIT', base.rateLimitPerMinute, problems),
    sweepIntervalMs: int(env, 'MAILGUARD_SWEEP_SECONDS', base.sweepIntervalMs / 1000, problems) * 1000,
    logLevel: (env['MAILGUARD_LOG_LEVEL'] as VaultConfig['logLevel'] | undefined) ?? base.logLevel,
    landingRateLimitPerMinute: int(
      env,
      'MAILGUARD_LANDING_RATE_LIMIT',
      base.landingRateLimitPerMinute,
      problems,
    ),
    timeouts: timeoutsFrom(env, base.timeouts, problems),
    maxConnectionsPerAddress: int(
      env,
      'MAILGUARD_MAX_CONNECTIONS_PER_IP',
      base.maxConnectionsPerAddress,
      problems,
    ),
    trustedProxies: list(env['MAILGUARD_TRUSTED_PROXIES'] ?? ''),
  };
  if (env['MAILGUARD_TRUST_PROXY'] !== undefined) {
    problems.push(
      'MAILGUARD_TRUST_PROXY is replaced by MAILGUARD_TRUSTED_PROXIES (the proxy addresses; "trust all" is gone)',
    );
  }
  problems.push(...configProblems(config));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
