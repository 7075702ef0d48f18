/**
 * UTF-8 decoding of a byte stream in chunks: a multi-byte sequence split between two chunks is held back
 * until its remaining bytes arrive.
 */
import { decodeUtf8 } from './decode-text';

/** Length of the trailing incomplete UTF-8 sequence of `bytes` (0–3). */
function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back] as number;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** Feeds bytes in, gets text out. */
export class Utf8Stream {
  private pending: Uint8Array = new Uint8Array(0);

  /** Text of the complete sequences so far. */
  push(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.pending.length > 0) {
      bytes = new Uint8Array(this.pending.length + chunk.length);
      bytes.set(this.pending);
      bytes.set(chunk, this.pending.length);
    }
    const keep = incompleteTail(bytes);
    this.pending = keep > 0 ? bytes.slice(bytes.length - keep) : new Uint8Array(0);
    return decodeUtf8(keep > 0 ? bytes.subarray(0, bytes.length - keep) : bytes);
  }

  /** Whatever is left (an incomplete sequence decodes to U+FFFD). */
  end(): string {
    const rest = this.pending;
    this.pending = new Uint8Array(0);
    return rest.length > 0 ? decodeUtf8(rest) : '';
  }
}
