import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { VaultDeps } from './app';
import type { VaultConfig } from './config';
import { DevAuthority } from './auth/dev';
import { EntraVerifier } from './auth/entra';
import { MasterKey } from './crypto/master-key';
import { AUDIT_KEY_PURPOSE, pseudonymOf } from './services/audit';
import { smtpMailer } from './services/mailer';
import { FsBlobStore } from './storage/fs-blobs';
import type { MigrationSecrets } from './storage/migrations';
import { SqlMetadataStore } from './storage/sql-store';
import { SqliteDriver } from './storage/sqlite-driver';
import type { BlobStore, MetadataStore } from './storage/types';

/**
 * The keyed functions a data migration may need, built from the master key here so that neither the key nor
 * anything derived from it reaches the database.
 */
export function migrationSecrets(masterKey: MasterKey): MigrationSecrets {
  const auditKey = masterKey.derive(AUDIT_KEY_PURPOSE);
  return { actorPseudonym: (address) => pseudonymOf(auditKey, 'actor', address) };
}

/**
 * Opens the configured metadata store (creating or migrating its tables). Without `masterKey` a migration
 * that must rewrite rows with it refuses to run, and the store does not open.
 */
export async function openMetadata(config: VaultConfig, masterKey?: MasterKey): Promise<MetadataStore> {
  const secrets = masterKey === undefined ? undefined : migrationSecrets(masterKey);
  if (config.metadata.kind === 'postgres') {
    const { url, schema } = config.metadata;
    // Loaded here, not at start: the pg client is ~15 MB the embedded engine never needs.
    const { PostgresDriver } = await import('./storage/postgres-driver');
    return new SqlMetadataStore(await PostgresDriver.open(url, schema, secrets));
  }
  await mkdir(dirname(config.metadata.path), { recursive: true, mode: 0o700 });
  return new SqlMetadataStore(await SqliteDriver.open(config.metadata.path, secrets));
}

/** Opens the configured blob store (filesystem or S3). */
export async function openBlobs(config: VaultConfig): Promise<BlobStore> {
  if (config.blobs.kind === 'fs') return new FsBlobStore(config.blobs.root);
  // Loaded only for S3: the AWS SDK is ~20 MB of a filesystem vault's memory otherwise.
  const { S3BlobStore } = await import('./storage/s3-blobs');
  return new S3BlobStore(config.blobs);
}

/**
 * Reads the master key. With `--dev-auth` a missing key file is created (mode 0600); in production a
 * missing key is a boot error, because a fresh key would silently make every stored file unreadable.
 */
export async function loadMasterKey(config: VaultConfig): Promise<MasterKey> {
  if (config.masterKey.kind === 'inline') return MasterKey.parse(config.masterKey.value);
  const path = config.masterKey.path;
  try {
    return MasterKey.parse(await readFile(path, 'utf8'));
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || config.auth.kind !== 'dev') throw error;
    const key = MasterKey.generate();
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFile(path, `${key.toHex()}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  }
}

/** Everything `createApp` needs, from the configuration. */
export async function buildDeps(config: VaultConfig): Promise<VaultDeps & { close(): Promise<void> }> {
  const masterKey = await loadMasterKey(config);
  const meta = await openMetadata(config, masterKey);
  const blobs = await openBlobs(config);
  const devAuthority = config.auth.kind === 'dev' ? await DevAuthority.create() : null;
  const verifier = config.auth.kind === 'entra' ? new EntraVerifier(config.auth) : devAuthority;
  if (verifier === null) throw new Error('unreachable: dev auth without authority');
  const mailer = config.smtpUrl === null ? null : smtpMailer(config.smtpUrl, config.mailFrom);
  return {
    meta,
    blobs,
    masterKey,
    verifier,
    devAuthority,
    mailer,
    async close() {
      mailer?.close();
      await blobs.close();
      await meta.close();
    },
  };
}
