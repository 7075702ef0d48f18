/** How the add-in gets an access token for the vault's API. */

export interface TokenRequestOptions {
  /** Skip any cached token (the vault just refused the cached one). */
  readonly forceRefresh?: boolean;
}

/** Gives bearer tokens for the vault; rejects with {@link SignInError}. */
export interface TokenProvider {
  /** Which sign-in is in use (shown in diagnostics, never a secret). */
  readonly kind: 'nested-app-auth' | 'dev' | 'unavailable';
  getToken(options?: TokenRequestOptions): Promise<string>;
}

/** Why there is no token. */
export type SignInProblem =
  /** This Outlook lacks Nested App Authentication (NestedAppAuth 1.1) or the tenant settings are missing. */
  | 'unsupported'
  /** The user closed the sign-in window or consent was refused. */
  | 'cancelled'
  /** The sign-in service or the vault's token route could not be reached. */
  | 'unreachable'
  | 'failed';

/** Sign-in to the vault failed. */
export class SignInError extends Error {
  override name = 'SignInError' as const;
  readonly problem: SignInProblem;

  constructor(problem: SignInProblem, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.problem = problem;
  }
}
