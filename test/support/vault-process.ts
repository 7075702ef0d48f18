/**
 * The real vault as a separate process (`node bin/mailguard.cjs vault`), for the tests and benchmarks that
 * need what only a process shows: a kill mid-upload, several instances behind one address, throughput over
 * real sockets.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'node', 'mailguard.cjs');
/** The folders the bundled CLI is built from. */
const BUNDLED_SOURCES = ['src/server', 'src/cli', 'src/contract'];

export interface VaultProcess {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>`, as the vault printed it. */
  readonly url: string;
}

export interface VaultProcessOptions {
  readonly dataDir: string;
  /** `--dev-auth`: tokens from `POST /api/dev/token` instead of Entra ID. */
  readonly devAuth?: boolean;
  /** Added to this process's environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** Another checkout with its own build (a benchmark's baseline); default this one. */
  readonly root?: string;
}

/**
 * Builds the bundled CLI when it is missing or older than a source it contains. Only then: other suites may
 * be running the bundle at this moment, and `npm test` builds before testing anyway.
 */
export async function buildCliIfStale(): Promise<void> {
  const built = await stat(BUNDLE).catch(() => null);
  let stale = built === null;
  for (const folder of stale ? [] : BUNDLED_SOURCES) {
    for (const name of await readdir(join(ROOT, folder), { recursive: true })) {
      const info = await stat(join(ROOT, folder, name));
      if (info.isFile() && built !== null && info.mtimeMs > built.mtimeMs) stale = true;
    }
  }
  if (stale) execFileSync(process.execPath, ['scripts/build-node.mjs'], { cwd: ROOT, stdio: 'ignore' });
}

/** Starts `mailguard vault` on a free loopback port and waits until it says where it listens. */
export async function startVaultProcess(options: VaultProcessOptions): Promise<VaultProcess> {
  const args = ['bin/mailguard.cjs', 'vault', ...(options.devAuth === true ? ['--dev-auth'] : [])];
  const child = spawn(process.execPath, [...args, '--data', options.dataDir, '--port', '0'], {
    cwd: options.root ?? ROOT,
    env: { ...process.env, MAILGUARD_LOG_LEVEL: 'warn', ...options.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stderr?.on('data', (data: Buffer) => {
      text += data.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(text);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`vault exited early (${code}): ${text}`)));
  });
  return { child, url };
}
