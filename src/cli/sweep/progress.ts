/**
 * Progress on stderr for long sweeps: messages and megabytes read, and their rates. At most one line
 * every few seconds, so a sweep of millions of messages does not flood the terminal.
 */

const EVERY_MS = 5_000;

export class Progress {
  messages = 0;
  bytes = 0;
  listed = 0;
  private last: number;
  private readonly started: number;

  constructor(
    private readonly write: (line: string) => void,
    private readonly clock: () => number = Date.now,
  ) {
    this.started = clock();
    this.last = this.started;
  }

  /** Counts one message read; prints a line when the interval has passed. */
  tick(bytes: number): void {
    this.messages++;
    this.bytes += bytes;
    const now = this.clock();
    if (now - this.last >= EVERY_MS) {
      this.last = now;
      this.write(this.line(now));
    }
  }

  line(now: number = this.clock()): string {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const mb = this.bytes / 1_000_000;
    return (
      `mailguard sweep: ${this.messages} messages read (${(this.messages / seconds).toFixed(0)}/s, ` +
      `${mb.toFixed(1)} MB, ${(mb / seconds).toFixed(1)} MB/s), ${this.listed} with personal data\n`
    );
  }
}
