import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import type { BlobConfig, MetadataConfig, VaultConfig } from '../../src/server/config';
import { defaultConfig } from '../../src/server/config-env';
import { openBlobs, openMetadata } from '../../src/server/deps';
import { auditSealer } from '../../src/server/services/audit';
import type { BlobStore, FileRecord, LinkRecord, MetadataStore } from '../../src/server/storage/types';
import {
  BLOB_KINDS,
  META_KINDS,
  announcePostgres,
  dropPgSchema,
  pgConfig,
  startS3,
  tempDir,
} from './support/adapters';

announcePostgres();

const DAY = 86_400_000;
const T0 = new Date('2026-01-01T00:00:00Z');
/** Any fixed key: these tests check the chain links, not the secrecy of the head. */
const SEALER = auditSealer(Buffer.alloc(32, 7));
let counter = 0;

function fileRecord(overrides: Partial<FileRecord> = {}): FileRecord {
  counter += 1;
  return {
    id: `file${String(counter).padStart(18, '0')}`,
    owner: 'anna@vinnter.se',
    ownerName: 'Anna Andersson',
    fileName: 'lön_100%_special.xlsx',
    contentType: 'application/vnd.ms-excel',
    size: 10,
    sha256: 'a'.repeat(64),
    recipients: ['bo@example.com'],
    wrappedKey: 'v1:abcd:xyz',
    createdAt: T0,
    retentionClass: 'standard',
    retainUntil: new Date(T0.getTime() + 365 * DAY),
    legalHold: false,
    subjectKeys: [],
    ...overrides,
  };
}
const linkFor = (file: FileRecord, limit: number | null = null): LinkRecord => ({
  id: `link-${file.id}`,
  fileId: file.id,
  secretHash: `hash-${file.id}`,
  expiresAt: new Date(T0.getTime() + 30 * DAY),
  downloadLimit: limit,
  downloads: 0,
});

