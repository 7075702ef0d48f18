import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import S3rver from 's3rver';
import type { BlobConfig, MetadataConfig } from '../../../src/server/config';

/** The PostgreSQL used for adapter tests (CI sets it; `source scripts/ci-postgres.sh` locally). */
export const PG_URL = process.env['MAILGUARD_TEST_PG_URL'];

/** Says clearly, once per suite that would use it, that PostgreSQL is not being tested. */
export function announcePostgres(): void {
  if (PG_URL === undefined || PG_URL === '') {
    console.warn(
      'MAILGUARD_TEST_PG_URL is not set: the PostgreSQL adapter tests are skipped (source scripts/ci-postgres.sh).',
    );
  }
}

export type MetaKind = 'sqlite' | 'postgres';
export type BlobKind = 'fs' | 's3';

/** The metadata adapters available here (PostgreSQL only with a test database). */
export const META_KINDS: readonly MetaKind[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];
export const BLOB_KINDS: readonly BlobKind[] = ['fs', 's3'];
/** Storage combinations the HTTP suite runs against: each adapter at least once. */
export const COMBOS: ReadonlyArray<readonly [MetaKind, BlobKind]> = PG_URL
  ? [
      ['sqlite', 'fs'],
      ['postgres', 's3'],
    ]
  : [
      ['sqlite', 'fs'],
      ['sqlite', 's3'],
    ];

export async function tempDir(prefix = 'mg-vault-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A real S3-compatible server (s3rver) on loopback with a `vault` bucket. */
export async function startS3(): Promise<{ config: (prefix: string) => BlobConfig; close(): Promise<void> }> {
  const directory = await tempDir('mg-s3-');
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: 'vault' }],
  });
  const { port } = await server.run();
  return {
    config: (prefix) => ({
      kind: 's3',
      bucket: 'vault',
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      prefix,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    }),
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** A fresh schema per test run, so suites never see each other's rows. */
export function pgConfig(): MetadataConfig & { kind: 'postgres' } {
  if (PG_URL === undefined) throw new Error('no PostgreSQL');
  return { kind: 'postgres', url: PG_URL, schema: `mg_${randomBytes(6).toString('hex')}` };
}

export async function dropPgSchema(schema: string): Promise<void> {
  if (PG_URL === undefined) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
}
