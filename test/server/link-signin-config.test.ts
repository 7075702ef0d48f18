import { ConfigError } from '../../src/server/config';
import { loadConfig } from '../../src/server/config-env';

const BASE = {
  MAILGUARD_TENANT_ID: '11111111-2222-3333-4444-555555555555',
  MAILGUARD_AUDIENCE: 'api://99999999-8888-7777-6666-555555555555',
  MAILGUARD_PUBLIC_URL: 'https://vault.vinnter.se',
  MAILGUARD_MASTER_KEY: '00'.repeat(32),
};

/** The work-account sign-in is configured from the environment and validated at boot. */
describe('link sign-in configuration', () => {
  it('is off without a client secret', () => {
    expect(loadConfig({}, BASE).signIn).toBeNull();
  });

  it('takes the client id from the audience and the default authority', () => {
    const config = loadConfig({}, { ...BASE, MAILGUARD_ENTRA_CLIENT_SECRET: 's3cret' });
    expect(config.signIn).toEqual({
      tenantId: BASE.MAILGUARD_TENANT_ID,
      clientId: '99999999-8888-7777-6666-555555555555',
      clientSecret: 's3cret',
      authority: 'https://login.microsoftonline.com',
    });
  });

  it('moves every Entra address with one configured authority (national cloud, test provider)', () => {
    const authority = 'https://login.microsoftonline.us';
    const tenant = `${authority}/${BASE.MAILGUARD_TENANT_ID}`;
    const config = loadConfig(
      {},
      {
        ...BASE,
        MAILGUARD_ENTRA_CLIENT_SECRET: 's3cret',
        MAILGUARD_ENTRA_AUTHORITY: `${authority}/`,
        MAILGUARD_CONSOLE_CLIENT_ID: '77777777-8888-7777-6666-555555555555',
      },
    );
    expect(config.auth).toMatchObject({
      issuer: `${tenant}/v2.0`,
      jwksUrl: `${tenant}/discovery/v2.0/keys`,
    });
    expect(config.signIn?.authority).toBe(authority);
    expect(config.consoleSignIn?.authority).toBe(tenant);
  });

  it('is off with --dev-auth', () => {
    expect(loadConfig({ devAuth: true }, { MAILGUARD_ENTRA_CLIENT_SECRET: 's3cret' }).signIn).toBeNull();
  });

  it.each([
    ['a client id that is not a GUID', { MAILGUARD_ENTRA_CLIENT_ID: 'vault' }, /CLIENT_ID/],
    ['an authority with a path', { MAILGUARD_ENTRA_AUTHORITY: 'https://login.example/x' }, /AUTHORITY/],
  ])('refuses %s', (_label, extra, problem) => {
    const env = { ...BASE, MAILGUARD_ENTRA_CLIENT_SECRET: 's3cret', ...extra };
    expect(() => loadConfig({}, env)).toThrow(ConfigError);
    expect(() => loadConfig({}, env)).toThrow(problem);
  });
});
