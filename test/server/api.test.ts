import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileMetadata, UploadResponse } from '../../src/contract';
import { isUploadResponse } from '../../src/contract/check';
import { COMBOS, announcePostgres } from './support/adapters';
import { sha256, startTestVault, upload, type TestVault } from './support/vault';

const OWNER = 'anna@vinnter.se';
const secretOf = (body: UploadResponse): string => new URL(body.links[0]?.url ?? '').pathname.slice(3);

announcePostgres();

describe.each(COMBOS)('vault over HTTP with %s metadata and %s blobs', (meta, blobs) => {
  let vault: TestVault;
  let owner: string;
  let dpo: string;

  beforeAll(async () => {
    vault = await startTestVault({ meta, blobs });
    owner = await vault.token(OWNER);
    dpo = await vault.token('dpo@vinnter.se', ['dpo']);
  });
  afterAll(() => vault.close());

  const get = (path: string, token: string): Promise<Response> =>
    fetch(`${vault.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const download = (secret: string, body: Record<string, string>): Promise<Response> =>
    fetch(`${vault.url}/s/${secret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('stores, verifies and returns the upload answer of docs/vault.md', async () => {
    const bytes = Buffer.from('Namn;Personnummer\nBo;19850709-9805\n');
    const res = await upload(vault, owner, bytes, { name: 'lista över anställda.csv' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as UploadResponse;
    expect(isUploadResponse(body)).toBe(true);
    expect(body).toMatchObject({ sha256: sha256(bytes), size: bytes.length });
    expect(body.links).toHaveLength(1);
    expect(body.links[0]?.url.startsWith(`${vault.url}/s/`)).toBe(true);
    const meta = (await (await get(`/api/files/${body.id}`, owner)).json()) as FileMetadata;
    expect(meta).toMatchObject({
      fileName: 'lista över anställda.csv',
      owner: OWNER,
      recipients: ['bo@example.com', 'cecilia@partner.se'],
    });
    const content = await get(`/api/files/${body.id}/content`, owner);
    expect(Buffer.from(await content.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('round-trips a multi-chunk binary file exactly', async () => {
    const bytes = Buffer.alloc(64 * 1024 * 5 + 123);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7919) & 0xff;
    const res = await upload(vault, owner, bytes, { name: 'data.bin', type: 'application/octet-stream' });
    const body = (await res.json()) as UploadResponse;
    const back = Buffer.from(await (await get(`/api/files/${body.id}/content`, owner)).arrayBuffer());
    expect(sha256(back)).toBe(sha256(bytes));
  });

  it('lets a listed recipient download by POST, counts it, and refuses others', async () => {
    const body = (await (
      await upload(vault, owner, Buffer.from('hej'), { headers: { 'x-download-limit': '1' } })
    ).json()) as UploadResponse;
    const secret = secretOf(body);
    const page = await fetch(`${vault.url}/s/${secret}`, {
      headers: { 'accept-language': 'sv-SE,sv;q=0.9' },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Bekräfta din e-postadress');
    expect((await download(secret, { email: 'mallory@evil.example' })).status).toBe(403);
    const ok = await download(secret, { email: 'Cecilia@partner.se' });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('hej');
    expect((await download(secret, { email: 'bo@example.com' })).status).toBe(410); // limit 1 used up
    const meta = (await (await get(`/api/files/${body.id}`, owner)).json()) as FileMetadata;
    expect(meta.link.downloads).toBe(1);
  });

  it('serves the browser flow: HTML form post downloads for a listed address, refuses others in their language', async () => {
    const stored = (await (
      await upload(vault, owner, Buffer.from('bilaga'), { name: 'offert.txt' })
    ).json()) as UploadResponse;
    const form = (email: string): Promise<Response> =>
      fetch(`${vault.url}/s/${secretOf(stored)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'sv' },
        body: `email=${encodeURIComponent(email)}`,
      });
    const refused = await form('okand@example.com');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Den här adressen får inte hämta filen');
    const ok = await form('bo@example.com');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toBe(
      `attachment; filename="offert.txt"; filename*=UTF-8''offert.txt`,
    );
    expect(await ok.text()).toBe('bilaga');
  });

  it('keeps only ciphertext at rest', async () => {
    const marker = 'KLARTEXT-SOM-INTE-FAR-SYNAS-'.repeat(50);
    const body = (await (await upload(vault, owner, Buffer.from(marker))).json()) as UploadResponse;
    const listed = await vault.app.vault.ctx.blobs.list();
    expect(listed.map((b) => b.id)).toContain(body.id);
    const stream = await vault.app.vault.ctx.blobs.read(body.id);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    expect(raw.subarray(0, 4).toString()).toBe('MGV1');
    expect(raw.includes(Buffer.from('KLARTEXT'))).toBe(false);
    if (vault.config.metadata.kind === 'sqlite') {
      const db = await readFile(vault.config.metadata.path);
      expect(db.includes(Buffer.from('KLARTEXT'))).toBe(false);
    }
  });

  it("erases on the owner's request: key first, then blob; links stop working", async () => {
    const body = (await (await upload(vault, owner, Buffer.from('radera mig'))).json()) as UploadResponse;
    const del = await fetch(`${vault.url}/api/files/${body.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${owner}` },
    });
    expect(del.status).toBe(204);
    expect((await get(`/api/files/${body.id}/content`, owner)).status).toBe(404);
    expect((await fetch(`${vault.url}/s/${secretOf(body)}`)).status).toBe(404);
    expect((await download(secretOf(body), { email: 'bo@example.com' })).status).toBe(404);
    expect((await vault.app.vault.ctx.blobs.list()).map((b) => b.id)).not.toContain(body.id);
    expect(await vault.app.vault.ctx.meta.getFile(body.id)).toBeNull();
  });

  it('finds, exports and erases everything about a person for the DPO (legal hold kept)', async () => {
    const a = (await (
      await upload(vault, owner, Buffer.from('a'), { recipients: 'dsar.person@kund.se' })
    ).json()) as UploadResponse;
    const b = (await (
      await upload(vault, owner, Buffer.from('b'), { name: 'DSAR.Person-avtal.txt', recipients: 'x@y.se' })
    ).json()) as UploadResponse;
    const held = (await (
      await upload(vault, owner, Buffer.from('c'), { recipients: 'dsar.person@kund.se' })
    ).json()) as UploadResponse;
    expect((await get('/api/subjects?q=dsar.person', owner)).status).toBe(403);
    const found = (await (await get('/api/subjects?q=DSAR.person', dpo)).json()) as { files: FileMetadata[] };
    expect(found.files.map((f) => f.id).sort()).toEqual([a.id, b.id, held.id].sort());
    const hold = await fetch(`${vault.url}/api/files/${held.id}/legal-hold`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${dpo}` },
    });
    expect(hold.status).toBe(204);
    const erased = await fetch(`${vault.url}/api/subjects?q=dsar.person`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${dpo}` },
    });
    expect(await erased.json()).toEqual({
      query: 'dsar.person',
      erased: expect.arrayContaining([a.id, b.id]),
      held: [held.id],
    });
    const after = (await (await get('/api/subjects?q=dsar.person', dpo)).json()) as { files: FileMetadata[] };
    expect(after.files.map((f) => f.id)).toEqual([held.id]);
  });

  it('erases files past retention in the deletion worker, but not those on legal hold', async () => {
    const short = (await (
      await upload(vault, owner, Buffer.from('kort'), { headers: { 'x-retention-class': 'short' } })
    ).json()) as UploadResponse;
    const held = (await (
      await upload(vault, owner, Buffer.from('spärr'), { headers: { 'x-retention-class': 'short' } })
    ).json()) as UploadResponse;
    await fetch(`${vault.url}/api/files/${held.id}/legal-hold`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${dpo}` },
    });
    vault.clock.advanceDays(31);
    expect((await fetch(`${vault.url}/s/${secretOf(short)}`)).status).toBe(410); // link expired before the sweep
    const report = await vault.app.vault.worker.runOnce();
    expect(report?.expired).toBeGreaterThanOrEqual(1);
    expect(await vault.app.vault.ctx.meta.getFile(short.id)).toBeNull();
    expect((await vault.app.vault.ctx.blobs.list()).map((x) => x.id)).not.toContain(short.id);
    expect((await get(`/api/files/${held.id}`, owner)).status).toBe(200);
  });

  it('keeps an intact audit chain of everything above', async () => {
    const res = await get('/api/audit/verify', dpo);
    const body = (await res.json()) as { ok: boolean; entries: number };
    expect(body.ok).toBe(true);
    expect(body.entries).toBeGreaterThan(10);
  });

  it('leaves no staging files behind', async () => {
    expect(await readdir(join(vault.config.dataDir, 'staging'))).toEqual([]);
  });
});
