import type { FastifyRequest } from 'fastify';
import { AuthError, IdentityProviderError, type Principal } from '../auth/principal';
import { VaultHttpError, forbidden, unauthenticated } from '../errors';
import type { VaultContext } from '../services/context';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook on every non-public `/api` route; null elsewhere. */
    principal: Principal | null;
  }
}

/** The bearer token of a request, or null. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
  return match?.[1] ?? null;
}

/** Verifies the bearer token (once per request); 401 when it is missing or does not verify. */
export async function signedIn(ctx: VaultContext, request: FastifyRequest): Promise<Principal> {
  if (request.principal !== null) return request.principal;
  const token = bearerToken(request);
  if (token === null) throw unauthenticated();
  try {
    request.principal = await ctx.verifier.verify(token);
    return request.principal;
  } catch (error: unknown) {
    if (error instanceof AuthError) throw unauthenticated();
    if (error instanceof IdentityProviderError) {
      throw new VaultHttpError(
        503,
        'identity-unavailable',
        'Sign-in cannot be checked right now; try again shortly.',
        { cause: error },
      );
    }
    throw error;
  }
}

/** The signed-in data protection officer; 403 for anyone else. */
export async function signedInDpo(ctx: VaultContext, request: FastifyRequest): Promise<Principal> {
  const principal = await signedIn(ctx, request);
  if (!principal.isDpo) throw forbidden();
  return principal;
}

/** The caller the authentication hook verified (routes behind the hook only). */
export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === null) throw unauthenticated(); // a public route asked: refuse, never guess
  return request.principal;
}

/** The verified caller, who must be the data protection officer; 403 for anyone else. */
export function dpoOf(request: FastifyRequest): Principal {
  const principal = principalOf(request);
  if (!principal.isDpo) throw forbidden();
  return principal;
}
