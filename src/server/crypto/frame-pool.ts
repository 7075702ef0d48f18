/**
 * A shared limit on the frames all downloads have in memory at once, with their ciphertext buffers reused.
 *
 * Each download used to join the pieces of every frame into a new buffer before decrypting it and then hand
 * its socket a whole chunk of plaintext, so 200 concurrent downloads held hundreds of megabytes. Here a
 * download takes a slot (one frame-sized buffer) to assemble and open a frame, and keeps it until its socket
 * has taken that chunk's plaintext (`decrypt-frames.ts`): with clients that keep up, all downloads together
 * hold at most `slots` frames of ciphertext and of plaintext. Waiters are served in arrival order and a
 * download asks again for every frame, so no download is starved by a long one. A client slower than
 * `loanMs` for one chunk gives its slot back early (its chunk waits outside the limit), so a few slow
 * readers cannot stall everyone else.
 */
export class FramePool {
  private readonly idle: Buffer[] = [];
  private inUse = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly slots: number,
    readonly loanMs = DEFAULT_LOAN_MS,
  ) {
    if (!Number.isInteger(slots) || slots < 1) throw new RangeError('A frame pool needs at least one slot.');
  }

  /** Slots taken right now and downloads waiting for one (for tests and the operator's view). */
  usage(): { inUse: number; waiting: number } {
    return { inUse: this.inUse, waiting: this.waiting.length };
  }

  /** Waits for a slot and returns a buffer of at least `bytes`; hand it back with {@link release}. */
  async acquire(bytes: number): Promise<Buffer> {
    if (this.inUse >= this.slots) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.inUse += 1;
    const at = this.idle.findIndex((buffer) => buffer.length >= bytes);
    // A larger chunk size than any pooled buffer (files written under another setting) gets its own.
    return at >= 0 ? (this.idle.splice(at, 1)[0] as Buffer) : Buffer.allocUnsafe(bytes);
  }

  /** Returns a slot's buffer; the next waiter (if any) gets the slot at once. */
  release(buffer: Buffer): void {
    if (this.idle.length < this.slots) this.idle.push(buffer);
    const next = this.waiting.shift();
    if (next === undefined) this.inUse -= 1;
    else next(); // the slot passes on; inUse is unchanged
  }
}

/** 16 frames of 256 KiB: 4 MiB of ciphertext and 4 MiB of plaintext for every download at once. */
export const DEFAULT_FRAME_SLOTS = 16;
/** How long one client may take to accept a chunk before its slot counts as free again. */
export const DEFAULT_LOAN_MS = 1000;
