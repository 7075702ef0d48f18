import { ConfigError, loadConfig } from '../../src/server';

const KEY = { MAILGUARD_MASTER_KEY: 'b'.repeat(64) };
const ENTRA = {
  ...KEY,
  MAILGUARD_TENANT_ID: '11111111-2222-3333-4444-555555555555',
  MAILGUARD_AUDIENCE: 'api://vault',
  MAILGUARD_PUBLIC_URL: 'https://vault.vinnter.se',
};

describe('vault configuration (validated once at boot)', () => {
  it('defaults to embedded storage in ./.mailguard-data on port 8787 with --dev-auth', () => {
    const config = loadConfig({ devAuth: true }, {});
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      auth: { kind: 'dev' },
      metadata: { kind: 'sqlite' },
      blobs: { kind: 'fs' },
      linkExpiryDays: 30,
    });
    expect(config.dataDir.endsWith('.mailguard-data')).toBe(true);
  });

  it('builds Entra, PostgreSQL and S3 settings from the environment', () => {
    const config = loadConfig(
      {},
      {
        ...ENTRA,
        MAILGUARD_DATABASE_URL: 'postgres://db/vault',
        MAILGUARD_S3_BUCKET: 'mg',
        MAILGUARD_S3_ENDPOINT: 'https://s3.example',
        MAILGUARD_CORS_ORIGINS: 'https://addin.vinnter.se',
      },
    );
    expect(config.auth).toMatchObject({
      kind: 'entra',
      issuer: 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0',
      jwksUrl: 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/discovery/v2.0/keys',
    });
    expect(config.metadata).toMatchObject({ kind: 'postgres', url: 'postgres://db/vault' });
    expect(config.blobs).toMatchObject({ kind: 's3', bucket: 'mg', endpoint: 'https://s3.example' });
    expect(config.corsOrigins).toEqual(['https://addin.vinnter.se']);
  });

  it.each([
    ['--dev-auth on a public bind', { devAuth: true, host: '0.0.0.0' }, {}, /dev-auth is for local use only/],
    [
      'production without a master key',
      {},
      { MAILGUARD_TENANT_ID: '11111111-2222-3333-4444-555555555555', MAILGUARD_AUDIENCE: 'x' },
      /MASTER_KEY/,
    ],
    ['production without a tenant', {}, KEY, /tenant id/],
    [
      'production links over plain http',
      {},
      { ...ENTRA, MAILGUARD_PUBLIC_URL: 'http://vault.vinnter.se' },
      /https/,
    ],
    [
      'a retention class above 10 years (P5)',
      { devAuth: true },
      { MAILGUARD_RETENTION_CLASSES: 'standard=365,forever=3700' },
      /10 years/,
    ],
    [
      'a link expiry longer than retention',
      { devAuth: true },
      { MAILGUARD_RETENTION_CLASSES: 'standard=20' },
      /link expiry/,
    ],
    [
      'an undefined default class',
      { devAuth: true },
      { MAILGUARD_DEFAULT_RETENTION_CLASS: 'none' },
      /not defined/,
    ],
    [
      'a malformed CORS origin',
      { devAuth: true },
      { MAILGUARD_CORS_ORIGINS: 'localhost:3000' },
      /CORS origin/,
    ],
    ['a non-numeric port', { devAuth: true }, { MAILGUARD_PORT: 'http' }, /MAILGUARD_PORT/],
    [
      '"trust every proxy"',
      { devAuth: true },
      { MAILGUARD_TRUST_PROXY: 'true' },
      /MAILGUARD_TRUSTED_PROXIES/,
    ],
    [
      'a proxy that is no address',
      { devAuth: true },
      { MAILGUARD_TRUSTED_PROXIES: 'proxy.local' },
      /trusted proxy/,
    ],
    ['a zero request timeout', { devAuth: true }, { MAILGUARD_REQUEST_TIMEOUT_SECONDS: '0' }, /timeouts/],
    [
      'a header timeout above the request timeout',
      { devAuth: true },
      { MAILGUARD_REQUEST_TIMEOUT_SECONDS: '10', MAILGUARD_HEADERS_TIMEOUT_SECONDS: '20' },
      /header timeout/,
    ],
    [
      'no connections at all',
      { devAuth: true },
      { MAILGUARD_MAX_CONNECTIONS_PER_IP: '0' },
      /connections per address/,
    ],
  ])('refuses %s', (_label, flags, env, message) => {
    expect(() => loadConfig(flags, env)).toThrow(ConfigError);
    expect(() => loadConfig(flags, env)).toThrow(message);
  });

  it('has timeouts, a connection cap and no trusted proxy by default; all set from the environment', () => {
    expect(loadConfig({ devAuth: true }, {})).toMatchObject({
      timeouts: { requestMs: 300_000, headersMs: 15_000, idleMs: 30_000, keepAliveMs: 5_000 },
      maxConnectionsPerAddress: 256,
      landingRateLimitPerMinute: 30,
      trustedProxies: [],
    });
    const config = loadConfig(
      { devAuth: true },
      {
        MAILGUARD_REQUEST_TIMEOUT_SECONDS: '120',
        MAILGUARD_HEADERS_TIMEOUT_SECONDS: '10',
        MAILGUARD_IDLE_TIMEOUT_SECONDS: '20',
        MAILGUARD_KEEP_ALIVE_SECONDS: '3',
        MAILGUARD_MAX_CONNECTIONS_PER_IP: '16',
        MAILGUARD_LANDING_RATE_LIMIT: '10',
        MAILGUARD_TRUSTED_PROXIES: '10.0.0.5, 192.168.0.0/16,::1',
      },
    );
    expect(config).toMatchObject({
      timeouts: { requestMs: 120_000, headersMs: 10_000, idleMs: 20_000, keepAliveMs: 3_000 },
      maxConnectionsPerAddress: 16,
      landingRateLimitPerMinute: 10,
      trustedProxies: ['10.0.0.5', '192.168.0.0/16', '::1'],
    });
  });

  it('accepts loopback binds for --dev-auth', () => {
    expect(loadConfig({ devAuth: true, host: '::1' }, {}).host).toBe('::1');
  });

  it.each([
    ['a size that is no number', { MAILGUARD_MAX_FILE_MB: 'big' }, /MAILGUARD_MAX_FILE_MB must be integer/],
    ['a fractional link expiry', { MAILGUARD_LINK_EXPIRY_DAYS: '2.5' }, /MAILGUARD_LINK_EXPIRY_DAYS/],
    ['an unknown log level', { MAILGUARD_LOG_LEVEL: 'loud' }, /MAILGUARD_LOG_LEVEL must be one of fatal/],
    ['a flag that is not true/false', { MAILGUARD_NOTIFY_FIRST_DOWNLOAD: 'yes' }, /NOTIFY_FIRST_DOWNLOAD/],
    ['a sweep every 0 seconds', { MAILGUARD_SWEEP_SECONDS: '0' }, /MAILGUARD_SWEEP_SECONDS must be >= 1/],
    ['a port above 65535', { MAILGUARD_PORT: '70000' }, /MAILGUARD_PORT must be <= 65535/],
  ])('names the variable of %s', (_label, env, message) => {
    expect(() => loadConfig({ devAuth: true }, env)).toThrow(message);
  });

  it('lists every bad variable at once and never echoes a value', () => {
    const secretish = 'p4ss-w0rd-in-the-wrong-place';
    let error: unknown;
    try {
      loadConfig({ devAuth: true }, { MAILGUARD_PORT: secretish, MAILGUARD_RATE_LIMIT: secretish });
    } catch (caught: unknown) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'MAILGUARD_PORT must be integer',
      'MAILGUARD_RATE_LIMIT must be integer',
    ]);
    expect(String(error)).not.toContain(secretish);
  });

  it('converts numbers and flags, and takes an empty variable as unset', () => {
    const config = loadConfig(
      { devAuth: true },
      {
        MAILGUARD_MAX_FILE_MB: '10',
        MAILGUARD_NOTIFY_FIRST_DOWNLOAD: 'true',
        MAILGUARD_LOG_LEVEL: 'warn',
        MAILGUARD_PORT: '',
        MAILGUARD_CLAMD: '',
      },
    );
    expect(config).toMatchObject({
      maxFileBytes: 10 * 1048576,
      notifyFirstDownload: true,
      logLevel: 'warn',
      port: 8787,
      clamd: null,
    });
  });

  it('signs the console in through Entra when its app registration is named', () => {
    expect(loadConfig({}, ENTRA).consoleSignIn).toBeNull();
    expect(loadConfig({ devAuth: true }, { MAILGUARD_CONSOLE_CLIENT_ID: 'x' }).consoleSignIn).toBeNull();
    const config = loadConfig(
      {},
      { ...ENTRA, MAILGUARD_CONSOLE_CLIENT_ID: 'aaaaaaaa-2222-3333-4444-555555555555' },
    );
    expect(config.consoleSignIn).toEqual({
      authority: 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555',
      clientId: 'aaaaaaaa-2222-3333-4444-555555555555',
      scopes: ['api://vault/access_as_user'],
    });
    expect(() => loadConfig({}, { ...ENTRA, MAILGUARD_CONSOLE_CLIENT_ID: 'console' })).toThrow(
      /MAILGUARD_CONSOLE_CLIENT_ID/,
    );
  });
});
