/**
 * How the console gets a bearer token for its own vault. `--dev-auth` vaults issue a local token with the DPO
 * role; Entra vaults sign the user in with MSAL (authorization code + PKCE, redirect back to /console/) and
 * the token carries the `dpo` app role when the user has it (the vault checks; the console only asks).
 */
import type { ConsoleMe, ConsoleSignIn } from '../contract';
import { expectWire } from '../contract/check';
import { ConsoleMeSchema, ConsoleSignInSchema, DevTokenSchema } from '../contract/schema';

/** A token source: each API call asks, so MSAL can renew silently. */
export type TokenSource = () => Promise<string>;

/** The signed-in user: who, and where tokens come from. */
export interface Session {
  readonly who: string;
  readonly token: TokenSource;
  signOut(): Promise<void>;
}

/** The vault's sign-in mode (`GET /api/console/sign-in`, public). */
export async function signInMode(): Promise<ConsoleSignIn> {
  const response = await fetch('/api/console/sign-in', { cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return expectWire(ConsoleSignInSchema, await response.json(), 'GET /api/console/sign-in');
}

/** A dev-auth session with the DPO role (`--dev-auth` vaults only). */
export async function devSession(email: string): Promise<Session> {
  const response = await fetch('/api/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, roles: ['dpo'] }),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const { access_token } = expectWire(DevTokenSchema, await response.json(), 'POST /api/dev/token');
  return { who: email, token: async () => access_token, signOut: async () => undefined };
}

/** The signed-in account lacks the DPO app role; the console has dropped its tokens. */
export class NotDpoError extends Error {
  override name = 'NotDpoError' as const;
  constructor(readonly who: string) {
    super(`${who} does not hold the DPO role.`);
  }
}

/** Who the vault sees behind a token, and whether it carries the DPO role (`GET /api/console/me`). */
async function whoIs(token: string): Promise<ConsoleMe> {
  const response = await fetch('/api/console/me', {
    headers: { authorization: `Bearer ${token}` },
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return expectWire(ConsoleMeSchema, await response.json(), 'GET /api/console/me');
}

type EntraSettings = Extract<ConsoleSignIn, { kind: 'entra' }>;

/** MSAL knows Microsoft's own hosts; any other authority (a national cloud, a test provider) is named. */
const ENTRA_HOST = 'login.microsoftonline.com';

/** MSAL, loaded only on Entra vaults (it is most of the console's weight). */
async function msalFor(settings: EntraSettings) {
  const { PublicClientApplication } = await import('@azure/msal-browser');
  const redirectUri = `${window.location.origin}/console/`;
  const host = new URL(settings.authority).host;
  const msal = new PublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      redirectUri,
      ...(host === ENTRA_HOST ? {} : { knownAuthorities: [host] }),
    },
    cache: { cacheLocation: 'sessionStorage' },
  });
  await msal.initialize();
  return msal;
}

/**
 * The Entra session after a redirect back from sign-in, or the one already in this tab; null when nobody
 * is signed in (then {@link entraSignIn} starts the redirect). An account without the DPO role is refused
 * here: its tokens are cleared from this tab and {@link NotDpoError} names it.
 */
export async function entraSession(settings: EntraSettings): Promise<Session | null> {
  const msal = await msalFor(settings);
  const result = await msal.handleRedirectPromise();
  const account = result?.account ?? msal.getAllAccounts()[0] ?? null;
  if (account === null) return null;
  msal.setActiveAccount(account);
  const scopes = [...settings.scopes];
  const me = await whoIs((await msal.acquireTokenSilent({ scopes, account })).accessToken);
  if (!me.dpo) {
    await msal.clearCache({ account });
    throw new NotDpoError(account.username);
  }
  return {
    who: account.username,
    token: async () => {
      try {
        return (await msal.acquireTokenSilent({ scopes, account })).accessToken;
      } catch {
        await msal.acquireTokenRedirect({ scopes, account });
        throw new Error('Signing in again.');
      }
    },
    signOut: () =>
      msal.logoutRedirect({ account, postLogoutRedirectUri: `${window.location.origin}/console/` }),
  };
}

/**
 * Sends the browser to Entra ID; it comes back to /console/ and {@link entraSession} picks it up. After a
 * refused account, `chooseAccount` asks Entra to show its account picker (`prompt=select_account`): while
 * the tenant session is alive, Entra would otherwise sign the same account in again at once.
 */
export async function entraSignIn(
  settings: EntraSettings,
  options: { readonly chooseAccount: boolean } = { chooseAccount: false },
): Promise<void> {
  const msal = await msalFor(settings);
  await msal.loginRedirect({
    scopes: [...settings.scopes],
    ...(options.chooseAccount ? { prompt: 'select_account' } : {}),
  });
}