describe.each(META_KINDS)('metadata store: %s', (kind) => {
  let store: MetadataStore;
  let dir: string;
  let config: MetadataConfig;
  beforeAll(async () => {
    dir = await tempDir();
    config = kind === 'sqlite' ? { kind, path: join(dir, 'vault.db') } : pgConfig();
    store = await openMetadata({ ...defaultConfig(dir), metadata: config } as VaultConfig);
  });
  afterAll(async () => {
    await store.close();
    if (config.kind === 'postgres') await dropPgSchema(config.schema);
    await rm(dir, { recursive: true, force: true });
  });

  it('stores a file and its link together and reads them back', async () => {
    const file = fileRecord();
    await store.insertFileWithLink(file, linkFor(file));
    expect(await store.getFile(file.id)).toEqual(file);
    expect(await store.getLinkBySecretHash(`hash-${file.id}`)).toEqual(linkFor(file));
    expect(await store.getFile('missing')).toBeNull();
  });

  it('refuses a duplicate id and keeps the first', async () => {
    const file = fileRecord();
    await store.insertFileWithLink(file, linkFor(file));
    await expect(
      store.insertFileWithLink(
        { ...file, fileName: 'other' },
        { ...linkFor(file), id: 'l2', secretHash: 'h2' },
      ),
    ).rejects.toHaveProperty('message');
    expect((await store.getFile(file.id))?.fileName).toBe(file.fileName);
  });

  it('counts downloads atomically up to the limit', async () => {
    const file = fileRecord();
    await store.insertFileWithLink(file, linkFor(file, 3));
    const results = await Promise.all(
      Array.from({ length: 8 }, () => store.countDownload(`link-${file.id}`)),
    );
    expect(results.filter(Boolean)).toHaveLength(3);
    expect((await store.getLinkForFile(file.id))?.downloads).toBe(3);
  });

  it.each([
    ['owner address', 'ANNA@vinnter', true],
    ['owner name', 'andersson', true],
    ['recipient', 'bo@example', true],
    ['file name with LIKE wildcards taken literally', '100%_spec', true],
    ['a wildcard pattern that only matches as a pattern', 'sök%special', false],
    ['someone else', 'cecilia', false],
  ])('searches by %s', async (_label, query, hit) => {
    const file = fileRecord({ fileName: `sök ${counter} 100%_special.txt`, owner: 'anna@vinnter.se' });
    await store.insertFileWithLink(file, linkFor(file));
    const ids = (await store.search(query, 1000)).map((f) => f.id);
    expect(ids.includes(file.id)).toBe(hit);
  });

  it.each([
    ['one of its keys', ['b'.repeat(32)], true],
    ['any of several keys', ['c'.repeat(32), 'a'.repeat(32)], true],
    ['a key it does not hold', ['c'.repeat(32)], false],
    ['part of a key', ['a'.repeat(16)], false],
  ])('finds a file by %s of the people it is about', async (_label, keys, hit) => {
    const file = fileRecord({ subjectKeys: ['a'.repeat(32), 'b'.repeat(32)], fileName: 'nothing.eml' });
    await store.insertFileWithLink(file, linkFor(file));
    expect(await store.getFile(file.id)).toEqual(file);
    const ids = (await store.search('no such text', 1000, keys)).map((f) => f.id);
    expect(ids.includes(file.id)).toBe(hit);
  });

  it('lists due files (expired, not held) and tombstones; erasure removes everything', async () => {
    const expired = fileRecord({ retainUntil: new Date(T0.getTime() + DAY) });
    const held = fileRecord({ retainUntil: new Date(T0.getTime() + DAY), legalHold: true });
    const tomb = fileRecord();
    for (const f of [expired, held, tomb]) await store.insertFileWithLink(f, linkFor(f));
    await store.destroyKey(tomb.id);
    const due = (await store.listDue(new Date(T0.getTime() + 2 * DAY), 100)).map((f) => f.id);
    expect(due).toEqual(expect.arrayContaining([expired.id, tomb.id]));
    expect(due).not.toContain(held.id);
    await store.putCode({
      linkId: `link-${expired.id}`,
      email: 'x@y.se',
      codeHash: 'c',
      expiresAt: T0,
      attempts: 0,
    });
    await store.deleteFile(expired.id);
    expect(await store.getFile(expired.id)).toBeNull();
    expect(await store.getLinkForFile(expired.id)).toBeNull();
    expect(await store.getCode(`link-${expired.id}`, 'x@y.se')).toBeNull();
  });

  it('keeps one unbroken audit chain under concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        store.appendAudit(
          { at: T0.toISOString(), kind: 'download', subject: `f${i}`, actor: null, detail: null },
          SEALER,
        ),
      ),
    );
    const entries = await store.readAudit(0, 1000);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: entries.length }, (_, i) => i + 1));
    for (let i = 1; i < entries.length; i += 1) expect(entries[i]?.prevHash).toBe(entries[i - 1]?.hash);
  });

  it('refuses to rewrite the audit table', async () => {
    await store.appendAudit(
      { at: T0.toISOString(), kind: 'upload', subject: null, actor: null, detail: null },
      SEALER,
    );
    const driver = (store as unknown as { db: { run(sql: string): Promise<number> } }).db;
    // Native driver errors may come from another realm, so match on the message rather than the class.
    const appendOnly = { message: expect.stringMatching(/append-only/) };
    await expect(driver.run("UPDATE audit SET detail = 'x'")).rejects.toMatchObject(appendOnly);
    await expect(driver.run('DELETE FROM audit')).rejects.toMatchObject(appendOnly);
  });

  it('signs the audit head with every append', async () => {
    const entry = await store.appendAudit(
      { at: T0.toISOString(), kind: 'erase', subject: null, actor: null, detail: null },
      SEALER,
    );
    expect(await store.readAuditAnchor()).toEqual({
      seq: entry.seq,
      hash: entry.hash,
      mac: SEALER.anchor(entry.seq, entry.hash),
    });
  });

  it('guards one-time codes per link and recipient: mails per window, failures, lock', async () => {
    const file = fileRecord();
    const link = linkFor(file);
    await store.insertFileWithLink(file, link);
    const limits = { lockAfter: 3, lockMs: DAY, mails: 2, windowMs: DAY };
    const mails = [];
    for (let i = 0; i < 3; i += 1) mails.push(await store.takeCodeMail(link.id, 'x@y.se', T0, limits));
    expect(mails).toEqual([true, true, false]);
    expect(await store.takeCodeMail(link.id, 'other@y.se', T0, limits)).toBe(true);
    expect(await store.takeCodeMail(link.id, 'x@y.se', new Date(T0.getTime() + DAY), limits)).toBe(true);
    for (let i = 0; i < 2; i += 1) await store.recordCodeFailure(link.id, 'x@y.se', T0, limits);
    expect(await store.codeLockedUntil(link.id, 'x@y.se', T0)).toBeNull();
    await store.clearCodeFailures(link.id, 'x@y.se');
    for (let i = 0; i < 3; i += 1) await store.recordCodeFailure(link.id, 'x@y.se', T0, limits);
    expect(await store.codeLockedUntil(link.id, 'x@y.se', T0)).toEqual(new Date(T0.getTime() + DAY));
    expect(await store.codeLockedUntil(link.id, 'x@y.se', new Date(T0.getTime() + DAY))).toBeNull();
    await store.recordCodeFailure(link.id, 'x@y.se', new Date(T0.getTime() + DAY), limits);
    expect(await store.codeLockedUntil(link.id, 'x@y.se', new Date(T0.getTime() + DAY))).toBeNull();
  });

  it('tracks resumable uploads and expires them', async () => {
    const upload = {
      id: `up${counter}`,
      fileId: 'f',
      owner: 'a@b.se',
      ownerName: '',
      fileName: 'x',
      contentType: 'y',
      size: 100,
      sha256: 'b'.repeat(64),
      recipients: ['c@d.se'],
      retentionClass: 'standard',
      downloadLimit: null,
      linkExpiryDays: 30,
      wrappedKey: 'w',
      offset: 0,
      expiresAt: T0,
      subjectKeys: ['0'.repeat(32), 'f'.repeat(32)],
    };
    await store.uploads.insert(upload);
    await store.uploads.setOffset(upload.id, 64);
    expect(await store.uploads.get(upload.id)).toEqual({ ...upload, offset: 64 });
    expect((await store.uploads.listExpired(new Date(T0.getTime() + 1))).map((u) => u.id)).toContain(
      upload.id,
    );
    await store.uploads.delete(upload.id);
    expect(await store.uploads.allIds()).not.toContain(upload.id);
  });
});

