/**
 * Migration 004: decision rows from before the sender became a keyed pseudonym hold the sender's address.
 * An old-shape database (migrated to 003, rows with addresses) is opened with the vault key: every such row
 * gets the pseudonym the vault stores today, no address remains in any row (nor, on SQLite, in any database
 * file), and a second start changes nothing. Without the key the store refuses to open and changes nothing.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PostgresDialect } from 'kysely';
import pg from 'pg';
import type { MetadataConfig, VaultConfig } from '../../src/server/config';
import { defaultConfig } from '../../src/server/config-env';
import { MasterKey } from '../../src/server/crypto/master-key';
import { openMetadata } from '../../src/server/deps';
import { AUDIT_KEY_PURPOSE, pseudonymOf } from '../../src/server/services/audit';
import { LATEST_SCHEMA, SCHEMA_STEPS, migrateSchema } from '../../src/server/storage/migrations';
import { SqliteMigrationDialect } from '../../src/server/storage/sqlite-driver';
import { PG_URL, announcePostgres, dropPgSchema, pgConfig, tempDir } from './support/adapters';

announcePostgres();

/** The schema as the release before the pseudonymous decision log left it. */
const BEFORE = SCHEMA_STEPS.filter((step) => step.name < '004');

/** Old rows (addresses, one in capitals) and a row already written with a pseudonym. */
const ADDRESSES = ['anna.svensson@vinnter.se', 'Bo.Ek@Vinnter.se', 'anna.svensson@vinnter.se'];
const key = MasterKey.generate();
const pseudonym = (address: string): string => pseudonymOf(key.derive(AUDIT_KEY_PURPOSE), 'actor', address);
const ALREADY = pseudonym('carl@vinnter.se');

const decisionRows = (): [string, string][] => [
  ...ADDRESSES.map((actor, i): [string, string] => [`old-${i}`, actor]),
  ['new-0', ALREADY],
];

const insertDecision = `INSERT INTO decisions (id, actor, decided_at, received_at, category, type, clause,
  decision, reason, reason_text, fingerprint) VALUES (?, ?, 1764892800000, 1764892800000, 'health', 'diagnosis',
  'P3', 'override', 'business-need', NULL, 'f')`;

const expected = (): Record<string, string> =>
  Object.fromEntries(
    decisionRows().map(([id, actor]) => [id, id.startsWith('old') ? pseudonym(actor) : actor]),
  );

const hasAddress = (text: string): boolean => /vinnter\.se/i.test(text);

async function open(dir: string, metadata: MetadataConfig, withKey = true) {
  return openMetadata({ ...defaultConfig(dir), metadata } as VaultConfig, withKey ? key : undefined);
}

describe('migration 004 on SQLite: old decision rows become pseudonymous', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await tempDir('mg-actors-');
    path = join(dir, 'meta.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    await migrateSchema('sqlite', new SqliteMigrationDialect({ database: db }), undefined, BEFORE);
    for (const [id, actor] of decisionRows()) db.prepare(insertDecision).run(id, actor);
    db.pragma('wal_checkpoint(TRUNCATE)'); // the addresses are in the main database file now
    db.close();
    expect(hasAddress((await readFile(path)).toString('latin1'))).toBe(true);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const actors = (): Record<string, string> => {
    const db = new Database(path, { readonly: true });
    const rows = db.prepare('SELECT id, actor FROM decisions').all() as { id: string; actor: string }[];
    db.close();
    return Object.fromEntries(rows.map((row) => [row.id, row.actor]));
  };

  it('replaces every address with the keyed pseudonym, leaves new rows, and a rerun is a no-op', async () => {
    const store = await open(dir, { kind: 'sqlite', path });
    expect(store.schemaVersion).toBe(LATEST_SCHEMA);
    await store.close();
    const after = actors();
    expect(after).toEqual(expected());
    // Two rows of one sender (one in other letter case elsewhere) count as one person.
    expect(after['old-0']).toBe(after['old-2']);

    const again = await open(dir, { kind: 'sqlite', path });
    await again.close();
    expect(actors()).toEqual(after);
  });

  it('leaves no address in any row nor in any file of the database, while the vault runs', async () => {
    const store = await open(dir, { kind: 'sqlite', path });
    // Read while the store is open: closing would checkpoint anyway, a running vault does not.
    const files = (await readdir(dir)).filter((name) => name.startsWith('meta.db'));
    expect(files).toContain('meta.db');
    for (const name of files)
      expect([name, hasAddress((await readFile(join(dir, name))).toString('latin1'))]).toEqual([name, false]);
    await store.close();
    const db = new Database(path, { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    for (const { name } of tables)
      expect(hasAddress(JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).all()))).toBe(false);
    db.close();
  });

  it('refuses to open without the vault key and changes nothing', async () => {
    await expect(open(dir, { kind: 'sqlite', path }, false)).rejects.toThrow(/Schema migration 004/);
    expect(actors()).toEqual(Object.fromEntries(decisionRows()));
  });
});

const describePg = PG_URL ? describe : describe.skip;

describePg('migration 004 on PostgreSQL: old decision rows become pseudonymous', () => {
  let dir: string;
  const schemas: string[] = [];
  beforeAll(async () => {
    dir = await tempDir('mg-actors-pg-');
  });
  afterAll(async () => {
    for (const schema of schemas) await dropPgSchema(schema);
    await rm(dir, { recursive: true, force: true });
  });

  async function oldShape(): Promise<MetadataConfig & { kind: 'postgres' }> {
    const config = pgConfig();
    schemas.push(config.schema);
    const pool = new pg.Pool({ connectionString: PG_URL, options: `-c search_path=${config.schema}` });
    try {
      await pool.query(`CREATE SCHEMA ${config.schema}`);
      await migrateSchema('postgres', new PostgresDialect({ pool }), config.schema, BEFORE);
      let n = 0;
      const numbered = insertDecision.replace(/\?/g, () => `$${++n}`);
      for (const [id, actor] of decisionRows()) await pool.query(numbered, [id, actor]);
    } finally {
      await pool.end();
    }
    return config;
  }

  async function rowsOf(schema: string, table: string): Promise<Record<string, unknown>[]> {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      return (await client.query(`SELECT * FROM ${schema}.${table}`)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  }

  it('replaces every address with the keyed pseudonym, no row keeps one, and a rerun is a no-op', async () => {
    const config = await oldShape();
    const store = await open(dir, config);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA);
    await store.close();
    const actors = async (): Promise<Record<string, string>> =>
      Object.fromEntries(
        (await rowsOf(config.schema, 'decisions')).map((row) => [String(row['id']), String(row['actor'])]),
      );
    const after = await actors();
    expect(after).toEqual(expected());
    const tables = (await rowsOf('pg_catalog', 'pg_tables')).filter((t) => t['schemaname'] === config.schema);
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables)
      expect(hasAddress(JSON.stringify(await rowsOf(config.schema, String(table['tablename']))))).toBe(false);

    const again = await open(dir, config);
    await again.close();
    expect(await actors()).toEqual(after);
  });

  it('refuses to open without the vault key and changes nothing', async () => {
    const config = await oldShape();
    await expect(open(dir, config, false)).rejects.toThrow(/Schema migration 004/);
    const rows = await rowsOf(config.schema, 'decisions');
    expect(Object.fromEntries(rows.map((row) => [row['id'], row['actor']]))).toEqual(
      Object.fromEntries(decisionRows()),
    );
  });
});
