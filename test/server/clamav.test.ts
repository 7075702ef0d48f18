import { readdir } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startTestVault, stagingDir, upload, type TestVault } from './support/vault';

/** The EICAR anti-virus test string (eicar.org): harmless, but every scanner reports it. */
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!H+H*';

type Mode = 'normal' | 'error' | 'hang-up';

/** A fake clamd speaking the real INSTREAM protocol: length-prefixed chunks, zero length ends. */
function fakeClamd(mode: () => Mode): Server {
  return createServer((socket: Socket) => {
    let buffer = Buffer.alloc(0);
    let command = false;
    const data: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!command) {
        const end = buffer.indexOf(0);
        if (end < 0) return;
        if (buffer.subarray(0, end).toString() !== 'zINSTREAM') return void socket.end('UNKNOWN COMMAND\0');
        command = true;
        buffer = buffer.subarray(end + 1);
        if (mode() === 'hang-up') return void socket.destroy();
      }
      while (buffer.length >= 4) {
        const length = buffer.readUInt32BE(0);
        if (length === 0) {
          const text = Buffer.concat(data).toString('latin1');
          if (mode() === 'error') return void socket.end('INSTREAM size limit exceeded. ERROR\0');
          return void socket.end(text.includes(EICAR) ? 'stream: Eicar-Signature FOUND\0' : 'stream: OK\0');
        }
        if (buffer.length < 4 + length) return;
        data.push(buffer.subarray(4, 4 + length));
        buffer = buffer.subarray(4 + length);
      }
    });
    socket.on('error', () => undefined);
  });
}

describe('virus scanning with clamd', () => {
  let clamd: Server;
  let vault: TestVault;
  let token: string;
  let mode: Mode = 'normal';

  beforeAll(async () => {
    clamd = fakeClamd(() => mode);
    await new Promise<void>((resolve) => clamd.listen(0, '127.0.0.1', resolve));
    vault = await startTestVault({ config: { clamd: `127.0.0.1:${(clamd.address() as AddressInfo).port}` } });
    token = await vault.token('anna@vinnter.se');
  });
  afterAll(async () => {
    await vault.close();
    await new Promise((resolve) => clamd.close(resolve));
  });

  const noBlobs = async (): Promise<void> => {
    expect(await readdir(stagingDir(vault))).toEqual([]);
  };

  it.each([
    ['a clean file', 'normal', Buffer.from('vanlig text'), 201, undefined],
    [
      'a large clean file (many INSTREAM chunks)',
      'normal',
      Buffer.alloc(3 * 1024 * 1024, 0x61),
      201,
      undefined,
    ],
    ['EICAR', 'normal', Buffer.from(EICAR), 422, 'infected'],
    [
      'EICAR deep inside a file',
      'normal',
      Buffer.concat([Buffer.alloc(500_000, 0x62), Buffer.from(EICAR)]),
      422,
      'infected',
    ],
    ['any file when clamd answers ERROR', 'error', Buffer.from('vanlig text'), 503, 'scanner-unavailable'],
    ['any file when clamd hangs up', 'hang-up', Buffer.from('vanlig text'), 503, 'scanner-unavailable'],
  ] as const)('%s', async (_label, scannerMode, bytes, status, code) => {
    mode = scannerMode;
    const before = (await vault.app.vault.ctx.blobs.list()).length;
    const res = await upload(vault, token, bytes);
    expect(res.status).toBe(status);
    if (code !== undefined) {
      expect(await res.json()).toMatchObject({ code });
      expect((await vault.app.vault.ctx.blobs.list()).length).toBe(before);
    }
    await noBlobs();
  });

  it('refuses uploads when clamd is not reachable at all', async () => {
    const port = (clamd.address() as AddressInfo).port;
    const down = await startTestVault({ config: { clamd: `127.0.0.1:${port === 1 ? 2 : 1}` } });
    try {
      const res = await upload(down, await down.token('anna@vinnter.se'), Buffer.from('x'));
      expect(res.status).toBe(503);
    } finally {
      await down.close();
    }
  });
});
