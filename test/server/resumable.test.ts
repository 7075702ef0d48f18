import { readdir } from 'node:fs/promises';
import type { UploadResponse, UploadSession } from '../../src/contract';
import { COMBOS, announcePostgres } from './support/adapters';
import { sha256, startTestVault, stagingDir, type TestVault } from './support/vault';

const CHUNK = 64 * 1024;

function pattern(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + (i >> 8)) & 0xff;
  return bytes;
}

announcePostgres();

describe.each(COMBOS)('resumable uploads with %s metadata and %s blobs', (meta, blobs) => {
  let vault: TestVault;
  let token: string;
  beforeAll(async () => {
    vault = await startTestVault({ meta, blobs, chunkSize: CHUNK });
    token = await vault.token('anna@vinnter.se');
  });
  afterAll(() => vault.close());

  const auth = (): Record<string, string> => ({ authorization: `Bearer ${token}` });
  const create = async (bytes: Buffer, name = 'stor.bin'): Promise<UploadSession> => {
    const res = await fetch(`${vault.url}/api/uploads`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/json' },
      body: JSON.stringify({
        fileName: name,
        contentType: 'application/octet-stream',
        size: bytes.length,
        sha256: sha256(bytes),
        recipients: ['bo@example.com'],
      }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as UploadSession;
  };
  const put = (id: string, bytes: Buffer, start: number, end: number): Promise<Response> =>
    fetch(`${vault.url}/api/uploads/${id}`, {
      method: 'PUT',
      headers: {
        ...auth(),
        'content-type': 'application/octet-stream',
        'content-range': `bytes ${start}-${end - 1}/${bytes.length}`,
      },
      body: bytes.subarray(start, end) as Uint8Array<ArrayBuffer>,
    });
  const offset = async (id: string): Promise<number> =>
    ((await (await fetch(`${vault.url}/api/uploads/${id}`, { headers: auth() })).json()) as UploadSession)
      .offset;
  /** Segment objects left in the shared blob store (none once a session is committed or dropped). */
  const segments = async (): Promise<string[]> =>
    (await vault.app.vault.ctx.blobs.listSegments()).map((item) => item.id);
  const commit = (id: string): Promise<Response> =>
    fetch(`${vault.url}/api/uploads/${id}/commit`, { method: 'POST', headers: auth() });

  it('resumes after a torn segment and commits a verified file', async () => {
    const bytes = pattern(CHUNK * 4 + 1000);
    const session = await create(bytes);
    expect(session).toMatchObject({ offset: 0, chunkSize: CHUNK, size: bytes.length });
    expect((await put(session.id, bytes, 0, CHUNK * 2)).status).toBe(200);
    expect(await offset(session.id)).toBe(CHUNK * 2);
    // A segment that ends mid-chunk (as a dropped connection would) keeps only whole chunks.
    const torn = (await (await put(session.id, bytes, CHUNK * 2, CHUNK * 3 + 500)).json()) as UploadSession;
    expect(torn.offset).toBe(CHUNK * 3);
    const wrongPlace = await put(session.id, bytes, CHUNK, CHUNK * 2);
    expect(wrongPlace.status).toBe(409);
    expect(await wrongPlace.json()).toMatchObject({ code: 'offset-mismatch' });
    expect((await commit(session.id)).status).toBe(409); // incomplete
    expect((await put(session.id, bytes, await offset(session.id), bytes.length)).status).toBe(200);
    const done = await commit(session.id);
    expect(done.status).toBe(201);
    const body = (await done.json()) as UploadResponse;
    expect(body).toMatchObject({ sha256: sha256(bytes), size: bytes.length });
    const back = await fetch(`${vault.url}/api/files/${body.id}/content`, { headers: auth() });
    expect(sha256(Buffer.from(await back.arrayBuffer()))).toBe(sha256(bytes));
    expect(await readdir(stagingDir(vault))).toEqual([]);
    expect(await segments()).toEqual([]);
  });

  it('keeps segments in the shared blob store and moves the offset only from where it stands', async () => {
    const bytes = pattern(CHUNK * 3);
    const session = await create(bytes);
    expect((await put(session.id, bytes, 0, CHUNK)).status).toBe(200);
    expect(await readdir(stagingDir(vault))).toEqual([]); // nothing on this instance's disk
    expect((await segments()).filter((key) => key.startsWith(`${session.id}/`))).toHaveLength(1);
    const meta = vault.app.vault.ctx.meta;
    // A writer that read the offset before another one moved it loses the race: nothing recorded.
    const stale = { start: 0, end: CHUNK, objectKey: `${session.id}/stale`, encryptedBytes: 1 };
    expect(await meta.uploads.appendSegment(session.id, stale)).toBe(false);
    expect(await offset(session.id)).toBe(CHUNK);
    expect(await meta.uploads.listSegments(session.id)).toHaveLength(1);
    expect(
      (await fetch(`${vault.url}/api/uploads/${session.id}`, { method: 'DELETE', headers: auth() })).status,
    ).toBe(204);
    expect((await segments()).filter((key) => key.startsWith(`${session.id}/`))).toEqual([]);
  });

  it('lets one commit hold a complete upload: a second claim is refused until released', async () => {
    const bytes = pattern(100);
    const session = await create(bytes);
    expect((await put(session.id, bytes, 0, bytes.length)).status).toBe(200);
    const meta = vault.app.vault.ctx.meta;
    const now = vault.clock.now();
    expect(await meta.uploads.claimCommit(session.id, now, new Date(now.getTime() + 60_000))).toBe(true);
    expect((await commit(session.id)).status).toBe(409); // as another instance would see it
    await meta.uploads.releaseCommit(session.id);
    expect((await commit(session.id)).status).toBe(201);
    expect(await meta.uploads.get(session.id)).toBeNull();
  });

  it('sweeps segment objects no session references once they are past the grace period', async () => {
    await vault.app.vault.ctx.blobs.putSegment('ORPHANUPLOAD/000000000000000-abc', Buffer.from('frames'));
    vault.clock.advanceDays(1);
    const report = await vault.app.vault.worker.runOnce();
    expect(report?.orphanSegments).toBe(1);
    expect(await segments()).not.toContain('ORPHANUPLOAD/000000000000000-abc');
  });

  it('handles a size that is an exact multiple of the chunk size', async () => {
    const bytes = pattern(CHUNK * 2);
    const session = await create(bytes);
    expect((await put(session.id, bytes, 0, CHUNK)).status).toBe(200);
    expect((await put(session.id, bytes, CHUNK, CHUNK * 2)).status).toBe(200);
    const done = await commit(session.id);
    expect(done.status).toBe(201);
  });

  it('refuses a commit whose bytes do not match the declared SHA-256, keeping nothing', async () => {
    const bytes = pattern(CHUNK + 10);
    const session = await create(bytes);
    const other = Buffer.from(bytes);
    other[5] = (other[5] ?? 0) ^ 1;
    expect((await put(session.id, other, 0, other.length)).status).toBe(200);
    const res = await commit(session.id);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ code: 'checksum-mismatch' });
    expect((await fetch(`${vault.url}/api/uploads/${session.id}`, { headers: auth() })).status).toBe(404);
    expect(await readdir(stagingDir(vault))).toEqual([]);
  });

  it('sniffs the content at commit (an .exe named .pdf is refused)', async () => {
    const bytes = Buffer.concat([Buffer.from('MZ'), pattern(CHUNK)]);
    const session = await create(bytes, 'faktura.pdf');
    await put(session.id, bytes, 0, bytes.length);
    expect((await commit(session.id)).status).toBe(415);
  });

  it('is private to its owner and can be abandoned', async () => {
    const bytes = pattern(100);
    const session = await create(bytes);
    const other = await vault.token('mallory@vinnter.se');
    expect(
      (
        await fetch(`${vault.url}/api/uploads/${session.id}`, {
          headers: { authorization: `Bearer ${other}` },
        })
      ).status,
    ).toBe(404);
    expect(
      (await fetch(`${vault.url}/api/uploads/${session.id}`, { method: 'DELETE', headers: auth() })).status,
    ).toBe(204);
    expect(await readdir(stagingDir(vault))).toEqual([]);
  });

  it('drops sessions abandoned past their expiry in the sweep', async () => {
    const bytes = pattern(CHUNK * 2);
    const session = await create(bytes);
    await put(session.id, bytes, 0, CHUNK);
    vault.clock.advanceDays(2);
    const report = await vault.app.vault.worker.runOnce();
    expect(report?.abandonedUploads).toBe(1);
    expect(await readdir(stagingDir(vault))).toEqual([]);
    expect(await segments()).toEqual([]);
  });
});
