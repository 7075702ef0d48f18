import { Transform, type TransformCallback } from 'node:stream';
import {
  DecryptionError,
  HEADER_BYTES,
  MAGIC,
  encodeHeader,
  frameBytes,
  openChunk,
  sealChunkParts,
  type FrameParts,
} from './chunked';

/**
 * Incremental encryptor. It holds back one full chunk, because a chunk is only known to be the last when
 * the input ends. `startIndex` lets a resumable upload continue a file across requests.
 *
 * Input is copied at most once: into the held chunk, whose buffer is reused for every chunk (the cipher
 * writes its output to a new buffer), or not at all when a whole chunk with more input after it arrives in
 * one piece and is sealed where it lies.
 */
export class ChunkEncryptor {
  private readonly held: Buffer;
  private heldBytes = 0;
  private index: number;

  constructor(
    private readonly key: Buffer,
    private readonly fileId: string,
    readonly chunkSize: number,
    startIndex = 0,
  ) {
    this.index = startIndex;
    this.held = Buffer.allocUnsafe(chunkSize);
  }

  header(): Buffer {
    return encodeHeader(this.chunkSize);
  }

  /** Feeds plaintext; returns the frames that are now certainly not last. */
  push(data: Buffer): Buffer[] {
    return this.pushParts(data).map((parts) => Buffer.concat(parts));
  }

  /** As {@link push}, each frame as its parts (nonce, ciphertext, tag) for a vectored write. */
  pushParts(data: Buffer): FrameParts[] {
    const out: FrameParts[] = [];
    let at = 0;
    while (at < data.length) {
      // More input follows the held chunk, so it is not the last one.
      if (this.heldBytes === this.chunkSize) {
        out.push(this.seal(this.held, false));
        this.heldBytes = 0;
      }
      if (this.heldBytes === 0 && data.length - at > this.chunkSize) {
        out.push(this.seal(data.subarray(at, at + this.chunkSize), false));
        at += this.chunkSize;
        continue;
      }
      const copied = data.copy(this.held, this.heldBytes, at, at + this.chunkSize - this.heldBytes);
      this.heldBytes += copied;
      at += copied;
    }
    return out;
  }

  /** Seals every whole chunk held (none marked last); keeps a torn tail back. For resumable segments. */
  flushWhole(): { frames: Buffer[]; tail: number } {
    const whole = this.heldBytes === this.chunkSize;
    const frames = whole ? [Buffer.concat(this.seal(this.held, false))] : [];
    const tail = whole ? 0 : this.heldBytes;
    this.heldBytes = 0;
    return { frames, tail };
  }

  /** Seals what is held as the last chunk (possibly empty). */
  final(): Buffer {
    return Buffer.concat(this.finalParts());
  }

  /** As {@link final}, as the frame's parts. */
  finalParts(): FrameParts {
    const frame = this.seal(this.held.subarray(0, this.heldBytes), true);
    this.heldBytes = 0;
    return frame;
  }

  private seal(plain: Buffer, last: boolean): FrameParts {
    return sealChunkParts(this.key, this.fileId, this.index++, last, plain);
  }
}

/** Decrypting transform: ciphertext (header + frames) in, plaintext out; errors on any tampering. */
export function decryptStream(key: Buffer, fileId: string): Transform {
  // Incoming pieces are collected and joined once per frame, not once per piece.
  let pieces: Buffer[] = [];
  let pending = 0;
  let frame = 0;
  let index = 0;
  const take = (): Buffer => {
    const all = pieces.length === 1 && pieces[0] !== undefined ? pieces[0] : Buffer.concat(pieces, pending);
    pieces = [];
    pending = 0;
    return all;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      pieces.push(chunk);
      pending += chunk.length;
      try {
        if (frame === 0) {
          if (pending < HEADER_BYTES) return callback();
          let all = take();
          if (!all.subarray(0, 4).equals(MAGIC)) throw new DecryptionError('Not a vault blob.');
          frame = frameBytes(all.readUInt32BE(4));
          all = all.subarray(HEADER_BYTES);
          pieces = [all];
          pending = all.length;
        }
        // A frame followed by more bytes is not the last one.
        if (pending > frame) {
          let all = take();
          while (all.length > frame) {
            this.push(openChunk(key, fileId, index++, false, all.subarray(0, frame)));
            all = all.subarray(frame);
          }
          pieces = [all];
          pending = all.length;
        }
        callback();
      } catch (error: unknown) {
        callback(error instanceof Error ? error : new DecryptionError(String(error)));
      }
    },
    flush(callback: TransformCallback) {
      try {
        if (frame === 0) throw new DecryptionError('Not a vault blob.');
        this.push(openChunk(key, fileId, index++, true, take()));
        callback();
      } catch (error: unknown) {
        callback(error instanceof Error ? error : new DecryptionError(String(error)));
      }
    },
  });
}
