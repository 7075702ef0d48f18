import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
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

/** Owner-only, whatever the umask (files from an older version are tightened too). */
function restrict(path: string): void {
  if (existsSync(path)) chmodSync(path, 0o600);
}

/**
 * SQLite runs DDL inside transactions, but Kysely's SQLite adapter says otherwise to stay safe for every
 * driver; with better-sqlite3 it holds, so each migration commits or rolls back whole, as on PostgreSQL.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** Kysely's SQLite dialect over our connection, with transactional migrations. */
export class SqliteMigrationDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}

/** Embedded SQLite (WAL, foreign keys on, synchronous=FULL so a committed upload survives a power cut). */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;

  /** The schema version found after migrating (the last applied step's name). */
  schemaVersion = '';

  /**
   * Opens (creating if needed) the database and brings its schema up to date; `secrets` for steps that rewrite
   * rows with the vault key (see `migrations.ts`).
   */
  static async open(path: string, secrets?: MigrationSecrets): Promise<SqliteDriver> {
    const driver = new SqliteDriver(path);
    try {
      const outcome = await migrateSchema(
        'sqlite',
        new SqliteMigrationDialect({ database: driver.db }),
        undefined,
        undefined,
        secrets,
      );
      driver.schemaVersion = outcome.version;
      // secure_delete zeroed the old cells in the database file; the checkpoint does the same for the WAL.
      if (outcome.rewritten.length > 0) await driver.scrub();
    } catch (error: unknown) {
      driver.db.close();
      throw error;
    }
    return driver;
  }

  private constructor(private readonly path: string) {
    // Created 0600 before SQLite opens it: SQLite gives the -wal and -shm files the mode of the database.
    closeSync(openSync(path, 'a', 0o600));
    restrict(path);
    this.db = new Database(path);
    // Deleted rows are overwritten with zeros instead of lingering in free space (erasure, P6).
    this.db.pragma('secure_delete = ON');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    for (const suffix of ['-wal', '-shm']) restrict(path + suffix);
  }

  /**
   * After an erasure: copy the WAL into the database and truncate it, so the old page images (file name,
   * recipients, wrapped key) do not outlive the erasure in the -wal file.
   */
  async scrub(): Promise<void> {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const suffix of ['-wal', '-shm']) restrict(this.path + suffix);
  }

  async all(sql: string, params: readonly Param[] = []): Promise<Row[]> {
    return this.db.prepare(sql).all(...params) as Row[];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return this.db.prepare(sql).run(...params).changes;
  }

  async batch(statements: readonly Statement[]): Promise<void> {
    this.db.transaction(() => {
      for (const statement of statements) {
        checkGuard(statement, this.db.prepare(statement[0]).run(...statement[1]).changes);
      }
    })();
  }

  async appendAudit(draft: AuditDraft, sealer: AuditSealer): Promise<AuditEntry> {
    // better-sqlite3 is synchronous, so the read and the insert cannot interleave with another append.
    return this.db
      .transaction(() => {
        const entry = nextAuditEntry(this.db.prepare(AUDIT_HEAD).get() as Row | undefined, draft, sealer);
        this.db.prepare(INSERT_AUDIT).run(...auditParams(entry));
        this.db.prepare(UPSERT_ANCHOR).run(...anchorParams(entry, sealer));
        return entry;
      })
      .immediate();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
