import type { FastifyRequest } from 'fastify';
import { AuthError, IdentityProviderError, type Principal } from '../auth/principal';
import { VaultHttpError, forbidden, unauthenticated } from '../errors';
import type { VaultContext } from '../services/context';

/** The bearer token of a request, or null. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
  return match?.[1] ?? null;
}

/** The signed-in caller; 401 when the token is missing or does not verify. */
export async function signedIn(ctx: VaultContext, request: FastifyRequest): Promise<Principal> {
  const token = bearerToken(request);
  if (token === null) throw unauthenticated();
  try {
    return await ctx.verifier.verify(token);
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
