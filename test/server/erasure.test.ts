import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { UploadResponse } from '../../src/contract';
import { startTestVault, upload, type TestVault } from './support/vault';

/** Every file SQLite keeps for the database: the database itself, its WAL and the WAL index. */
async function databaseFiles(vault: TestVault): Promise<Buffer[]> {
  const dir = vault.config.dataDir;
  const names = (await readdir(dir)).filter((name) => name.startsWith('vault.db'));
  expect(names).toContain('vault.db');
  return Promise.all(names.map((name) => readFile(join(dir, name))));
}

const contains = (files: readonly Buffer[], needle: string): boolean =>
  files.some((bytes) => bytes.includes(Buffer.from(needle, 'utf8')));

describe('erasure leaves nothing behind in the database files', () => {
  let vault: TestVault;
  beforeAll(async () => {
    vault = await startTestVault();
  });
  afterAll(() => vault.close());

  it('removes the file name, the recipients and the wrapped key from db, -wal and -shm', async () => {
    const anna = await vault.token('anna@vinnter.se');
    const name = 'Lönelista-Qx7Zt9.txt';
    const recipient = 'zebulon.quist@partner-erasure.example';
    const res = await upload(vault, anna, Buffer.from('lön'), { name, recipients: recipient });
    const { id } = (await res.json()) as UploadResponse;
    const wrapped = (await vault.app.vault.ctx.meta.getFile(id))?.wrappedKey ?? '';
    expect(wrapped).toMatch(/^v1:/);
    const before = await databaseFiles(vault);
    // The test would prove nothing if the values were never written where it looks.
    expect(contains(before, name) && contains(before, recipient) && contains(before, wrapped)).toBe(true);

    const erased = await fetch(`${vault.url}/api/files/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${anna}` },
    });
    expect(erased.status).toBe(204);

    const after = await databaseFiles(vault);
    expect(contains(after, name)).toBe(false);
    expect(contains(after, recipient)).toBe(false);
    expect(contains(after, wrapped)).toBe(false);
    expect(contains(after, wrapped.split(':')[2] ?? '')).toBe(false);
    expect(contains(after, 'zebulon')).toBe(false);
  });
});

describe('file modes whatever the umask', () => {
  let vault: TestVault;
  let previous: number;
  beforeAll(async () => {
    previous = process.umask(0);
    vault = await startTestVault();
    const anna = await vault.token('anna@vinnter.se');
    expect((await upload(vault, anna, Buffer.from('x'))).status).toBe(201);
  });
  afterAll(async () => {
    process.umask(previous);
    await vault.close();
  });

  const mode = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

  it('keeps the data folder and its sub-folders 0700', async () => {
    const dir = vault.config.dataDir;
    expect(await mode(dir)).toBe(0o700);
    expect(await mode(join(dir, 'staging'))).toBe(0o700);
    const blobs = join(dir, 'blobs');
    expect(await mode(blobs)).toBe(0o700);
    for (const sub of await readdir(blobs)) expect(await mode(join(blobs, sub))).toBe(0o700);
  });

  it('keeps the database, its WAL and index, and the blobs 0600', async () => {
    const dir = vault.config.dataDir;
    const files = (await readdir(dir)).filter((name) => name.startsWith('vault.db'));
    expect(files).toEqual(expect.arrayContaining(['vault.db', 'vault.db-wal', 'vault.db-shm']));
    for (const name of files) expect([name, await mode(join(dir, name))]).toEqual([name, 0o600]);
    const blobs = join(dir, 'blobs');
    for (const sub of await readdir(blobs)) {
      for (const blob of await readdir(join(blobs, sub)))
        expect(await mode(join(blobs, sub, blob))).toBe(0o600);
    }
  });
});