describe.each(BLOB_KINDS)('blob store: %s', (kind) => {
  let store: BlobStore;
  let dir: string;
  let closeS3: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    dir = await tempDir();
    let config: BlobConfig = { kind: 'fs', root: join(dir, 'blobs') };
    if (kind === 's3') {
      const s3 = await startS3();
      config = s3.config('blobs/');
      closeS3 = s3.close;
    }
    store = await openBlobs({ ...defaultConfig(dir), blobs: config });
  });
  afterAll(async () => {
    await store.close();
    await closeS3();
    await rm(dir, { recursive: true, force: true });
  });

  it('commits a staging file atomically, reads, lists and deletes it', async () => {
    const staging = join(dir, 'x.part');
    const bytes = Buffer.alloc(300_000, 0x5a);
    await writeFile(staging, bytes);
    await store.commit('AAAAAAAAAAAAAAAAAAAAAA', staging, bytes.length);
    const parts: Buffer[] = [];
    for await (const part of await store.read('AAAAAAAAAAAAAAAAAAAAAA')) parts.push(part as Buffer);
    expect(Buffer.concat(parts).equals(bytes)).toBe(true);
    expect((await store.list()).map((b) => b.id)).toEqual(['AAAAAAAAAAAAAAAAAAAAAA']);
    await store.delete('AAAAAAAAAAAAAAAAAAAAAA');
    await store.delete('AAAAAAAAAAAAAAAAAAAAAA'); // idempotent
    expect(await store.list()).toEqual([]);
    await expect(store.read('AAAAAAAAAAAAAAAAAAAAAA')).rejects.toThrow(/missing/);
  });
});
