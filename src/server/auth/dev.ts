import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { loadJose } from './jose';
import {
  AuthError,
  REQUIRED_SCOPE,
  principalFromClaims,
  type Principal,
  type TokenVerifier,
} from './principal';

const ISSUER = 'urn:mailguard:dev-auth';
const AUDIENCE = 'urn:mailguard:vault';

/**
 * `--dev-auth`: a key pair made at start-up signs tokens for any address (local use only; the config refuses
 * non-loopback binds). Tokens carry the same claims as Entra's, so the rest of the vault cannot tell.
 */
export class DevAuthority implements TokenVerifier {
  private constructor(
    private readonly privateKey: KeyObject,
    private readonly publicKey: KeyObject,
  ) {}

  /** The key pair comes from Node itself (P-256, as ES256 needs); jose is loaded with the first token. */
  static async create(): Promise<DevAuthority> {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    return Promise.resolve(new DevAuthority(privateKey, publicKey));
  }

  async issue(email: string, roles: readonly string[]): Promise<string> {
    const { SignJWT } = await loadJose();
    return new SignJWT({
      scp: REQUIRED_SCOPE,
      preferred_username: email,
      name: email.split('@')[0] ?? '',
      roles: [...roles],
    })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('8h')
      .sign(this.privateKey);
  }

  async verify(token: string): Promise<Principal> {
    const { errors, jwtVerify } = await loadJose();
    try {
      const { payload } = await jwtVerify(token, this.publicKey, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['ES256'],
      });
      return principalFromClaims(payload, 'dpo');
    } catch (error: unknown) {
      if (error instanceof AuthError) throw error;
      if (error instanceof errors.JOSEError)
        throw new AuthError('The access token is not valid.', { cause: error });
      throw error;
    }
  }
}
