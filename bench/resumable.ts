/**
 * Resumable-upload benchmark: a real `mailguard vault` process on loopback (embedded storage), a 64 MB file
 * sent as eight 8 MB segments (each stored as an encrypted segment object in the blob store) and committed
 * (segments gathered, verified, stored). Prints the median of 3 runs of segment throughput and commit time.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVaultProcess } from '../test/support/vault-process';

const MB = 1024 * 1024;
const SIZE = 64 * MB;
const SEGMENT = 8 * MB;

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function oneRun(url: string, auth: Record<string, string>, bytes: Buffer): Promise<[number, number]> {
  const created = await fetch(`${url}/api/uploads`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({
      fileName: 'bench.bin',
      contentType: 'application/octet-stream',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      recipients: ['bo@example.com'],
    }),
  });
  const { id } = (await created.json()) as { id: string };
  const started = performance.now();
  for (let offset = 0; offset < bytes.length; offset += SEGMENT) {
    const end = Math.min(offset + SEGMENT, bytes.length);
    const res = await fetch(`${url}/api/uploads/${id}`, {
      method: 'PUT',
      headers: { ...auth, 'content-range': `bytes ${offset}-${end - 1}/${bytes.length}` },
      body: bytes.subarray(offset, end) as Uint8Array<ArrayBuffer>,
    });
    if (res.status !== 200) throw new Error(`segment answered ${res.status}`);
  }
  const sent = performance.now();
  const commit = await fetch(`${url}/api/uploads/${id}/commit`, { method: 'POST', headers: auth });
  if (commit.status !== 201) throw new Error(`commit answered ${commit.status}`);
  return [SIZE / MB / ((sent - started) / 1000), performance.now() - sent];
}

export async function benchResumable(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mg-bench-resumable-'));
  const vault = await startVaultProcess({ dataDir, devAuth: true });
  try {
    const token = await fetch(`${vault.url}/api/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":"anna@vinnter.se"}',
    });
    const auth = {
      authorization: `Bearer ${((await token.json()) as { access_token: string }).access_token}`,
    };
    const bytes = randomBytes(SIZE);
    const rates: number[] = [];
    const commits: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const [rate, commitMs] = await oneRun(vault.url, auth, bytes);
      rates.push(rate);
      commits.push(commitMs);
    }
    console.log(`load average ${loadavg()[0]?.toFixed(1) ?? '?'} (shared machine)`);
    console.log(`64 MB in 8 MB segments: ${median(rates).toFixed(0)} MB/s (median of 3)`);
    console.log(`commit of 64 MB (gather, verify, store): ${median(commits).toFixed(0)} ms (median of 3)`);
  } finally {
    vault.child.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  }
}
