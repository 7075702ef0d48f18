import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

const WRAP_VERSION = 'v1';

/** Raised when a wrapped key cannot be opened: wrong master key or tampered database. */
export class KeyUnwrapError extends Error {
  override name = 'KeyUnwrapError' as const;
}

/**
 * The master key wraps every per-file key (AES-256-GCM, file id as associated data so a wrapped key cannot
 * be moved to another file). It lives outside the database (env var or key file), so a stolen database or
 * backup alone opens nothing.
 */
export class MasterKey {
  /** Short fingerprint stored with each wrapped key, so a rotated-out key is recognised. */
  readonly keyId: string;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new RangeError('The master key must be 32 bytes (256 bits).');
    this.keyId = createHash('sha256').update(key).digest('hex').slice(0, 8);
  }

  /** Parses 64 hex digits or base64 of 32 bytes. */
  static parse(text: string): MasterKey {
    const trimmed = text.trim();
    const bytes = /^[0-9a-fA-F]{64}$/.test(trimmed)
      ? Buffer.from(trimmed, 'hex')
      : Buffer.from(trimmed, 'base64');
    return new MasterKey(bytes);
  }

  static generate(): MasterKey {
    return new MasterKey(randomBytes(32));
  }

  /**
   * A 32-byte key for one purpose (HKDF-SHA256, the purpose as info), e.g. the audit log's HMAC key: kept
   * outside the database with the master key, yet nothing needs a second secret configured.
   */
  derive(purpose: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.key, Buffer.alloc(0), `mailguard:${purpose}`, 32));
  }

  /** Hex form for writing a key file. */
  toHex(): string {
    return this.key.toString('hex');
  }

  wrap(fileKey: Buffer, fileId: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(Buffer.from(`wrap:${fileId}`, 'utf8'));
    const sealed = Buffer.concat([nonce, cipher.update(fileKey), cipher.final(), cipher.getAuthTag()]);
    return `${WRAP_VERSION}:${this.keyId}:${sealed.toString('base64')}`;
  }

  unwrap(wrapped: string, fileId: string): Buffer {
    const [version, keyId, body] = wrapped.split(':');
    if (version !== WRAP_VERSION || keyId !== this.keyId || body === undefined) {
      throw new KeyUnwrapError('The file key was wrapped by another master key.');
    }
    const sealed = Buffer.from(body, 'base64');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, 12));
      decipher.setAAD(Buffer.from(`wrap:${fileId}`, 'utf8'));
      decipher.setAuthTag(sealed.subarray(sealed.length - 16));
      return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
    } catch (error: unknown) {
      throw new KeyUnwrapError('The file key does not open.', { cause: error });
    }
  }
}
