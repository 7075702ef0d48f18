import { connect, type Socket } from 'node:net';
import { once } from 'node:events';

/** Raised when clamd cannot give a verdict (down, timeout, size limit): the upload is then refused. */
export class ScannerError extends Error {
  override name = 'ScannerError' as const;
}

/** clamd's answer for one stream. */
export type ScanVerdict = { kind: 'clean' } | { kind: 'infected'; signature: string };

/** One INSTREAM conversation with clamd (`zINSTREAM\0`, length-prefixed chunks, zero-length end). */
export class ClamavStream {
  private readonly socket: Socket;
  private readonly reply: Promise<string>;
  /** Settles when the socket closes, however that happens (awaiting 'close' later could miss it). */
  private readonly closed: Promise<void>;
  private failure: Error | null = null;

  constructor(address: string, timeoutMs = 30_000) {
    const colon = address.lastIndexOf(':');
    this.socket =
      address.startsWith('/') || colon < 0
        ? connect({ path: address })
        : connect({ host: address.slice(0, colon), port: Number(address.slice(colon + 1)) });
    this.socket.setTimeout(timeoutMs, () => this.socket.destroy(new ScannerError('clamd timed out.')));
    this.socket.on('error', (error) => (this.failure = error));
    this.closed = new Promise<void>((resolve) => this.socket.once('close', () => resolve()));
    this.reply = new Promise<string>((resolve, reject) => {
      const parts: Buffer[] = [];
      this.socket.on('data', (data: Buffer) => parts.push(data));
      this.socket.on('close', () => {
        if (parts.length === 0)
          reject(new ScannerError('clamd closed without a verdict.', { cause: this.failure }));
        else resolve(Buffer.concat(parts).toString('utf8').replace(/\0/g, '').trim());
      });
    });
    this.reply.catch(() => undefined); // observed in verdict(); avoid an unhandled rejection meanwhile
    this.socket.write('zINSTREAM\0');
  }

  async write(data: Buffer): Promise<void> {
    this.throwIfBroken();
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    this.socket.write(length);
    if (!this.socket.write(data)) {
      await Promise.race([once(this.socket, 'drain').catch(() => undefined), this.closed]);
      this.throwIfBroken();
    }
  }

  private throwIfBroken(): void {
    if (this.failure !== null || this.socket.destroyed) {
      throw new ScannerError('clamd connection failed.', { cause: this.failure });
    }
  }

  /** Ends the stream and reads clamd's answer (`stream: OK` / `stream: <sig> FOUND` / `… ERROR`). */
  async verdict(): Promise<ScanVerdict> {
    this.socket.end(Buffer.alloc(4));
    const answer = await this.reply;
    if (answer.endsWith('OK')) return { kind: 'clean' };
    const found = /^stream: (.+) FOUND$/.exec(answer);
    if (found?.[1] !== undefined) return { kind: 'infected', signature: found[1] };
    throw new ScannerError(`clamd could not scan: ${answer.slice(0, 200)}`);
  }

  abort(): void {
    this.socket.destroy();
  }
}
