import type { JWTPayload } from 'jose';

/** The signed-in caller, derived from a verified access token. */
export interface Principal {
  /** Lower-cased e-mail address (Entra `preferred_username`, `email` or `upn`). */
  readonly email: string;
  readonly name: string;
  readonly isDpo: boolean;
}

/** Raised when a bearer token is missing, malformed, expired, for another audience or lacks the scope. */
export class AuthError extends Error {
  override name = 'AuthError' as const;
}

/** Raised when the identity provider's keys cannot be fetched: not the caller's fault (503, not 401). */
export class IdentityProviderError extends Error {
  override name = 'IdentityProviderError' as const;
}

/** Checks bearer tokens; Entra ID in production, a local key with `--dev-auth`. */
export interface TokenVerifier {
  verify(token: string): Promise<Principal>;
}

/** The delegated scope the add-in requests for the vault's API. */
export const REQUIRED_SCOPE = 'access_as_user';

/** Turns verified claims into a principal, enforcing the scope. */
export function principalFromClaims(payload: JWTPayload, dpoRole: string): Principal {
  const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
  if (!scopes.includes(REQUIRED_SCOPE)) throw new AuthError(`The token lacks the ${REQUIRED_SCOPE} scope.`);
  const email = [payload['preferred_username'], payload['email'], payload['upn']].find(
    (value): value is string => typeof value === 'string' && value.includes('@'),
  );
  if (email === undefined) throw new AuthError('The token names no e-mail address.');
  const roles = Array.isArray(payload['roles'])
    ? payload['roles'].filter((r): r is string => typeof r === 'string')
    : [];
  const name = typeof payload['name'] === 'string' ? payload['name'] : '';
  return { email: email.toLowerCase(), name, isDpo: roles.includes(dpoRole) };
}
