import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { MetadataConfig, VaultConfig } from '../../src/server/config';
import { defaultConfig } from '../../src/server/config-env';
import { openMetadata } from '../../src/server/deps';
import {
  LATEST_SCHEMA,
  MIGRATION_TABLE,
  MigrationError,
  SCHEMA_STEPS,
  migrateSchema,
  splitStatements,
} from '../../src/server/storage/migrations';
import { schemaSql } from '../../src/server/storage/schema';
import { SqliteMigrationDialect } from '../../src/server/storage/sqlite-driver';
import type { MetadataStore } from '../../src/server/storage/types';
import { PG_URL, announcePostgres, dropPgSchema, pgConfig, tempDir } from './support/adapters';

announcePostgres();

/** A file row as releases before migrations wrote it (column order of migration 001). */
const LEGACY_FILE = `INSERT INTO files (id, owner, owner_name, file_name, content_type, size, sha256, recipients,
  wrapped_key, created_at, retention_class, retain_until, legal_hold, search_text)
  VALUES ('legacyfile', 'anna@vinnter.se', 'Anna', 'gammal.txt', 'text/plain', 5, '${'a'.repeat(64)}',
  '["bo@example.com"]', 'v1:k:x', 1, 'standard', 4102444800000, 0, 'anna gammal.txt')`;

const stepNames = SCHEMA_STEPS.map((step) => step.name);

async function openWith(dir: string, metadata: MetadataConfig): Promise<MetadataStore> {
  return openMetadata({ ...defaultConfig(dir), metadata } as VaultConfig);
}

describe('numbered schema migrations on SQLite', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir('mg-migrate-');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('splits scripts at line-ending semicolons only (trigger bodies stay whole)', () => {
    const parts = splitStatements(schemaSql('sqlite'));
    expect(parts.find((p) => p.startsWith('CREATE TRIGGER IF NOT EXISTS audit_no_update'))).toMatch(/END$/);
    expect(parts.every((p) => !p.endsWith(';'))).toBe(true);
  });

  it('creates a new database at the latest version and records every step', async () => {
    const path = join(dir, 'meta.db');
    const store = await openWith(dir, { kind: 'sqlite', path });
    expect(store.schemaVersion).toBe(LATEST_SCHEMA);
    await store.close();
    const db = new Database(path, { readonly: true });
    const rows = db.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).all() as { name: string }[];
    expect(rows.map((r) => r.name)).toEqual(stepNames);
    db.close();
  });

  it('adopts a database created before migrations without losing a row, and is idempotent', async () => {
    const path = join(dir, 'meta.db');
    const legacy = new Database(path);
    legacy.exec(schemaSql('sqlite'));
    legacy.exec(LEGACY_FILE);
    legacy.close();
    for (let run = 0; run < 2; run += 1) {
      const store = await openWith(dir, { kind: 'sqlite', path });
      expect(store.schemaVersion).toBe(LATEST_SCHEMA);
      expect(await store.getFile('legacyfile')).toMatchObject({ fileName: 'gammal.txt', size: 5 });
      await store.close();
    }
    const db = new Database(path, { readonly: true });
    expect(db.prepare(`SELECT COUNT(*) AS n FROM ${MIGRATION_TABLE}`).get()).toEqual({ n: stepNames.length });
    db.close();
  });

  it('rolls a failing run back whole: the version before stays, nothing of the failed step remains', async () => {
    const db = new Database(join(dir, 'meta.db'));
    await migrateSchema(
      'sqlite',
      new SqliteMigrationDialect({ database: db }),
      undefined,
      SCHEMA_STEPS.slice(0, 1),
    );
    const broken = [
      ...SCHEMA_STEPS.slice(0, 1),
      {
        name: '002-broken',
        statements: () => ['CREATE TABLE half (id TEXT)', 'CREATE TABLE files (x TEXT)'],
      },
    ];
    await expect(
      migrateSchema('sqlite', new SqliteMigrationDialect({ database: db }), undefined, broken),
    ).rejects.toThrow(MigrationError);
    const names = db.prepare(`SELECT name FROM ${MIGRATION_TABLE}`).all() as { name: string }[];
    expect(names.map((r) => r.name)).toEqual(['001-initial']);
    const half = db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").all();
    expect(half).toEqual([]); // the failed step's first statement was rolled back with it
    db.close();
  });
});

const describePg = PG_URL ? describe : describe.skip;

describePg('numbered schema migrations on PostgreSQL', () => {
  let dir: string;
  const schemas: string[] = [];
  beforeAll(async () => {
    dir = await tempDir('mg-migrate-pg-');
  });
  afterAll(async () => {
    for (const schema of schemas) await dropPgSchema(schema);
    await rm(dir, { recursive: true, force: true });
  });

  const fresh = (): MetadataConfig & { kind: 'postgres' } => {
    const config = pgConfig();
    schemas.push(config.schema);
    return config;
  };

  async function query<T>(text: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      return (await client.query(text)).rows as T[];
    } finally {
      await client.end();
    }
  }

  it('adopts a schema created before migrations without losing a row', async () => {
    const config = fresh();
    await query(
      `CREATE SCHEMA ${config.schema}; SET search_path = ${config.schema}; ${schemaSql('postgres')}`,
    );
    await query(`SET search_path = ${config.schema}; ${LEGACY_FILE}`);
    const store = await openWith(dir, config);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA);
    expect(await store.getFile('legacyfile')).toMatchObject({ fileName: 'gammal.txt' });
    await store.close();
  });

  it('lets several instances start together against one new schema: one migrates, all open', async () => {
    const config = fresh();
    const stores = await Promise.all([1, 2, 3, 4].map(() => openWith(dir, config)));
    expect(stores.map((s) => s.schemaVersion)).toEqual(stores.map(() => LATEST_SCHEMA));
    const rows = await query<{ name: string }>(
      `SELECT name FROM ${config.schema}.${MIGRATION_TABLE} ORDER BY name`,
    );
    expect(rows.map((r) => r.name)).toEqual(stepNames);
    await Promise.all(stores.map((s) => s.close()));
  });

  it('keeps per-schema histories apart in one database', async () => {
    const first = fresh();
    const second = fresh();
    for (const config of [first, second]) {
      const store = await openWith(dir, config);
      expect(store.schemaVersion).toBe(LATEST_SCHEMA);
      await store.close();
    }
    const tables = await query<{ schemaname: string }>(
      `SELECT schemaname FROM pg_tables WHERE tablename = 'pending_sign_ins'
       AND schemaname IN ('${first.schema}', '${second.schema}')`,
    );
    expect(tables).toHaveLength(2);
  });
});
