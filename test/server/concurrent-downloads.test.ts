import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import type { UploadResponse } from '../../src/contract';
import { DEFAULT_FRAME_SLOTS } from '../../src/server/crypto/frame-pool';
import { startTestVault, upload, type TestVault } from './support/vault';

/** Many more concurrent downloads than the shared frame pool has slots, over real sockets. */
describe('concurrent downloads through the shared frame pool', () => {
  let vault: TestVault;
  let token: string;
  const agent = new Agent({ keepAlive: true, maxSockets: 100 });
  beforeAll(async () => {
    vault = await startTestVault({ config: { maxConnectionsPerAddress: 1000 } });
    token = await vault.token('anna@vinnter.se');
  });
  afterAll(async () => {
    agent.destroy();
    await vault.close();
  });

  const get = (path: string): Promise<{ status: number; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const req = request(
        `${vault.url}${path}`,
        { agent, headers: { authorization: `Bearer ${token}` } },
        (res) => {
          const parts: Buffer[] = [];
          res.on('data', (part: Buffer) => parts.push(part));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts) }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });

  it('serves every one of them whole, and leaves no slot taken', async () => {
    // 5 chunks of the tests' 64 KiB and a torn tail: every download takes a slot 6 times.
    const bytes = randomBytes(5 * 64 * 1024 + 999);
    const answer = await upload(vault, token, bytes, { name: 'data.bin', type: 'application/octet-stream' });
    expect(answer.status).toBe(201);
    const { id } = (await answer.json()) as UploadResponse;
    const downloads = 6 * DEFAULT_FRAME_SLOTS;
    const results = await Promise.all(
      Array.from({ length: downloads }, () => get(`/api/files/${id}/content`)),
    );
    expect(results.filter((r) => r.status === 200 && r.body.equals(bytes))).toHaveLength(downloads);
    expect(vault.app.vault.ctx.framePool.usage()).toEqual({ inUse: 0, waiting: 0 });
  });

  it('gives the slot back when a client hangs up mid-download', async () => {
    const bytes = randomBytes(40 * 64 * 1024);
    const answer = await upload(vault, token, bytes, { name: 'big.bin', type: 'application/octet-stream' });
    const { id } = (await answer.json()) as UploadResponse;
    await new Promise<void>((resolve, reject) => {
      const req = request(
        `${vault.url}/api/files/${id}/content`,
        { headers: { authorization: `Bearer ${token}` } },
        (res) => {
          res.once('data', () => {
            req.destroy();
            resolve();
          });
        },
      );
      req.on('error', () => undefined);
      req.on('close', resolve);
      req.once('error', reject);
      req.end();
    });
    // Well within the 1 s loan: the slot comes back because the download stopped, not because it timed out.
    for (let i = 0; i < 25 && vault.app.vault.ctx.framePool.usage().inUse > 0; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(vault.app.vault.ctx.framePool.usage()).toEqual({ inUse: 0, waiting: 0 });
    const again = await get(`/api/files/${id}/content`);
    expect(again.status).toBe(200);
    expect(again.body.equals(bytes)).toBe(true);
  });
});
