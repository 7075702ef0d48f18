import type { createRemoteJWKSet } from 'jose';
import { loadJose } from './jose';
import {
  AuthError,
  IdentityProviderError,
  principalFromClaims,
  type Principal,
  type TokenVerifier,
} from './principal';

/**
 * The tenant, the vault API's audience, the issuer (`https://login.microsoftonline.com/<tenant>/v2.0` unless
 * the authority is configured), where the tenant's keys are published, and the DPO app role.
 */
export interface EntraSettings {
  readonly tenantId: string;
  readonly audience: string;
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly dpoRole: string;
}

/**
 * Verifies Microsoft Entra ID v2 access tokens issued for the vault's own API: signature against the
 * tenant's JWKS (cached and refreshed by jose on unknown `kid`), issuer, audience, expiry and scope.
 */
export class EntraVerifier implements TokenVerifier {
  /** Created with the first verification (jose is loaded then); one key set, one cache, from then on. */
  private keys: ReturnType<typeof createRemoteJWKSet> | null = null;

  constructor(private readonly settings: EntraSettings) {
    // Checked now, as before: a malformed JWKS address is a boot error, not a failure at the first request.
    new URL(settings.jwksUrl);
  }

  async verify(token: string): Promise<Principal> {
    const { createRemoteJWKSet, errors, jwtVerify } = await loadJose();
    this.keys ??= createRemoteJWKSet(new URL(this.settings.jwksUrl), {
      timeoutDuration: 5000,
      cooldownDuration: 30_000,
    });
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ['RS256'],
        clockTolerance: 60,
      });
      if (payload['tid'] !== undefined && payload['tid'] !== this.settings.tenantId) {
        throw new AuthError('The token is from another tenant.');
      }
      return principalFromClaims(payload, this.settings.dpoRole);
    } catch (error: unknown) {
      if (error instanceof AuthError) throw error;
      if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
        throw new IdentityProviderError('The tenant signing keys cannot be fetched.', { cause: error });
      }
      throw new AuthError('The access token is not valid.', { cause: error });
    }
  }
}
