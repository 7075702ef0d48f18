/** Sign-in to the vault: Nested App Authentication in Outlook, development tokens with `--dev-auth`. */
export { createTokenProvider, userEmail, DEV_USER_EMAIL } from './choose';
export type { TokenProviderOptions } from './choose';
export { createDevTokenProvider } from './dev-token';
export type { Fetcher } from './dev-token';
export { createNaaTokenProvider } from './naa';
export { SignInError } from './types';
export type { SignInProblem, TokenProvider, TokenRequestOptions } from './types';
