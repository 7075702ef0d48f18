import { PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrateSchema, type MigrationSecrets } from './migrations';
import {
  AUDIT_HEAD,
  INSERT_AUDIT,
  UPSERT_ANCHOR,
  anchorParams,
  auditParams,
  checkGuard,
  nextAuditEntry,
  type Param,
  type Row,
  type SqlDriver,
  type Statement,
} from './sql-driver';
import type { AuditDraft, AuditEntry, AuditSealer } from './records';

/** Any constant: the advisory lock that serialises audit appends across vault instances. */
const AUDIT_LOCK = 4_711_004;

/** `?` placeholders → `$1, $2…` (our SQL has no `?` inside string literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** PostgreSQL for several vault instances sharing one database. */
export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;

  /** The schema version found after migrating (the last applied step's name). */
  schemaVersion = '';

  private constructor(private readonly pool: pg.Pool) {}

  /**
   * Connects, selects (and creates) `schema`, and brings its tables up to date (numbered migrations);
   * `secrets` for steps that rewrite rows with the vault key (see `migrations.ts`).
   */
  static async open(url: string, schema = 'public', secrets?: MigrationSecrets): Promise<PostgresDriver> {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new RangeError('Invalid PostgreSQL schema name.');
    const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` });
    const driver = new PostgresDriver(pool);
    try {
      // Two instances booting together must not race on CREATE SCHEMA IF NOT EXISTS; the migrator then
      // serialises the table steps with its own advisory lock.
      await driver.transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK + 1]);
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      });
      const outcome = await migrateSchema(
        'postgres',
        new PostgresDialect({ pool }),
        schema,
        undefined,
        secrets,
      );
      driver.schemaVersion = outcome.version;
      // The rewritten rows' old versions (with what they held) are reclaimed now, not at autovacuum's leisure.
      for (const table of outcome.rewritten) await pool.query(`VACUUM ${table}`);
    } catch (error: unknown) {
      await pool.end();
      throw error;
    }
    return driver;
  }

  async all(sql: string, params: readonly Param[] = []): Promise<Row[]> {
    return (await this.pool.query(numbered(sql), [...params])).rows as Row[];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return (await this.pool.query(numbered(sql), [...params])).rowCount ?? 0;
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error: unknown) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async batch(statements: readonly Statement[]): Promise<void> {
    await this.transaction(async (client) => {
      for (const statement of statements) {
        const result = await client.query(numbered(statement[0]), [...statement[1]]);
        checkGuard(statement, result.rowCount ?? 0);
      }
    });
  }

  async appendAudit(draft: AuditDraft, sealer: AuditSealer): Promise<AuditEntry> {
    return this.transaction(async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
      const head = (await client.query(AUDIT_HEAD)).rows[0] as Row | undefined;
      const entry = nextAuditEntry(head, draft, sealer);
      await client.query(numbered(INSERT_AUDIT), auditParams(entry));
      await client.query(numbered(UPSERT_ANCHOR), anchorParams(entry, sealer));
      return entry;
    });
  }

  /**
   * Nothing per erasure: a deleted row version stays in the table file until (auto)vacuum reclaims it, and a
   * VACUUM per erased file would serialise a data-subject erasure of many files. The wrapped key is useless
   * without the master key meanwhile; docs/vault.md gives the operator's vacuum schedule.
   */
  async scrub(): Promise<void> {}

  async close(): Promise<void> {
    await this.pool.end();
  }
}
