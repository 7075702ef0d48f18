import { Readable } from 'node:stream';
import { decryptFrames } from '../crypto/decrypt-frames';
import { VaultHttpError } from '../errors';
import type { BlobReader, FileRecord } from '../storage/types';
import type { VaultContext } from './context';

/**
 * The decrypted bytes of a stored file as a stream; errors mid-way (tampering) abort the stream. Frames are
 * read and opened one at a time as the client takes the bytes, in the vault's shared frame pool, so many
 * concurrent downloads do not each buffer whole chunks of ciphertext.
 */
export async function openContent(ctx: VaultContext, file: FileRecord): Promise<Readable> {
  if (file.wrappedKey === null) throw new VaultHttpError(410, 'gone', 'This file has been erased.');
  const key = ctx.masterKey.unwrap(file.wrappedKey, file.id);
  let source: Readable | BlobReader;
  try {
    // In place where the store can (no buffer per read), else as a stream.
    source = (await ctx.blobs.openReader?.(file.id)) ?? (await ctx.blobs.read(file.id));
  } catch (error: unknown) {
    throw new VaultHttpError(503, 'storage-unavailable', 'The file cannot be read right now.', {
      cause: error,
    });
  }
  // Byte mode: a 16 KiB mark, so one chunk of plaintext is queued until the socket has taken it.
  return Readable.from(decryptFrames(source, key, file.id, ctx.framePool), { objectMode: false });
}

/** `Content-Disposition` with an ASCII fallback and the RFC 6266 / 8187 UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
