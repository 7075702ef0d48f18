import { DecryptionError, HEADER_BYTES, MAGIC, frameBytes, openChunk } from './chunked';
import type { BlobReader } from '../storage/types';
import type { FramePool } from './frame-pool';

/** Where a download's ciphertext comes from: exact byte counts into buffers the caller owns. */
interface ByteSource {
  /** Fills `target`; returns how many bytes it got (fewer only at the end). */
  readInto(target: Buffer): Promise<number>;
  /** Whether any byte is left. */
  hasMore(): Promise<boolean>;
  /** Stops early (the download was abandoned or failed) or at the end. */
  close(): Promise<void>;
}

/** A blob read in place, at increasing positions: no buffer is allocated per read. */
class ReaderSource implements ByteSource {
  private position = 0;
  constructor(private readonly reader: BlobReader) {}

  async readInto(target: Buffer): Promise<number> {
    const got = await this.reader.read(target, this.position);
    this.position += got;
    return got;
  }

  hasMore(): Promise<boolean> {
    return Promise.resolve(this.position < this.reader.size);
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}

/** A stream of pieces (S3), copied into the caller's buffers. */
class PieceSource implements ByteSource {
  private readonly pieces: AsyncIterator<Buffer>;
  private piece: Buffer | null = null;
  private at = 0;
  private ended = false;

  constructor(source: AsyncIterable<Buffer>) {
    this.pieces = source[Symbol.asyncIterator]();
  }

  async readInto(target: Buffer): Promise<number> {
    let filled = 0;
    while (filled < target.length && (await this.hasMore())) {
      const piece = this.piece as Buffer;
      const copied = piece.copy(target, filled, this.at, this.at + target.length - filled);
      filled += copied;
      this.at += copied;
    }
    return filled;
  }

  /** Waits for the next piece if need be. */
  async hasMore(): Promise<boolean> {
    while (!this.ended && (this.piece === null || this.at >= this.piece.length)) {
      const next = await this.pieces.next();
      if (next.done === true) this.ended = true;
      else {
        this.piece = next.value;
        this.at = 0;
      }
    }
    return !this.ended;
  }

  async close(): Promise<void> {
    await this.pieces.return?.();
  }
}

/**
 * Decrypts a blob (header + frames) frame by frame, yielding each chunk's plaintext only once it has
 * authenticated. A frame is assembled and opened in a slot of `pool`, which is kept until the consumer asks
 * for more (its socket has taken the chunk) or for `pool.loanMs` at most; the next frame is read only then.
 * Throws {@link DecryptionError} on any tampering, truncation or the wrong key, where `decryptStream` would.
 */
export async function* decryptFrames(
  source: AsyncIterable<Buffer> | BlobReader,
  key: Buffer,
  fileId: string,
  pool: FramePool,
): AsyncGenerator<Buffer, void, undefined> {
  const reader: ByteSource =
    Symbol.asyncIterator in source ? new PieceSource(source) : new ReaderSource(source);
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    if ((await reader.readInto(header)) < HEADER_BYTES || !header.subarray(0, 4).equals(MAGIC))
      throw new DecryptionError('Not a vault blob.');
    const frame = frameBytes(header.readUInt32BE(4));
    for (let index = 0; ; index += 1) {
      const slot = await pool.acquire(frame);
      let held = true;
      const giveBack = (): void => {
        if (!held) return;
        held = false;
        pool.release(slot);
      };
      let last = false;
      try {
        const view = slot.subarray(0, frame);
        const got = await reader.readInto(view);
        // A frame followed by more bytes is not the last one.
        last = got < frame || !(await reader.hasMore());
        const plain = openChunk(key, fileId, index, last, view.subarray(0, got));
        if (plain.length > 0) {
          // The slot's buffer is no longer read: only the count is kept while the client takes the chunk.
          const loan = setTimeout(giveBack, pool.loanMs);
          try {
            yield plain;
          } finally {
            clearTimeout(loan);
          }
        }
      } finally {
        giveBack();
      }
      if (last) return;
    }
  } finally {
    await reader.close();
  }
}
