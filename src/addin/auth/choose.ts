/**
 * Picks the vault sign-in. With tenant settings in policy.json (`auth`): Nested App Authentication, when
 * this Outlook supports NestedAppAuth 1.1. Without them: development sign-in against a `--dev-auth` vault
 * (the compose simulator, `npm start`); a production vault has no such route and says so.
 */
import type { AuthSettings } from '../../core/policy/types';
import type { OfficeHost } from '../office-host';
import { createDevTokenProvider, type Fetcher } from './dev-token';
import { createNaaTokenProvider } from './naa';
import { SignInError, type TokenProvider } from './types';

/** The development user when the host does not say who is signed in (the compose simulator). */
export const DEV_USER_EMAIL = 'developer@mailguard.test';

export interface TokenProviderOptions {
  readonly auth: AuthSettings | undefined;
  readonly vaultUrl: string;
  readonly host: OfficeHost | undefined;
  readonly fetcher: Fetcher;
}

/** The signed-in user's address from `Office.context.mailbox.userProfile` (not part of {@link OfficeHost}). */
export function userEmail(host: OfficeHost | undefined): string | undefined {
  const mailbox = host?.context.mailbox as
    { readonly userProfile?: { readonly emailAddress?: unknown } } | undefined;
  const address = mailbox?.userProfile?.emailAddress;
  return typeof address === 'string' && address.includes('@') ? address : undefined;
}

const unavailable = (message: string): TokenProvider => ({
  kind: 'unavailable',
  getToken: () => Promise.reject(new SignInError('unsupported', message)),
});

export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  if (options.auth !== undefined) {
    const naa = options.host?.context.requirements.isSetSupported('NestedAppAuth', '1.1') === true;
    return naa
      ? createNaaTokenProvider(options.auth)
      : unavailable('This version of Outlook cannot sign in to the secure server (NestedAppAuth 1.1).');
  }
  return createDevTokenProvider(options.vaultUrl, userEmail(options.host) ?? DEV_USER_EMAIL, options.fetcher);
}
