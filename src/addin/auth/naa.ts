/**
 * Nested App Authentication (NAA): Outlook brokers the sign-in for the add-in, so the user is not asked
 * again. Silent first; a popup only when Entra ID needs the user (consent, MFA, expired session).
 * MSAL is loaded on first use, keeping it out of the task pane's first-load JavaScript.
 */
import type { AuthSettings } from '../../core/policy/types';
import { SignInError, type TokenProvider } from './types';

type Msal = typeof import('@azure/msal-browser');
type ClientApp = Awaited<ReturnType<Msal['createNestablePublicClientApplication']>>;

/** MSAL's error names that mean "the user must take part", not "sign-in is broken". */
function needsInteraction(msal: Msal, error: unknown): boolean {
  return (
    error instanceof msal.InteractionRequiredAuthError ||
    (error instanceof msal.BrowserAuthError && error.errorCode === 'no_account_error')
  );
}

function signInFailure(msal: Msal, error: unknown): SignInError {
  if (
    error instanceof msal.BrowserAuthError &&
    /cancel|popup_window_error|user_cancelled/.test(error.errorCode)
  ) {
    return new SignInError('cancelled', 'Sign-in was cancelled.', { cause: error });
  }
  if (error instanceof msal.AuthError && error.errorCode === 'network_error') {
    return new SignInError('unreachable', 'The sign-in service could not be reached.', { cause: error });
  }
  return new SignInError('failed', 'Sign-in to the secure server failed.', { cause: error });
}

/**
 * Tokens for the vault's scope (`api://<vault app>/access_as_user`) through NAA. `loadMsal` is injectable
 * for tests; by default `@azure/msal-browser` is imported on first use.
 */
export function createNaaTokenProvider(
  settings: AuthSettings,
  loadMsal: () => Promise<Msal> = () => import('@azure/msal-browser'),
): TokenProvider {
  let started: Promise<{ msal: Msal; app: ClientApp }> | undefined;
  const start = (): Promise<{ msal: Msal; app: ClientApp }> => {
    started ??= loadMsal().then(async (msal) => {
      const app = await msal.createNestablePublicClientApplication({
        auth: {
          clientId: settings.clientId,
          authority: `https://login.microsoftonline.com/${settings.tenantId}`,
        },
      });
      return { msal, app };
    });
    return started;
  };
  return {
    kind: 'nested-app-auth',
    async getToken(options = {}) {
      let msal: Msal;
      let app: ClientApp;
      try {
        ({ msal, app } = await start());
      } catch (error: unknown) {
        started = undefined;
        throw new SignInError('unsupported', 'Sign-in could not start in this Outlook.', { cause: error });
      }
      const request = { scopes: [settings.scope], ...(options.forceRefresh ? { forceRefresh: true } : {}) };
      try {
        return (await app.acquireTokenSilent(request)).accessToken;
      } catch (error: unknown) {
        if (!needsInteraction(msal, error)) throw signInFailure(msal, error);
      }
      try {
        return (await app.acquireTokenPopup({ scopes: [settings.scope] })).accessToken;
      } catch (error: unknown) {
        throw signInFailure(msal, error);
      }
    },
  };
}
