/**
 * Chunked AES-256-GCM (the "STREAM" construction): the plaintext is cut into fixed-size chunks, each sealed
 * with a fresh nonce and associated data = format tag, file id, chunk index and a last-chunk flag. Reordering,
 * dropping, truncating or moving chunks between files all fail authentication.
 *
 * Layout: header `MGV1` + u32 chunk size, then frames of nonce(12) ‖ ciphertext ‖ tag(16). Every frame but
 * the last carries exactly `chunkSize` plaintext bytes; the last carries 0..chunkSize.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Format tag at the start of every blob and in every chunk's associated data. */
export const MAGIC = Buffer.from('MGV1', 'ascii');
/** `MGV1` + u32 chunk size. */
export const HEADER_BYTES = 8;
export const NONCE_BYTES = 12;
export const TAG_BYTES = 16;
/** 256 KiB: few enough GCM calls for >1 GB/s, small enough to keep per-stream memory trivial. */
export const DEFAULT_CHUNK_SIZE = 256 * 1024;

/** Raised when ciphertext does not authenticate (tampered, truncated or the wrong key). */
export class DecryptionError extends Error {
  override name = 'DecryptionError' as const;
}

/** The blob header for a chunk size. */
export function encodeHeader(chunkSize: number): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(chunkSize, 4);
  return header;
}

/** Size of one full encrypted frame. */
export function frameBytes(chunkSize: number): number {
  return NONCE_BYTES + chunkSize + TAG_BYTES;
}

/** Encrypted length of `size` plaintext bytes. */
export function encryptedSize(size: number, chunkSize: number): number {
  const frames = Math.max(1, Math.ceil(size / chunkSize));
  return HEADER_BYTES + size + frames * (NONCE_BYTES + TAG_BYTES);
}

function associatedData(fileId: string, index: number, last: boolean): Buffer {
  const id = Buffer.from(fileId, 'utf8');
  const ad = Buffer.alloc(MAGIC.length + id.length + 9);
  MAGIC.copy(ad, 0);
  id.copy(ad, MAGIC.length);
  ad.writeBigUInt64BE(BigInt(index), MAGIC.length + id.length);
  ad[ad.length - 1] = last ? 1 : 0;
  return ad;
}

/** One encrypted frame as its three parts, in file order: nonce, ciphertext, tag. */
export type FrameParts = readonly [nonce: Buffer, body: Buffer, tag: Buffer];

/**
 * Encrypts one chunk into its frame's parts. A writer hands them to `writev` as they are, so the
 * ciphertext is not copied again just to join it to 28 bytes of nonce and tag.
 */
export function sealChunkParts(
  key: Buffer,
  fileId: string,
  index: number,
  last: boolean,
  plain: Buffer,
): FrameParts {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(associatedData(fileId, index, last));
  const body = cipher.update(plain);
  cipher.final();
  return [nonce, body, cipher.getAuthTag()];
}

/** Encrypts one chunk into nonce ‖ ciphertext ‖ tag. */
export function sealChunk(key: Buffer, fileId: string, index: number, last: boolean, plain: Buffer): Buffer {
  return Buffer.concat(sealChunkParts(key, fileId, index, last, plain));
}

/** Decrypts and authenticates one frame; throws {@link DecryptionError}. */
export function openChunk(key: Buffer, fileId: string, index: number, last: boolean, frame: Buffer): Buffer {
  if (frame.length < NONCE_BYTES + TAG_BYTES) throw new DecryptionError('Truncated frame.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, frame.subarray(0, NONCE_BYTES));
    decipher.setAAD(associatedData(fileId, index, last));
    decipher.setAuthTag(frame.subarray(frame.length - TAG_BYTES));
    const plain = decipher.update(frame.subarray(NONCE_BYTES, frame.length - TAG_BYTES));
    decipher.final();
    return plain;
  } catch (error: unknown) {
    throw new DecryptionError(`Chunk ${index} does not authenticate.`, { cause: error });
  }
}
