import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat, unlink } from 'node:fs/promises';
import { encodeHeader } from '../crypto/chunked';
import { ChunkEncryptor, decryptStream } from '../crypto/streams';
import { VaultHttpError } from '../errors';
import { ClamavStream } from '../pipeline/clamav';
import { SNIFF_BYTES } from '../pipeline/sniff';
import { enforceType, scannerRefusal, scannerVerdict } from '../pipeline/ingest';
import type { UploadRecord } from '../storage/types';
import type { VaultContext } from './context';
import { stagingPath } from './staging';

/**
 * Plaintext bytes gathered before a segment object is written: bounds the memory one PUT holds and how much
 * a dropped connection can lose, while keeping the number of objects per upload small.
 */
export const SEGMENT_BYTES = 8 * 1024 * 1024;

/** How long one instance may hold an upload for its commit before another may take it over. */
const COMMIT_LEASE_MS = 15 * 60_000;

/** `<upload>/<start, 15 digits>-<random>`: unique, so two racing writers never overwrite each other. */
function segmentKey(uploadId: string, start: number): string {
  return `${uploadId}/${String(start).padStart(15, '0')}-${randomBytes(6).toString('hex')}`;
}

const conflict = (): VaultHttpError =>
  new VaultHttpError(409, 'conflict', 'Another segment or a commit changed this upload first.');

/**
 * Appends one PUT segment starting at `upload.offset`. Encrypted whole chunks go to the shared blob store
 * as segment objects of up to {@link SEGMENT_BYTES}; each object's range is recorded (and the offset moved)
 * in one transaction that only succeeds if nobody else moved the offset meanwhile, so any instance may take
 * the next PUT. A torn tail from a dropped connection is discarded; the durable offset is returned.
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
  let durable = upload.offset;
  let frames: Buffer[] = [];
  let plain = 0;
  let lost = false;
  const flush = async (): Promise<void> => {
    if (frames.length === 0) return;
    const data = Buffer.concat(frames);
    const segment = { start: durable, end: durable + plain, objectKey: segmentKey(upload.id, durable) };
    await ctx.blobs.putSegment(segment.objectKey, data);
    const recorded = await ctx.meta.uploads.appendSegment(upload.id, {
      ...segment,
      encryptedBytes: data.length,
    });
    if (!recorded) {
      lost = true;
      await ctx.blobs.deleteSegment(segment.objectKey).catch(() => undefined);
      throw conflict();
    }
    durable = segment.end;
    frames = [];
    plain = 0;
  };
  const add = (sealed: Buffer[], plainBytes: number): void => {
    frames.push(...sealed);
    plain += plainBytes;
  };
  let received = 0;
  try {
    for await (const chunk of body) {
      received += chunk.length;
      if (upload.offset + received > end + 1)
        throw new VaultHttpError(400, 'bad-request', 'The body is longer than Content-Range says.');
      const sealed = encryptor.push(chunk);
      add(sealed, sealed.length * chunkSize);
      if (plain >= SEGMENT_BYTES) await flush();
    }
    if (upload.offset + received === upload.size) add([encryptor.final()], upload.size - durable - plain);
  } finally {
    try {
      if (!lost && durable + plain < upload.size) {
        const whole = encryptor.flushWhole().frames;
        add(whole, whole.length * chunkSize);
      }
      // Whatever whole chunks arrived are kept, also when the body broke off; only then is the offset moved.
      if (!lost) await flush();
    } finally {
      key.fill(0);
    }
  }
  return durable;
}

/**
 * Gathers a complete upload's segments from the shared store into a local staging file (header + frames),
 * for this request only: the checks and the blob commit then run as for a one-shot upload.
 */
export async function assembleStaged(ctx: VaultContext, upload: UploadRecord): Promise<string> {
  const segments = await ctx.meta.uploads.listSegments(upload.id);
  let expected = 0;
  for (const segment of segments) {
    if (segment.start !== expected) throw conflict();
    expected = segment.end;
  }
  if (expected !== upload.size) throw conflict();
  const path = stagingPath(ctx.stagingDir, upload.id, 'upload');
  await unlink(path).catch(() => undefined); // left by an interrupted commit on this instance
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.write(encodeHeader(ctx.chunkSize));
    for (const segment of segments) {
      for await (const piece of await ctx.blobs.readSegment(segment.objectKey))
        await handle.write(piece as Buffer);
    }
    await handle.sync();
  } catch (error: unknown) {
    await handle.close();
    await unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return path;
}

/** Takes a complete upload for this commit (409 while another instance is committing it). */
export async function claimCommit(ctx: VaultContext, upload: UploadRecord): Promise<void> {
  const now = ctx.now();
  const until = new Date(now.getTime() + COMMIT_LEASE_MS);
  if (!(await ctx.meta.uploads.claimCommit(upload.id, now, until))) {
    throw new VaultHttpError(
      409,
      'offset-mismatch',
      `Incomplete or being committed: resume from ${upload.offset}.`,
    );
  }
}

/**
 * Re-reads a complete upload through decryption to establish its SHA-256 and type and to scan it, before
 * it may be committed (the hash state of earlier requests is not kept between them).
 */
export async function verifyStaged(
  ctx: VaultContext,
  upload: UploadRecord,
  path: string,
): Promise<{ sha256: string; encryptedBytes: number }> {
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

/** Deletes the segment objects of an upload (after its rows are gone or about to go). */
export async function deleteSegments(ctx: VaultContext, keys: readonly string[]): Promise<void> {
  for (const key of keys) await ctx.blobs.deleteSegment(key).catch(() => undefined);
}

/** Drops a session: its rows, then its segment objects and any local staging file. */
export async function discardUpload(ctx: VaultContext, id: string): Promise<void> {
  const keys = (await ctx.meta.uploads.listSegments(id)).map((segment) => segment.objectKey);
  await ctx.meta.uploads.delete(id);
  await deleteSegments(ctx, keys);
  await unlink(stagingPath(ctx.stagingDir, id, 'upload')).catch(() => undefined);
}
