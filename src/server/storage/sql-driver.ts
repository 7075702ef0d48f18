import type { AuditDraft, AuditEntry, AuditSealer } from './records';

/** A row as the database driver returns it (PostgreSQL gives BIGINT as strings, SQLite as numbers). */
export type Row = Record<string, unknown>;
/** A bound parameter value. */
export type Param = string | number | null;
/**
 * One SQL statement with its parameters (for {@link SqlDriver.batch}). `guard` makes it a condition: when it
 * changes no row, the whole batch rolls back with a {@link GuardFailed}.
 */
export type Statement = readonly [sql: string, params: readonly Param[], guard?: 'must-change'];

/** A guarded statement of a batch changed nothing (someone else changed the row first); nothing was written. */
export class GuardFailed extends Error {
  override name = 'GuardFailed' as const;
}

/** Throws {@link GuardFailed} when a guarded statement changed no row. */
export function checkGuard(statement: Statement, changed: number): void {
  if (statement[2] === 'must-change' && changed === 0)
    throw new GuardFailed('A guarded statement changed nothing.');
}

/**
 * The few operations the metadata store needs from a SQL database. SQL is written once with `?` parameters
 * in the common subset of SQLite and PostgreSQL; each driver adapts placeholders and transactions.
 */
export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  /** The last schema migration applied (see `migrations.ts`). */
  readonly schemaVersion: string;
  all(sql: string, params?: readonly Param[]): Promise<Row[]>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: readonly Param[]): Promise<number>;
  /** Runs the statements in one transaction. */
  batch(statements: readonly Statement[]): Promise<void>;
  /** Appends to the audit chain under an exclusive lock, so two writers never fork the chain. */
  appendAudit(draft: AuditDraft, sealer: AuditSealer): Promise<AuditEntry>;
  /** Makes deleted rows unrecoverable from the database's own files (after an erasure). */
  scrub(): Promise<void>;
  close(): Promise<void>;
}

/** The chain starts from this hash (64 zeros). */
export const GENESIS_HASH = '0'.repeat(64);

/** Audit SQL shared by both drivers. */
export const INSERT_AUDIT =
  'INSERT INTO audit (seq, at, kind, subject, actor, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)';
export const AUDIT_HEAD = 'SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1';
/** The signed head lives in its own one-row table, written in the append's transaction. */
export const UPSERT_ANCHOR = `INSERT INTO audit_anchor (id, seq, hash, mac) VALUES (1, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, mac = excluded.mac`;

export function anchorParams(entry: AuditEntry, sealer: AuditSealer): Param[] {
  return [entry.seq, entry.hash, sealer.anchor(entry.seq, entry.hash)];
}

/** Builds the entry that follows `head`. */
export function nextAuditEntry(head: Row | undefined, draft: AuditDraft, sealer: AuditSealer): AuditEntry {
  const prevHash = head === undefined ? GENESIS_HASH : String(head['hash']);
  const seq = head === undefined ? 1 : Number(head['seq']) + 1;
  return { ...draft, seq, prevHash, hash: sealer.seal(prevHash, draft) };
}

export function auditParams(entry: AuditEntry): Param[] {
  return [
    entry.seq,
    entry.at,
    entry.kind,
    entry.subject,
    entry.actor,
    entry.detail,
    entry.prevHash,
    entry.hash,
  ];
}
