import { createHash, randomBytes } from 'node:crypto';

/** 128-bit random id, base64url (22 characters): unguessable and safe in paths and object keys. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** Link secret: 256 random bits (OWASP ASVS asks for at least 128), base64url (43 characters). */
export function newLinkSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of a secret: its SHA-256 (the secret has enough entropy for no salt). */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Ids in URLs must look like {@link newId} output before they reach storage (no traversal, no injection). */
export const ID_PATTERN = '^[A-Za-z0-9_-]{22}$';
/** Link secrets in URLs (43 base64url characters). */
export const SECRET_PATTERN = '^[A-Za-z0-9_-]{43}$';
