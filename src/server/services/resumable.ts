import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat, unlink } from 'node:fs/promises';
import { HEADER_BYTES, frameBytes } from '../crypto/chunked';
import { ChunkEncryptor, decryptStream } from '../crypto/streams';
import { VaultHttpError } from '../errors';
import { ClamavStream } from '../pipeline/clamav';
import { SNIFF_BYTES } from '../pipeline/sniff';
import { enforceType, scannerRefusal, scannerVerdict } from '../pipeline/ingest';
import type { UploadRecord } from '../storage/types';
import type { VaultContext } from './context';
import { stagingPath } from './staging';

/** Where the encrypted form of plaintext offset `offset` (a chunk boundary) starts. */
function encryptedPosition(offset: number, chunkSize: number): number {
  return HEADER_BYTES + (offset / chunkSize) * frameBytes(chunkSize);
}

/**
 * Appends one PUT segment starting at `upload.offset`. Only whole chunks (or the final one) are kept: a
 * torn tail from a dropped connection is discarded, and the new durable offset is returned either way.
 */
export async function appendSegment(
  ctx: VaultContext,
  upload: UploadRecord,
  end: number,
  body: AsyncIterable<Buffer>,
): Promise<number> {
  const chunkSize = ctx.chunkSize;
  const key = ctx.masterKey.unwrap(upload.wrappedKey, upload.fileId);
  const encryptor = new ChunkEncryptor(key, upload.fileId, chunkSize, upload.offset / chunkSize);
  const handle = await open(stagingPath(ctx.stagingDir, upload.id, 'upload'), 'r+');
  let position = encryptedPosition(upload.offset, chunkSize);
  let durable = upload.offset;
  let received = 0;
  const write = async (frames: Buffer[], plainBytes: number): Promise<void> => {
    if (frames.length === 0) return;
    position += (await handle.writev(frames, position)).bytesWritten;
    durable += plainBytes;
  };
  try {
    await handle.truncate(position); // drop whatever a crashed earlier segment left past the durable offset
    for await (const chunk of body) {
      received += chunk.length;
      if (upload.offset + received > end + 1)
        throw new VaultHttpError(400, 'bad-request', 'The body is longer than Content-Range says.');
      const frames = encryptor.push(chunk);
      await write(frames, frames.length * chunkSize);
    }
    if (upload.offset + received === upload.size) {
      await write([encryptor.final()], upload.size - durable);
    }
  } finally {
    try {
      if (durable < upload.size) {
        const { frames } = encryptor.flushWhole();
        await write(frames, frames.length * chunkSize).catch(() => undefined);
      }
      await handle.sync();
      // Only what is fsynced becomes the offset a client may resume from.
      await ctx.meta.setUploadOffset(upload.id, durable);
    } finally {
      await handle.close();
      key.fill(0);
    }
  }
  return durable;
}

/**
 * Re-reads a complete upload through decryption to establish its SHA-256 and type and to scan it, before
 * it may be committed (the hash state of earlier requests is not kept between them).
 */
export async function verifyStaged(
  ctx: VaultContext,
  upload: UploadRecord,
): Promise<{ sha256: string; encryptedBytes: number }> {
  const path = stagingPath(ctx.stagingDir, upload.id, 'upload');
  const key = ctx.masterKey.unwrap(upload.wrappedKey, upload.fileId);
  const hash = createHash('sha256');
  const scanner = ctx.config.clamd === null ? null : new ClamavStream(ctx.config.clamd);
  let head: Buffer | null = Buffer.alloc(0);
  try {
    const plain = createReadStream(path, { highWaterMark: 1024 * 1024 }).pipe(
      decryptStream(key, upload.fileId),
    );
    for await (const chunk of plain as AsyncIterable<Buffer>) {
      hash.update(chunk);
      if (head !== null) {
        head = Buffer.concat([head, chunk]);
        if (head.length >= SNIFF_BYTES) {
          enforceType(upload.fileName, head.subarray(0, SNIFF_BYTES), upload.contentType);
          head = null;
        }
      }
      if (scanner !== null) await scanner.write(chunk);
    }
    if (head !== null) enforceType(upload.fileName, head, upload.contentType);
    await scannerVerdict(scanner);
  } catch (error: unknown) {
    scanner?.abort();
    throw scannerRefusal(error);
  } finally {
    key.fill(0);
  }
  return { sha256: hash.digest('hex'), encryptedBytes: (await stat(path)).size };
}

/** Drops a session and its staging file. */
export async function discardUpload(ctx: VaultContext, id: string): Promise<void> {
  await unlink(stagingPath(ctx.stagingDir, id, 'upload')).catch(() => undefined);
  await ctx.meta.deleteUpload(id);
}
