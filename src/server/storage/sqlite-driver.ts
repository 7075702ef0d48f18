import Database from 'better-sqlite3';
import {
  AUDIT_HEAD,
  INSERT_AUDIT,
  UPSERT_ANCHOR,
  anchorParams,
  auditParams,
  nextAuditEntry,
  type Param,
  type Row,
  type SqlDriver,
  type Statement,
} from './sql-driver';
import { schemaSql } from './schema';
import type { AuditDraft, AuditEntry, AuditSealer } from './types';

/** Embedded SQLite (WAL, foreign keys on, synchronous=FULL so a committed upload survives a power cut). */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(schemaSql('sqlite'));
  }

  async all(sql: string, params: readonly Param[] = []): Promise<Row[]> {
    return this.db.prepare(sql).all(...params) as Row[];
  }

  async run(sql: string, params: readonly Param[] = []): Promise<number> {
    return this.db.prepare(sql).run(...params).changes;
  }

  async batch(statements: readonly Statement[]): Promise<void> {
    this.db.transaction(() => {
      for (const [sql, params] of statements) this.db.prepare(sql).run(...params);
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
