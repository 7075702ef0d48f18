import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import type { UploadResponse, UploadSession } from '../../src/contract';
import { tempDir } from './support/adapters';
import { buildCliIfStale, startVaultProcess, type VaultProcess } from '../support/vault-process';

const ROOT = join(__dirname, '..', '..');
const CHUNK = 256 * 1024;
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A bearer header from the dev token endpoint. */
async function devAuth(url: string): Promise<{ authorization: string }> {
  const res = await fetch(`${url}/api/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"email":"anna@vinnter.se","roles":["dpo"]}',
  });
  return { authorization: `Bearer ${((await res.json()) as { access_token: string }).access_token}` };
}

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await check()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Sends `total` bytes slowly and never finishes on its own (the vault is killed meanwhile). */
function slowBody(
  url: string,
  path: string,
  method: string,
  headers: Record<string, string>,
  chunk: Buffer,
): () => void {
  const req = request(`${url}${path}`, { method, headers });
  req.on('error', () => undefined);
  const timer = setInterval(() => req.write(chunk), 20);
  return () => {
    clearInterval(timer);
    req.destroy();
  };
}

describe('crash safety of the real vault process', () => {
  let dataDir: string;
  let vault: VaultProcess | null = null;

  beforeAll(async () => {
    await buildCliIfStale();
    dataDir = await tempDir('mg-crash-');
  });
  afterAll(async () => {
    vault?.child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('leaves no visible half file after SIGKILL mid-upload, cleans orphans on restart and resumes', async () => {
    vault = await startVaultProcess({ dataDir, devAuth: true });
    let auth = await devAuth(vault.url);
    const big = Buffer.alloc(CHUNK * 6 + 777);
    for (let i = 0; i < big.length; i += 1) big[i] = (i * 13) & 0xff;

    // A resumable upload with two durable chunks, then a segment cut off by the crash.
    const session = (await (
      await fetch(`${vault.url}/api/uploads`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          fileName: 'stor.bin',
          contentType: 'application/octet-stream',
          size: big.length,
          sha256: sha(big),
          recipients: ['bo@example.com'],
        }),
      })
    ).json()) as UploadSession;
    await fetch(`${vault.url}/api/uploads/${session.id}`, {
      method: 'PUT',
      headers: { ...auth, 'content-range': `bytes 0-${2 * CHUNK - 1}/${big.length}` },
      body: big.subarray(0, 2 * CHUNK),
    });
    const stopSegment = slowBody(
      vault.url,
      `/api/uploads/${session.id}`,
      'PUT',
      {
        ...auth,
        'content-range': `bytes ${2 * CHUNK}-${big.length - 1}/${big.length}`,
        'content-length': String(big.length - 2 * CHUNK),
      },
      big.subarray(2 * CHUNK, 2 * CHUNK + 16 * 1024),
    );
    // A one-shot upload of 40 MB that is still streaming when the process dies.
    const stopUpload = slowBody(
      vault.url,
      '/api/files',
      'POST',
      {
        ...auth,
        'x-file-name': 'halv.bin',
        'x-content-sha256': 'a'.repeat(64),
        'x-recipients': 'bo@example.com',
        'content-length': String(40 * 1024 * 1024),
      },
      Buffer.alloc(256 * 1024, 1),
    );
    const staging = join(dataDir, 'staging');
    await waitFor(async () => (await readdir(staging)).some((n) => n.endsWith('.part')), 'a staging file');
    await sleep(150);
    vault.child.kill('SIGKILL');
    await new Promise((resolve) => vault?.child.once('exit', resolve));
    stopSegment();
    stopUpload();
    expect((await readdir(staging)).some((n) => n.endsWith('.part'))).toBe(true);

    // A blob renamed into place whose metadata never committed (crash between the two steps).
    const orphanId = 'ZZZZZZZZZZZZZZZZZZZZZZ';
    await mkdir(join(dataDir, 'blobs', 'ZZ'), { recursive: true });
    await writeFile(join(dataDir, 'blobs', 'ZZ', orphanId), 'MGV1 orphan');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(join(dataDir, 'blobs', 'ZZ', orphanId), anHourAgo, anHourAgo);

    vault = await startVaultProcess({ dataDir, devAuth: true });
    auth = await devAuth(vault.url); // --dev-auth makes a new signing key per process
    expect((await readdir(staging)).filter((n) => n.endsWith('.part'))).toEqual([]);
    await waitFor(
      async () =>
        stat(join(dataDir, 'blobs', 'ZZ', orphanId)).then(
          () => false,
          () => true,
        ),
      'the orphan sweep',
    );
    const search = (await (
      await fetch(`${vault.url}/api/subjects?q=anna@vinnter.se`, { headers: auth })
    ).json()) as { files: unknown[] };
    expect(search).toMatchObject({ files: [] }); // the half upload never became visible

    const resumed = (await (
      await fetch(`${vault.url}/api/uploads/${session.id}`, { headers: auth })
    ).json()) as UploadSession;
    expect(resumed.offset % CHUNK).toBe(0);
    expect(resumed.offset).toBeGreaterThanOrEqual(2 * CHUNK);
    const rest = await fetch(`${vault.url}/api/uploads/${session.id}`, {
      method: 'PUT',
      headers: { ...auth, 'content-range': `bytes ${resumed.offset}-${big.length - 1}/${big.length}` },
      body: big.subarray(resumed.offset),
    });
    expect(rest.status).toBe(200);
    const committed = await fetch(`${vault.url}/api/uploads/${session.id}/commit`, {
      method: 'POST',
      headers: auth,
    });
    expect(committed.status).toBe(201);
    const { id } = (await committed.json()) as UploadResponse;
    const back = Buffer.from(
      await (await fetch(`${vault.url}/api/files/${id}/content`, { headers: auth })).arrayBuffer(),
    );
    expect(sha(back)).toBe(sha(big));
    expect(await (await fetch(`${vault.url}/api/audit/verify`, { headers: auth })).json()).toMatchObject({
      ok: true,
    });

    vault.child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => vault?.child.once('exit', resolve));
    expect(code).toBe(0);
    vault = null;
  });

  it.each([
    [['--dev-auth', '--host', '0.0.0.0'], /local use only/],
    [['--port', 'http'], /--port needs a number/],
  ])('refuses to start with %j', (args, message) => {
    let failure: { status: number | null; stderr: string } = { status: 0, stderr: '' };
    try {
      execFileSync(process.execPath, ['bin/mailguard.cjs', 'vault', ...args, '--data', dataDir], {
        cwd: ROOT,
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (error: unknown) {
      failure = error as { status: number | null; stderr: string };
    }
    expect(failure.status).toBe(2);
    expect(failure.stderr).toMatch(message);
  });
});
