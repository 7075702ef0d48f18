/**
 * A REAL vault process configured for Entra ID exactly as in production — tenant, audience, client secret,
 * console app registration, https public URL — with only `MAILGUARD_ENTRA_AUTHORITY` pointing at the
 * loopback provider (and that provider's certificate trusted through NODE_EXTRA_CA_CERTS). A TLS-terminating
 * proxy gives it its https public URL. The CLI is built by `npm run build:node`; built here if missing.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UploadResponse } from '../../src/contract';
import { RoundRobinProxy } from '../server/support/round-robin';
import { ROOT } from './built-dist';
import { EntraLikeProvider, type TenantUser } from './entra-provider';

export const TENANT = '4d5e6f70-8192-4a3b-9c4d-5e6f70819203';
export const VAULT_APP = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const CONSOLE_APP = '6f7e8d9c-0b1a-4c3d-8e5f-6a7b8c9d0e1f';
const VAULT_SECRET = randomBytes(24).toString('base64url');

export interface EntraVault {
  /** The https address people use (the proxy). */
  readonly publicUrl: string;
  /** The vault's own loopback address, for set-up calls from the test. */
  readonly directUrl: string;
  readonly provider: EntraLikeProvider;
  /** What the vault wrote: its start-up line and its log (warn level and up). */
  readonly logs: () => string;
  /** Shares a file as `sender` (an Entra access token from the tenant key); answers the link's token. */
  share(sender: TenantUser, name: string, bytes: Buffer, recipients: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startEntraVault(users: readonly TenantUser[], consoleDir: string): Promise<EntraVault> {
  if (!existsSync(join(ROOT, 'bin/mailguard.cjs')))
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-node.mjs')], { cwd: ROOT });
  const data = mkdtempSync(join(tmpdir(), 'mailguard-entra-'));
  const provider = await EntraLikeProvider.start({
    tenantId: TENANT,
    vaultClientId: VAULT_APP,
    vaultClientSecret: VAULT_SECRET,
    consoleClientId: CONSOLE_APP,
    users,
    dir: data,
  });
  const proxy = await RoundRobinProxy.start();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'bin/mailguard.cjs'), 'vault', '--port', '0', '--data', data],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_EXTRA_CA_CERTS: provider.caFile,
        MAILGUARD_PUBLIC_URL: proxy.url,
        MAILGUARD_MASTER_KEY: randomBytes(32).toString('hex'),
        MAILGUARD_TENANT_ID: TENANT,
        MAILGUARD_AUDIENCE: VAULT_APP,
        MAILGUARD_ENTRA_CLIENT_SECRET: VAULT_SECRET,
        MAILGUARD_CONSOLE_CLIENT_ID: CONSOLE_APP,
        MAILGUARD_ENTRA_AUTHORITY: provider.authority,
        MAILGUARD_CONSOLE_DIR: consoleDir,
        MAILGUARD_LOG_LEVEL: 'warn',
        MAILGUARD_RATE_LIMIT: '100000',
        MAILGUARD_LANDING_RATE_LIMIT: '100000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const directUrl = await new Promise<string>((resolve, reject) => {
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
  proxy.targets = [directUrl];
  await provider.register(proxy.url);
  return {
    publicUrl: proxy.url,
    directUrl,
    provider,
    logs: () => text,
    async share(sender, name, bytes, recipients) {
      const res = await fetch(`${directUrl}/api/files`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await provider.accessToken(sender)}`,
          'content-type': 'text/plain',
          'x-file-name': encodeURIComponent(name),
          'x-content-sha256': createHash('sha256').update(bytes).digest('hex'),
          'x-recipients': recipients,
        },
        body: new Uint8Array(bytes),
      });
      if (res.status !== 201) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
      const { links } = (await res.json()) as UploadResponse;
      return new URL(links[0]?.url ?? '').pathname.slice('/s/'.length);
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await proxy.close();
      await provider.close();
      rmSync(data, { recursive: true, force: true });
    },
  };
}
