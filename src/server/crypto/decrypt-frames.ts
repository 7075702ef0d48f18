import { DecryptionError, HEADER_BYTES, MAGIC, frameBytes, openChunk } from './chunked';
import type { FramePool } from './frame-pool';

/** Reads exact byte counts from a stream of pieces, copying into buffers the caller owns. */
class ExactReader {
  private readonly pieces: AsyncIterator<Buffer>;
  private piece: Buffer | null = null;
  private at = 0;
  private ended = false;

  constructor(source: AsyncIterable<Buffer>) {
    this.pieces = source[Symbol.asyncIterator]();
  }

  /** Fills `target` from the stream; returns how many bytes it got (fewer only at the end). */
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

  /** Whether any byte is left, waiting for the next piece if need be. */
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

  /** Stops the source early (the download was abandoned or failed). */
  async close(): Promise<void> {
    await this.pieces.return?.();
  }
}

/**
 * Decrypts a blob (header + frames) frame by frame, yielding each chunk's plaintext only once it has
 * authenticated. A frame is assembled and opened in a slot of `pool`, which is given back before the
 * plaintext is yielded; the next frame is read only when the consumer asks for more, so each download holds
 * at most one chunk of plaintext beyond what its socket has taken. Throws {@link DecryptionError} on any
 * tampering, truncation or the wrong key, exactly where `decryptStream` would.
 */
export async function* decryptFrames(
  source: AsyncIterable<Buffer>,
  key: Buffer,
  fileId: string,
  pool: FramePool,
): AsyncGenerator<Buffer, void, undefined> {
  const reader = new ExactReader(source);
  try {
    const header = Buffer.alloc(HEADER_BYTES);
    if ((await reader.readInto(header)) < HEADER_BYTES || !header.subarray(0, 4).equals(MAGIC))
      throw new DecryptionError('Not a vault blob.');
    const frame = frameBytes(header.readUInt32BE(4));
    for (let index = 0; ; index += 1) {
      const slot = await pool.acquire(frame);
      let plain: Buffer;
      let last: boolean;
      try {
        const view = slot.subarray(0, frame);
        const got = await reader.readInto(view);
        // A frame followed by more bytes is not the last one.
        last = got < frame || !(await reader.hasMore());
        plain = openChunk(key, fileId, index, last, view.subarray(0, got));
      } finally {
        pool.release(slot);
      }
      if (plain.length > 0) yield plain;
      if (last) return;
    }
  } finally {
    await reader.close();
  }
}
