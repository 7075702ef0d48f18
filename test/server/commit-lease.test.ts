/**
 * A resumable commit that outlives its lease. Instance A verifies the upload, then stalls before its blob
 * commit for longer than the lease; instance B (its own staging folder, the same database and blob store)
 * takes the expired lease over on the sender's retry and stores the file. When A wakes, its blob commit
 * writes the same bytes again and its metadata insert finds the file already there: A answers 503 and keeps
 * the blob, because it is the stored file's. Exactly one file, one link, one upload audit entry; the content
 * downloads intact; no segment, session row or staging file is left.
 */
import { PassThrough } from 'node:stream';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { UploadResponse, UploadSession } from '../../src/contract';
import { createApp } from '../../src/server/app';
import { DevAuthority } from '../../src/server/auth/dev';
import type { VaultConfig } from '../../src/server/config';
import { defaultConfig } from '../../src/server/config-env';
import { MasterKey } from '../../src/server/crypto/master-key';
import { openBlobs, openMetadata } from '../../src/server/deps';
import type { BlobStore } from '../../src/server/storage/types';
import { META_KINDS, announcePostgres, dropPgSchema, pgConfig, tempDir } from './support/adapters';
import { TestClock, sha256 } from './support/vault';

announcePostgres();

const CHUNK = 64 * 1024;
/** Longer than the commit lease (15 minutes). */
const PAST_LEASE_DAYS = 16 / (24 * 60);

/** A blob store whose next blob commit waits until released (A's stall), the rest passed through. */
function stalling(inner: BlobStore): { blobs: BlobStore; reached: Promise<void>; release(): void } {
  let release = (): void => undefined;
  let reachedNow = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const reached = new Promise<void>((resolve) => (reachedNow = resolve));
  const blobs = Object.create(inner) as BlobStore;
  blobs.commit = async (id, stagingPath, size) => {
    reachedNow();
    await gate;
    return inner.commit(id, stagingPath, size);
  };
  return { blobs, reached, release: () => release() };
}

describe.each(META_KINDS)('a commit that outlived its lease (%s metadata)', (kind) => {
  const dirs: string[] = [];
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('stores the file exactly once and loses nothing', async () => {
    const shared = await tempDir('mg-lease-');
    dirs.push(shared);
    const metadata = kind === 'sqlite' ? { kind, path: join(shared, 'meta.db') } : pgConfig();
    if (metadata.kind === 'postgres') closers.push(() => dropPgSchema(metadata.schema));
    const masterKey = MasterKey.generate();
    const authority = await DevAuthority.create();
    const start = async (blobsOf: (real: BlobStore) => BlobStore) => {
      const dataDir = await tempDir('mg-lease-instance-');
      dirs.push(dataDir);
      const config: VaultConfig = {
        ...defaultConfig(dataDir),
        port: 0,
        metadata,
        blobs: { kind: 'fs', root: join(shared, 'blobs') },
      };
      const meta = await openMetadata(config, masterKey);
      const real = await openBlobs(config);
      const clock = new TestClock();
      const app = await createApp(config, {
        meta,
        blobs: blobsOf(real),
        masterKey,
        verifier: authority,
        devAuthority: authority,
        now: clock.now,
        logStream: new PassThrough().resume(),
        chunkSize: CHUNK,
      });
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
      closers.push(async () => {
        await app.close();
        await real.close();
        await meta.close();
      });
      return { url, app, clock, staging: join(dataDir, 'staging') };
    };
    let stall: ReturnType<typeof stalling> | undefined;
    const a = await start((real) => (stall = stalling(real)).blobs);
    const b = await start((real) => real);
    if (stall === undefined) throw new Error('unreachable');
    const auth = { authorization: `Bearer ${await authority.issue('anna@vinnter.se', [])}` };

    const bytes = Buffer.alloc(CHUNK * 3 + 777);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 13 + (i >> 9)) & 0xff;
    const created = await fetch(`${a.url}/api/uploads`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        fileName: 'avtal.bin',
        contentType: 'application/octet-stream',
        size: bytes.length,
        sha256: sha256(bytes),
        recipients: ['bo@example.com'],
      }),
    });
    const { id } = (await created.json()) as UploadSession;
    const put = await fetch(`${a.url}/api/uploads/${id}`, {
      method: 'PUT',
      headers: { ...auth, 'content-range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
      body: bytes,
    });
    expect(put.status).toBe(200);

    const commit = (url: string): Promise<Response> =>
      fetch(`${url}/api/uploads/${id}/commit`, { method: 'POST', headers: auth });
    const first = commit(a.url);
    await stall.reached; // A holds the lease, has verified, and stalls before its blob commit
    expect((await commit(b.url)).status).toBe(409); // the lease still holds
    b.clock.advanceDays(PAST_LEASE_DAYS);
    const retried = await commit(b.url);
    expect(retried.status).toBe(201);
    const stored = (await retried.json()) as UploadResponse;
    stall.release();
    const late = await first;
    expect(late.status).toBe(503);
    expect(await late.json()).toMatchObject({ code: 'storage-unavailable' });

    const meta = b.app.vault.ctx.meta;
    expect([...(await meta.allFileIds())]).toEqual([stored.id]);
    expect(await meta.getLinkForFile(stored.id)).not.toBeNull();
    expect(await meta.uploads.get(id)).toBeNull();
    const uploads = (await meta.readAudit(0, 100)).filter((entry) => entry.kind === 'upload');
    expect(uploads.map((entry) => entry.subject)).toEqual([stored.id]);
    for (const instance of [a, b]) {
      const back = await fetch(`${instance.url}/api/files/${stored.id}/content`, { headers: auth });
      expect(sha256(Buffer.from(await back.arrayBuffer()))).toBe(sha256(bytes));
      expect(await readdir(instance.staging)).toEqual([]);
    }
    expect(await b.app.vault.ctx.blobs.listSegments()).toEqual([]);
    expect((await b.app.vault.ctx.blobs.list()).map((blob) => blob.id)).toEqual([stored.id]);
  });
});
