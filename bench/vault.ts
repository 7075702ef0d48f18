/**
 * Vault benchmark: a real `mailguard vault` process on loopback (embedded storage in a temp folder).
 * 1. 100 MB uploads, streamed, hashed, sniffed and encrypted: MB/s (median of 5) and the vault's peak RSS.
 * 2. 200 concurrent downloads of a 1 MB file (decrypting): errors, p50 and p99 latency (median of 3 rounds).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startVaultProcess } from '../test/support/vault-process';

const MB = 1024 * 1024;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/** The 1-minute load average: the machine is shared, so figures are read against it. */
function loadAverage(): string {
  return loadavg()[0]?.toFixed(1) ?? '?';
}

/** Peak and current resident memory of a process, in MB (Linux /proc). */
async function memoryOf(pid: number): Promise<{ peak: number; now: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = (field: string): number =>
    Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
}

function send(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: Buffer | null,
  agent: Agent,
): Promise<{ status: number; bytes: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers, agent }, (res) => {
      let bytes = 0;
      const parts: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (parts.length < 4) parts.push(chunk);
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          bytes,
          text: Buffer.concat(parts).toString('utf8').slice(0, 2000),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body === null) return void req.end();
    // Stream the body in 1 MB writes, as a client reading a file would.
    let at = 0;
    const pump = (): void => {
      while (at < body.length) {
        const next = body.subarray(at, at + MB);
        at += next.length;
        if (!req.write(next)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

export async function benchVault(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mg-bench-'));
  const { child, url } = await startVaultProcess({
    dataDir,
    devAuth: true,
    env: { MAILGUARD_RATE_LIMIT: '100000', MAILGUARD_MAX_FILE_MB: '200' },
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  try {
    const tokenAnswer = await send(
      url,
      'POST',
      '/api/dev/token',
      { 'content-type': 'application/json' },
      Buffer.from('{"email":"bench@vinnter.se"}'),
      agent,
    );
    const auth = {
      authorization: `Bearer ${(JSON.parse(tokenAnswer.text) as { access_token: string }).access_token}`,
    };
    // The client's own hash is computed before the clock starts: only the vault's work is measured.
    const upload = async (bytes: Buffer, name: string, sha256: string): Promise<string> => {
      const answer = await send(
        url,
        'POST',
        '/api/files',
        {
          ...auth,
          'content-type': 'application/octet-stream',
          'content-length': String(bytes.length),
          'x-file-name': name,
          'x-content-sha256': sha256,
          'x-recipients': 'bo@example.com',
        },
        bytes,
        agent,
      );
      if (answer.status !== 201) throw new Error(`upload failed: ${answer.status} ${answer.text}`);
      return (JSON.parse(answer.text) as { id: string }).id;
    };

    const big = randomBytes(100 * MB);
    const bigHash = createHash('sha256').update(big).digest('hex');
    const rates: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const started = process.hrtime.bigint();
      await upload(big, 'big.bin', bigHash);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      rates.push(100 / seconds);
    }
    const memory = await memoryOf(child.pid ?? 0);
    console.log(
      `vault upload 100 MB (stream + SHA-256 + sniff + AES-256-GCM + fsync; load ${loadAverage()}): median ${median(rates).toFixed(0)} MB/s (runs: ${rates.map((r) => r.toFixed(0)).join(', ')}; target ≥ 150)`,
    );
    console.log(
      `vault process RSS: peak ${memory.peak.toFixed(0)} MB, now ${memory.now.toFixed(0)} MB (target ≤ 150)`,
    );

    const small = randomBytes(MB);
    const fileId = await upload(small, 'one.bin', createHash('sha256').update(small).digest('hex'));
    const p50s: number[] = [];
    const p99s: number[] = [];
    let errors = 0;
    for (let round = 0; round < 3; round += 1) {
      const latencies = await Promise.all(
        Array.from({ length: 200 }, async () => {
          const started = process.hrtime.bigint();
          const answer = await send(url, 'GET', `/api/files/${fileId}/content`, auth, null, agent).catch(
            () => ({ status: 0, bytes: 0, text: '' }),
          );
          if (answer.status !== 200 || answer.bytes !== MB) errors += 1;
          return Number(process.hrtime.bigint() - started) / 1e6;
        }),
      );
      p50s.push(percentile(latencies, 50));
      p99s.push(percentile(latencies, 99));
    }
    const after = await memoryOf(child.pid ?? 0);
    console.log(
      `vault 200 concurrent downloads of 1 MB (decrypting): ${errors} errors in 600; median p50 ${median(p50s).toFixed(0)} ms, p99 ${median(p99s).toFixed(0)} ms; peak RSS ${after.peak.toFixed(0)} MB`,
    );
  } finally {
    agent.destroy();
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('vault.ts')) {
  benchVault().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
