import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StagingWriter } from '../../src/server/pipeline/staging-writer';

describe('StagingWriter', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mg-staging-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['no waiting, no background sync', { maxQueuedBytes: 1 << 30, syncEveryBytes: 1 << 30 }],
    ['waiting on every append, a sync every write', { maxQueuedBytes: 1, syncEveryBytes: 1 }],
    ['defaults-like limits', { maxQueuedBytes: 64 * 1024, syncEveryBytes: 256 * 1024 }],
  ])('writes every appended byte in order (%s)', async (_name, limits) => {
    const pieces = Array.from({ length: 200 }, (_, i) => randomBytes(1 + ((i * 7919) % 20000)));
    const path = join(dir, 'a.part');
    const writer = await StagingWriter.create(path, limits);
    for (let i = 0; i < pieces.length; i += 3) await writer.append(pieces.slice(i, i + 3));
    await writer.append([Buffer.alloc(0)]);
    const expected = Buffer.concat(pieces);
    expect(await writer.finish()).toBe(expected.length);
    expect((await readFile(path)).equals(expected)).toBe(true);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    if (limits.syncEveryBytes === 1) expect(writer.progress().syncs).toBeGreaterThan(0);
  });

  it('refuses to open an existing file, and discard removes what was written', async () => {
    const existing = join(dir, 'taken.part');
    await writeFile(existing, 'x');
    await expect(StagingWriter.create(existing)).rejects.toThrow();
    const path = join(dir, 'b.part');
    const writer = await StagingWriter.create(path, { maxQueuedBytes: 1, syncEveryBytes: 1 });
    await writer.append([randomBytes(100_000), randomBytes(100_000)]);
    await writer.discard();
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(writer.append([randomBytes(10)])).rejects.toThrow();
  });
});
