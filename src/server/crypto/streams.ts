import { Transform, type TransformCallback } from 'node:stream';
import {
  DecryptionError,
  HEADER_BYTES,
  MAGIC,
  encodeHeader,
  frameBytes,
  openChunk,
  sealChunk,
} from './chunked';

/**
 * Incremental encryptor. It holds back one full chunk, because a chunk is only known to be the last when
 * the input ends. `startIndex` lets a resumable upload continue a file across requests.
 */
export class ChunkEncryptor {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private index: number;

  constructor(
    private readonly key: Buffer,
    private readonly fileId: string,
    readonly chunkSize: number,
    startIndex = 0,
  ) {
    this.index = startIndex;
  }

  header(): Buffer {
    return encodeHeader(this.chunkSize);
  }

  /** Feeds plaintext; returns the frames that are now certainly not last. */
  push(data: Buffer): Buffer[] {
    this.pending.push(data);
    this.pendingBytes += data.length;
    const out: Buffer[] = [];
    if (this.pendingBytes <= this.chunkSize) return out;
    let all = Buffer.concat(this.pending, this.pendingBytes);
    // Strictly more than one chunk must remain so the final chunk is still held back.
    while (all.length > this.chunkSize) {
      out.push(sealChunk(this.key, this.fileId, this.index++, false, all.subarray(0, this.chunkSize)));
      all = all.subarray(this.chunkSize);
    }
    this.pending = [all];
    this.pendingBytes = all.length;
    return out;
  }

  /** Seals every whole chunk held (none marked last); keeps a torn tail back. For resumable segments. */
  flushWhole(): { frames: Buffer[]; tail: number } {
    const all = Buffer.concat(this.pending, this.pendingBytes);
    const frames: Buffer[] = [];
    let at = 0;
    for (; at + this.chunkSize <= all.length; at += this.chunkSize) {
      frames.push(
        sealChunk(this.key, this.fileId, this.index++, false, all.subarray(at, at + this.chunkSize)),
      );
    }
    this.pending = [];
    this.pendingBytes = 0;
    return { frames, tail: all.length - at };
  }

  /** Seals what is held as the last chunk (possibly empty). */
  final(): Buffer {
    const rest = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return sealChunk(this.key, this.fileId, this.index++, true, rest);
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
