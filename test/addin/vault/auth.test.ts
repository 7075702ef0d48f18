/** Sign-in to the vault: which provider is chosen, development tokens, and NAA silent-then-popup with MSAL injected. */
import * as msal from '@azure/msal-browser';
import {
  SignInError,
  createDevTokenProvider,
  createNaaTokenProvider,
  createTokenProvider,
  type Fetcher,
} from '../../../src/addin/auth';
import type { OfficeHost } from '../../../src/addin';

const AUTH = {
  tenantId: '00000000-0000-0000-0000-000000000001',
  clientId: 'client',
  scope: 'api://vault/access_as_user',
};
const host = (naa: boolean, email?: string): OfficeHost =>
  ({
    context: {
      displayLanguage: 'en-US',
      requirements: {
        isSetSupported: (name: string) => name === 'Mailbox' || (naa && name === 'NestedAppAuth'),
      },
      mailbox: { userProfile: email ? { emailAddress: email } : undefined },
    },
  }) as unknown as OfficeHost;

function fetcher(status = 200): Fetcher & { bodies: string[] } {
  const bodies: string[] = [];
  const f = async (_url: string, init: { body: string }) => {
    bodies.push(init.body);
    return { ok: status === 200, status, json: async () => ({ access_token: `token-${bodies.length}` }) };
  };
  return Object.assign(f, { bodies });
}

describe('createTokenProvider', () => {
  it.each([
    ['NAA when policy.json has auth and Outlook supports NestedAppAuth 1.1', AUTH, true, 'nested-app-auth'],
    ['unavailable when Outlook lacks NestedAppAuth', AUTH, false, 'unavailable'],
    ['development sign-in without auth settings', undefined, false, 'dev'],
  ] as const)('chooses %s', (_what, auth, naa, kind) => {
    expect(
      createTokenProvider({ auth, vaultUrl: 'http://127.0.0.1:8787', host: host(naa), fetcher: fetcher() })
        .kind,
    ).toBe(kind);
  });

  it('says why when sign-in is unavailable', async () => {
    const provider = createTokenProvider({
      auth: AUTH,
      vaultUrl: 'x',
      host: host(false),
      fetcher: fetcher(),
    });
    await expect(provider.getToken()).rejects.toMatchObject({ name: 'SignInError', problem: 'unsupported' });
  });

  it("asks the dev vault for the signed-in user's token, caches it and refreshes on demand", async () => {
    const f = fetcher();
    const provider = createTokenProvider({
      auth: undefined,
      vaultUrl: 'http://127.0.0.1:8787/',
      host: host(false, 'Anna@Vinnter.se'),
      fetcher: f,
    });
    expect(await provider.getToken()).toBe('token-1');
    expect(await provider.getToken()).toBe('token-1');
    expect(await provider.getToken({ forceRefresh: true })).toBe('token-2');
    expect(JSON.parse(f.bodies[0] ?? '{}')).toEqual({ email: 'Anna@Vinnter.se' });
  });

  it.each([
    [404, 'unsupported'],
    [500, 'failed'],
  ])('turns a dev token answer %d into SignInError %s', async (status, problem) => {
    await expect(
      createDevTokenProvider('http://v', 'a@b.se', fetcher(status)).getToken(),
    ).rejects.toMatchObject({ problem });
  });
});

describe('Nested App Authentication', () => {
  function fakeMsal(silent: () => Promise<string>, popup: () => Promise<string>) {
    const calls: string[] = [];
    const app = {
      acquireTokenSilent: async () => (calls.push('silent'), { accessToken: await silent() }),
      acquireTokenPopup: async () => (calls.push('popup'), { accessToken: await popup() }),
    };
    const loaded = {
      ...msal,
      createNestablePublicClientApplication: async () => app,
    } as unknown as typeof msal;
    return { calls, load: async () => loaded };
  }

  it('gets the token silently when it can', async () => {
    const fake = fakeMsal(
      async () => 'silent-token',
      async () => 'popup-token',
    );
    expect(await createNaaTokenProvider(AUTH, fake.load).getToken()).toBe('silent-token');
    expect(fake.calls).toEqual(['silent']);
  });

  it('falls back to a popup when Entra ID needs the user', async () => {
    const fake = fakeMsal(
      async () => {
        throw new msal.InteractionRequiredAuthError('consent_required', 'test', 'consent needed');
      },
      async () => 'popup-token',
    );
    expect(await createNaaTokenProvider(AUTH, fake.load).getToken()).toBe('popup-token');
    expect(fake.calls).toEqual(['silent', 'popup']);
  });

  it('reports a closed popup as cancelled, not as broken', async () => {
    const fake = fakeMsal(
      async () => {
        throw new msal.InteractionRequiredAuthError('login_required', 'test', 'login needed');
      },
      async () => {
        throw new msal.BrowserAuthError('user_cancelled', 'test');
      },
    );
    const error = await createNaaTokenProvider(AUTH, fake.load)
      .getToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect(error).toMatchObject({ problem: 'cancelled' });
  });
});
