import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { MasterKey } from '../crypto/master-key';

/**
 * Small signed values for cookies: `base64url(JSON).base64url(HMAC-SHA256)`. The HMAC key is derived
 * from the master key (HKDF, own label), so every vault instance sharing the master key accepts the
 * same cookies and no extra secret has to be configured.
 */
export class CookieSigner {
  private readonly key: Buffer;

  constructor(masterKey: MasterKey, label: string) {
    const ikm = Buffer.from(masterKey.toHex(), 'hex');
    this.key = Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), `mailguard:${label}`, 32));
  }

  sign(value: object): string {
    const body = Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The parsed value, or null when the signature does not hold (tampered, other key, malformed). */
  verify(signed: string): Record<string, unknown> | null {
    const [body, mac] = signed.split('.');
    if (body === undefined || mac === undefined) return null;
    const expected = Buffer.from(this.mac(body), 'utf8');
    const given = Buffer.from(mac, 'utf8');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const value: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
    } catch (error: unknown) {
      if (error instanceof SyntaxError) return null;
      throw error;
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body, 'utf8').digest('base64url');
  }
}

/** One cookie's value from a `Cookie` request header (null when absent). */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** A `Set-Cookie` value: HttpOnly, SameSite=Lax, path-scoped, Secure when the vault is served over https. */
export function cookieHeader(
  name: string,
  value: string,
  options: { path: string; maxAgeSeconds: number; secure: boolean },
): string {
  const parts = [`${name}=${value}`, `Path=${options.path}`, `Max-Age=${options.maxAgeSeconds}`];
  parts.push('HttpOnly', 'SameSite=Lax');
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}
