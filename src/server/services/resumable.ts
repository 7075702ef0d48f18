import { createHash, randomBytes } from 'node:crypto';
import { open, unlink } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { encodeHeader } from '../crypto/chunked';
import { ChunkEncryptor, decryptStream } from '../crypto/streams';
import { VaultHttpError } from '../errors';
import { ClamavStream } from '../pipeline/clamav';
import { SNIFF_BYTES } from '../pipeline/sniff';
import { enforceType, scannerRefusal, scannerVerdict } from '../pipeline/ingest';
import type { UploadRecord, UploadSegment } from '../storage/types';
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

/** The upload's segments, checked to cover `[0, size)` without gap or overlap. */
async function contiguousSegments(ctx: VaultContext, upload: UploadRecord): Promise<UploadSegment[]> {
  const segments = await ctx.meta.uploads.listSegments(upload.id);
  let expected = 0;
  for (const segment of segments) {
    if (segment.start !== expected) throw conflict();
    expected = segment.end;
  }
  if (expected !== upload.size) throw conflict();
  return segments;
}

/** The checks a commit makes on the plaintext: SHA-256, the type of the first bytes, and clamd. */
class PlainCheck {
  private readonly hash = createHash('sha256');
  private head: Buffer | null = Buffer.alloc(0);
  readonly scanner: ClamavStream | null;

  constructor(
    ctx: VaultContext,
    private readonly upload: UploadRecord,
  ) {
    this.scanner = ctx.config.clamd === null ? null : new ClamavStream(ctx.config.clamd);
  }

  async update(chunk: Buffer): Promise<void> {
    this.hash.update(chunk);
    if (this.head !== null) {
      this.head = Buffer.concat([this.head, chunk]);
      if (this.head.length >= SNIFF_BYTES) {
        enforceType(this.upload.fileName, this.head.subarray(0, SNIFF_BYTES), this.upload.contentType);
        this.head = null;
      }
    }
    if (this.scanner !== null) await this.scanner.write(chunk);
  }

  async finish(): Promise<string> {
    if (this.head !== null) enforceType(this.upload.fileName, this.head, this.upload.contentType);
    await scannerVerdict(this.scanner);
    return this.hash.digest('hex');
  }
}

/**
 * Reads a complete upload's segments from the shared store once: each piece goes into a local staging file
 * (header + frames, fsynced) and, on the way, through decryption to establish the SHA-256 and the type and to
 * scan it (the hash state of earlier requests is not kept between them). The checks and the blob commit then
 * run as for a one-shot upload; the segment keys are returned for deletion after it. On any failure the
 * staging file is removed.
 */
export async function stageVerified(
  ctx: VaultContext,
  upload: UploadRecord,
): Promise<{ path: string; sha256: string; encryptedBytes: number; segmentKeys: string[] }> {
  const segments = await contiguousSegments(ctx, upload);
  const path = stagingPath(ctx.stagingDir, upload.id, 'upload');
  await unlink(path).catch(() => undefined); // left by an interrupted commit on this instance
  const handle = await open(path, 'wx', 0o600);
  const key = ctx.masterKey.unwrap(upload.wrappedKey, upload.fileId);
  const check = new PlainCheck(ctx, upload);
  let encryptedBytes = 0;
  async function* ciphertext(): AsyncGenerator<Buffer> {
    const header = encodeHeader(ctx.chunkSize);
    for (const source of [[header], ...segments.map((segment) => segment.objectKey)]) {
      const pieces = typeof source === 'string' ? await ctx.blobs.readSegment(source) : source;
      for await (const piece of pieces as AsyncIterable<Buffer>) {
        await handle.write(piece);
        encryptedBytes += piece.length;
        yield piece;
      }
    }
  }
  try {
    await pipeline(ciphertext, decryptStream(key, upload.fileId), async (plain: AsyncIterable<Buffer>) => {
      for await (const chunk of plain) await check.update(chunk);
    });
    const sha256 = await check.finish();
    await handle.sync();
    await handle.close();
    return { path, sha256, encryptedBytes, segmentKeys: segments.map((segment) => segment.objectKey) };
  } catch (error: unknown) {
    check.scanner?.abort();
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw scannerRefusal(error);
  } finally {
    key.fill(0);
  }
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
