import { readdir } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import type { VaultConfig } from '../../src/server/config';
import { sha256, startTestVault, stagingDir, type TestVault } from './support/vault';

/** A raw connection that records what the server sends and when it closes. */
interface Raw {
  readonly socket: Socket;
  readonly closed: Promise<string>;
}

function open(vault: TestVault): Promise<Raw> {
  const port = Number(new URL(vault.url).port);
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    const closed = new Promise<string>((done) => socket.on('close', () => done(received)));
    socket.once('error', () => undefined);
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

/** Writes one byte at a time until the server closes the connection (or `max` bytes). */
async function trickle(raw: Raw, bytes: string, everyMs: number): Promise<string> {
  let stop = false;
  void raw.closed.then(() => (stop = true));
  for (const byte of bytes) {
    if (stop) break;
    raw.socket.write(byte);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return raw.closed;
}

const short = (overrides: Partial<VaultConfig['timeouts']>): Partial<VaultConfig> => ({
  timeouts: { requestMs: 60_000, headersMs: 60_000, idleMs: 60_000, keepAliveMs: 5_000, ...overrides },
});

describe('slow clients', () => {
  it('cuts off a body trickled slower than the request timeout, in the one error shape, keeping nothing', async () => {
    const vault = await startTestVault({ config: short({ requestMs: 800, headersMs: 400 }) });
    try {
      const token = await vault.token('anna@vinnter.se');
      const raw = await open(vault);
      const body = 'x'.repeat(400);
      raw.socket.write(
        `POST /api/files HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
          `Content-Type: text/plain\r\nContent-Length: ${body.length}\r\nX-File-Name: slow.txt\r\n` +
          `X-Content-SHA256: ${sha256(Buffer.from(body))}\r\nX-Recipients: bo@example.com\r\n\r\n`,
      );
      const answer = await trickle(raw, body, 100);
      // Closed before the whole body could arrive, with a 408 in the vault's one error shape.
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer).toContain('"code":"bad-request"');
      expect(raw.socket.destroyed).toBe(true);
      for (let i = 0; i < 50 && (await readdir(stagingDir(vault))).length > 0; i += 1)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await readdir(stagingDir(vault))).toEqual([]);
      expect(await vault.app.vault.ctx.blobs.list()).toEqual([]);
    } finally {
      await vault.close();
    }
  });

  it('cuts off headers trickled slower than the header timeout', async () => {
    const vault = await startTestVault({ config: short({ requestMs: 2_000, headersMs: 400 }) });
    try {
      const raw = await open(vault);
      const answer = await trickle(
        raw,
        `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: ${'a'.repeat(200)}`,
        50,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(raw.socket.destroyed).toBe(true);
    } finally {
      await vault.close();
    }
  });

  it('closes a connection whose body goes idle', async () => {
    const vault = await startTestVault({ config: short({ idleMs: 300 }) });
    try {
      const token = await vault.token('anna@vinnter.se');
      const raw = await open(vault);
      raw.socket.write(
        `POST /api/files HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
          `Content-Length: 100\r\nX-File-Name: idle.txt\r\nX-Content-SHA256: ${'a'.repeat(64)}\r\n` +
          `X-Recipients: bo@example.com\r\n\r\nfirst bytes`,
      );
      await raw.closed; // nothing more is sent: only the server can end this
      expect(raw.socket.destroyed).toBe(true);
    } finally {
      await vault.close();
    }
  });

  it('caps open connections per client address', async () => {
    const vault = await startTestVault({ config: { maxConnectionsPerAddress: 3 } });
    const held: Raw[] = [];
    try {
      for (let i = 0; i < 3; i += 1) held.push(await open(vault));
      const extra = await open(vault);
      extra.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      expect(await extra.closed).toBe(''); // closed on arrival, never served
      held[0]?.socket.destroy();
      await held[0]?.closed;
      const again = await open(vault);
      again.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      expect(await again.closed).toMatch(/^HTTP\/1\.1 200 /);
    } finally {
      for (const raw of held) raw.socket.destroy();
      await vault.close();
    }
  });
});

describe('landing-page rate limit and trusted proxies', () => {
  const landing = (vault: TestVault, forwardedFor: string): Promise<number> =>
    fetch(`${vault.url}/s/not-a-real-link`, { headers: { 'x-forwarded-for': forwardedFor } }).then(
      (res) => res.status,
    );

  it('ignores X-Forwarded-For without a configured proxy', async () => {
    const vault = await startTestVault({ config: { landingRateLimitPerMinute: 2 } });
    try {
      const codes = [await landing(vault, '198.51.100.1'), await landing(vault, '198.51.100.2')];
      expect(codes).toEqual([404, 404]);
      expect(await landing(vault, '198.51.100.3')).toBe(429); // a new claimed address changes nothing
    } finally {
      await vault.close();
    }
  });

  it('honours X-Forwarded-For from a configured proxy', async () => {
    const vault = await startTestVault({
      config: { landingRateLimitPerMinute: 2, trustedProxies: ['127.0.0.0/8'] },
    });
    try {
      for (const client of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
        expect(await landing(vault, client)).toBe(404);
      expect(await landing(vault, '198.51.100.9')).toBe(404);
      expect(await landing(vault, '198.51.100.9')).toBe(404);
      const limited = await fetch(`${vault.url}/s/not-a-real-link`, {
        headers: { 'x-forwarded-for': '198.51.100.9' },
      });
      expect(limited.status).toBe(429);
      expect(await limited.json()).toMatchObject({ code: 'rate-limited' });
    } finally {
      await vault.close();
    }
  });
});
