import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../../src/server/app';
import { DevAuthority } from '../../../src/server/auth/dev';
import type { TokenVerifier } from '../../../src/server/auth/principal';
import type { VaultConfig } from '../../../src/server/config';
import { defaultConfig } from '../../../src/server/config-env';
import { MasterKey } from '../../../src/server/crypto/master-key';
import { openBlobs, openMetadata } from '../../../src/server/deps';
import type { Mailer } from '../../../src/server/services/mailer';
import { dropPgSchema, pgConfig, startS3, tempDir, type BlobKind, type MetaKind } from './adapters';

/** A clock tests can move. */
export class TestClock {
  private offsetMs = 0;
  now = (): Date => new Date(Date.now() + this.offsetMs);
  advanceDays(days: number): void {
    this.offsetMs += days * 86_400_000;
  }
}

export interface TestVault {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly config: VaultConfig;
  readonly clock: TestClock;
  readonly logs: () => string;
  token(email: string, roles?: string[]): Promise<string>;
  close(): Promise<void>;
}

export interface VaultOptions {
  readonly meta?: MetaKind;
  readonly blobs?: BlobKind;
  readonly config?: Partial<VaultConfig>;
  readonly verifier?: TokenVerifier;
  readonly mailer?: Mailer;
  readonly chunkSize?: number;
  /** Registers the OpenAPI generator at start instead of on the first request. */
  readonly openApiAtStart?: boolean;
}

/** A real vault on 127.0.0.1:0 with real storage in a temp folder (and s3rver / PostgreSQL when asked). */
export async function startTestVault(options: VaultOptions = {}): Promise<TestVault> {
  const dataDir = await tempDir();
  const s3 = options.blobs === 's3' ? await startS3() : null;
  const pg = options.meta === 'postgres' ? pgConfig() : null;
  const base = defaultConfig(dataDir);
  const config: VaultConfig = {
    ...base,
    port: 0,
    logLevel: 'info',
    rateLimitPerMinute: 10_000,
    landingRateLimitPerMinute: 10_000,
    ...(pg === null ? {} : { metadata: pg }),
    ...(s3 === null ? {} : { blobs: s3.config('blobs/') }),
    ...options.config,
  };
  const clock = new TestClock();
  const devAuthority = await DevAuthority.create();
  const logStream = new PassThrough();
  let logText = '';
  logStream.on('data', (data: Buffer) => (logText += data.toString('utf8')));
  const meta = await openMetadata(config);
  const blobs = await openBlobs(config);
  const app = await createApp(config, {
    meta,
    blobs,
    masterKey: MasterKey.generate(),
    verifier: options.verifier ?? devAuthority,
    devAuthority: options.verifier === undefined ? devAuthority : null,
    mailer: options.mailer ?? null,
    now: clock.now,
    logStream,
    chunkSize: options.chunkSize ?? 64 * 1024,
    openApiAtStart: options.openApiAtStart ?? false,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  app.vault.ctx.publicUrl = url;
  return {
    url,
    app,
    config,
    clock,
    logs: () => logText,
    token: (email, roles = []) => devAuthority.issue(email, roles),
    async close() {
      await app.close();
      await blobs.close();
      await meta.close();
      await s3?.close();
      if (pg !== null) await dropPgSchema(pg.schema);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export interface UploadOptions {
  readonly name?: string;
  readonly recipients?: string;
  readonly type?: string;
  readonly sha?: string;
  readonly headers?: Record<string, string>;
}

/** `POST /api/files` as the add-in does it. */
export async function upload(
  vault: TestVault,
  token: string,
  bytes: Uint8Array,
  options: UploadOptions = {},
): Promise<Response> {
  return fetch(`${vault.url}/api/files`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': options.type ?? 'text/plain',
      'x-file-name': encodeURIComponent(options.name ?? 'lista.txt'),
      'x-content-sha256': options.sha ?? sha256(bytes),
      'x-recipients': options.recipients ?? 'bo@example.com, Cecilia@Partner.se',
      ...options.headers,
    },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
}

export function stagingDir(vault: TestVault): string {
  return join(vault.config.dataDir, 'staging');
}
