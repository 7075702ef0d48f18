/**
 * A REAL vault as its own process — `mailguard vault --dev-auth --port 0 --data <temp>` — for the move's
 * browser and integration tests. The CLI is built by `npm test` (`npm run build:node`); built here if missing.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './built-dist';

export interface VaultProcess {
  readonly url: string;
  token(email: string, roles?: readonly string[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the vault; `corsOrigins` are the pages allowed to call it (the simulator's origin), `env` more
 * MAILGUARD_* settings (e.g. retention classes).
 */
export async function startVaultProcess(
  corsOrigins: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): Promise<VaultProcess> {
  if (!existsSync(join(ROOT, 'dist/node/mailguard.cjs')))
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-node.mjs')], { cwd: ROOT });
  const data = mkdtempSync(join(tmpdir(), 'mailguard-move-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'bin/mailguard.cjs'), 'vault', '--dev-auth', '--port', '0', '--data', data],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        MAILGUARD_CORS_ORIGINS: corsOrigins.join(','),
        MAILGUARD_LOG_LEVEL: 'warn',
        MAILGUARD_RATE_LIMIT: '100000',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`vault did not start: ${text}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const match = /listening on (http:\/\/[^\s]+)/.exec(text);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vault exited (${String(code)}): ${text}`));
    });
  });
  return {
    url,
    async token(email, roles) {
      const response = await fetch(`${url}/api/dev/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(roles ? { email, roles } : { email }),
      });
      return ((await response.json()) as { access_token: string }).access_token;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
}
