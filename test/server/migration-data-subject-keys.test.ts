/**
 * Migration 006: `files` and `uploads` get the keyed search terms of the people a file is about. A database of
 * the release before (migrated to 005, with a stored file and an unfinished upload) opens at the latest
 * version on SQLite and PostgreSQL: the old rows keep every field, have no terms, are still found by the
 * owner's name, and a file stored afterwards is found by its terms. A second start changes nothing.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PostgresDialect } from 'kysely';
import pg from 'pg';
import type { MetadataConfig, VaultConfig } from '../../src/server/config';
import { defaultConfig } from '../../src/server/config-env';
import { openMetadata } from '../../src/server/deps';
import { LATEST_SCHEMA, SCHEMA_STEPS, migrateSchema } from '../../src/server/storage/migrations';
import { SqliteMigrationDialect } from '../../src/server/storage/sqlite-driver';
import type { FileRecord } from '../../src/server/storage/types';
import { PG_URL, announcePostgres, dropPgSchema, pgConfig, tempDir } from './support/adapters';

announcePostgres();

const BEFORE = SCHEMA_STEPS.filter((step) => step.name < '006');

const OLD_FILE = `INSERT INTO files (id, owner, owner_name, file_name, content_type, size, sha256, recipients,
  wrapped_key, created_at, retention_class, retain_until, legal_hold, search_text)
  VALUES ('oldfile', 'anna@vinnter.se', 'Anna Andersson', 'cv.eml', 'message/rfc822', 5, '${'a'.repeat(64)}',
  '["anna@vinnter.se"]', 'v1:k:x', 1, 'standard', 4102444800000, 0, 'anna@vinnter.se
anna andersson
cv.eml
anna@vinnter.se')`;
const OLD_LINK = `INSERT INTO links (id, file_id, secret_hash, expires_at, download_limit, downloads)
  VALUES ('oldlink', 'oldfile', 'h', 4102444800000, NULL, 0)`;
const OLD_UPLOAD = `INSERT INTO uploads (id, file_id, owner, owner_name, file_name, content_type, size, sha256,
  recipients, retention_class, download_limit, link_expiry_days, wrapped_key, upload_offset, expires_at)
  VALUES ('oldupload', 'f2', 'anna@vinnter.se', 'Anna', 'big.eml', 'message/rfc822', 9, '${'b'.repeat(64)}',
  '["anna@vinnter.se"]', 'standard', NULL, 30, 'w', 0, 4102444800000)`;

const KEY = 'c'.repeat(32);
const newFile: FileRecord = {
  id: 'newfile',
  owner: 'anna@vinnter.se',
  ownerName: 'Anna Andersson',
  fileName: 'ny.eml',
  contentType: 'message/rfc822',
  size: 7,
  sha256: 'd'.repeat(64),
  recipients: ['anna@vinnter.se'],
  wrappedKey: 'v1:k:y',
  createdAt: new Date(2),
  retentionClass: 'standard',
  retainUntil: new Date(4102444800000),
  legalHold: false,
  subjectKeys: [KEY],
};

async function checkMigrated(dir: string, metadata: MetadataConfig): Promise<void> {
  for (let run = 0; run < 2; run += 1) {
    const store = await openMetadata({ ...defaultConfig(dir), metadata } as VaultConfig);
    try {
      expect(store.schemaVersion).toBe(LATEST_SCHEMA);
      expect(await store.getFile('oldfile')).toMatchObject({ fileName: 'cv.eml', size: 5, subjectKeys: [] });
      expect(await store.uploads.get('oldupload')).toMatchObject({ fileName: 'big.eml', subjectKeys: [] });
      expect((await store.search('andersson', 10, [KEY])).map((f) => f.id)).toContain('oldfile');
      if (run === 0)
        await store.insertFileWithLink(newFile, {
          id: 'newlink',
          fileId: 'newfile',
          secretHash: 'h2',
          expiresAt: new Date(4102444800000),
          downloadLimit: null,
          downloads: 0,
        });
      expect((await store.search('no such text', 10, [KEY])).map((f) => f.id)).toEqual(['newfile']);
      expect((await store.search('no such text', 10, ['e'.repeat(32)])).map((f) => f.id)).toEqual([]);
    } finally {
      await store.close();
    }
  }
}

describe('migration 006 on SQLite: data-subject keys', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('mg-subject-keys-');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('adds the columns, keeps old rows whole and searchable, and a rerun is a no-op', async () => {
    const path = join(dir, 'meta.db');
    const db = new Database(path);
    await migrateSchema('sqlite', new SqliteMigrationDialect({ database: db }), undefined, BEFORE);
    for (const statement of [OLD_FILE, OLD_LINK, OLD_UPLOAD]) db.exec(statement);
    db.close();
    await checkMigrated(dir, { kind: 'sqlite', path });
  });
});

const describePg = PG_URL ? describe : describe.skip;

describePg('migration 006 on PostgreSQL: data-subject keys', () => {
  let dir: string;
  const schemas: string[] = [];
  beforeAll(async () => {
    dir = await tempDir('mg-subject-keys-pg-');
  });
  afterAll(async () => {
    for (const schema of schemas) await dropPgSchema(schema);
    await rm(dir, { recursive: true, force: true });
  });

  it('adds the columns, keeps old rows whole and searchable, and a rerun is a no-op', async () => {
    const config = pgConfig();
    schemas.push(config.schema);
    const pool = new pg.Pool({ connectionString: PG_URL, options: `-c search_path=${config.schema}` });
    try {
      await pool.query(`CREATE SCHEMA ${config.schema}`);
      await migrateSchema('postgres', new PostgresDialect({ pool }), config.schema, BEFORE);
      for (const statement of [OLD_FILE, OLD_LINK, OLD_UPLOAD]) await pool.query(statement);
    } finally {
      await pool.end();
    }
    await checkMigrated(dir, config);
  });
});
