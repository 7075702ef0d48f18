/** The decision log's table and queries (SQLite and PostgreSQL share the SQL). */
import type { SqlDriver } from './sql-driver';

/** One stored decision. `actor` is the sender's address; nothing in a row is a matched value. */
export interface DecisionRecord {
  readonly id: string;
  readonly actor: string;
  readonly decidedAt: Date;
  readonly receivedAt: Date;
  readonly category: string;
  readonly type: string;
  readonly clause: string;
  readonly decision: string;
  readonly reason: string;
  readonly reasonText: string | null;
  readonly fingerprint: string;
}

/** Counts per UTC day (epoch day number) and per category, type, clause, decision and reason. */
export interface DecisionDayCount {
  readonly day: number;
  readonly category: string;
  readonly type: string;
  readonly clause: string;
  readonly decision: string;
  readonly reason: string;
  readonly count: number;
}

export interface DecisionStore {
  /** Stores the decision once: a retried send with the same id changes nothing. False when already there. */
  insert(decision: DecisionRecord): Promise<boolean>;
  /** Decisions with `from <= decidedAt < to`, optionally of one category, counted per day. */
  countByDay(from: Date, to: Date, category: string | null): Promise<DecisionDayCount[]>;
}

/** Additive: created with the other tables at start-up. */
export function decisionSchemaSql(dialect: 'sqlite' | 'postgres'): string {
  const int = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return `
CREATE TABLE IF NOT EXISTS decisions (
  id TEXT PRIMARY KEY, actor TEXT NOT NULL, decided_at ${int} NOT NULL, received_at ${int} NOT NULL,
  category TEXT NOT NULL, type TEXT NOT NULL, clause TEXT NOT NULL, decision TEXT NOT NULL,
  reason TEXT NOT NULL, reason_text TEXT, fingerprint TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS decisions_decided_at ON decisions (decided_at);`;
}

const DAY_MS = 86_400_000;

export class SqlDecisionStore implements DecisionStore {
  constructor(private readonly db: SqlDriver) {}

  async insert(d: DecisionRecord): Promise<boolean> {
    const changed = await this.db.run(
      `INSERT INTO decisions (id, actor, decided_at, received_at, category, type, clause, decision, reason,
         reason_text, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [
        d.id,
        d.actor,
        d.decidedAt.getTime(),
        d.receivedAt.getTime(),
        d.category,
        d.type,
        d.clause,
        d.decision,
        d.reason,
        d.reasonText,
        d.fingerprint,
      ],
    );
    return changed === 1;
  }

  async countByDay(from: Date, to: Date, category: string | null): Promise<DecisionDayCount[]> {
    // Integer division of epoch milliseconds gives the UTC day in both dialects (BIGINT / INTEGER).
    const rows = await this.db.all(
      `SELECT decided_at / ${DAY_MS} AS day, category, type, clause, decision, reason, COUNT(*) AS n
       FROM decisions WHERE decided_at >= ? AND decided_at < ? AND (CAST(? AS TEXT) IS NULL OR category = ?)
       GROUP BY decided_at / ${DAY_MS}, category, type, clause, decision, reason
       ORDER BY 1, category, type, clause, decision, reason`,
      [from.getTime(), to.getTime(), category, category],
    );
    return rows.map((row) => ({
      day: Math.floor(Number(row['day'])),
      category: String(row['category']),
      type: String(row['type']),
      clause: String(row['clause']),
      decision: String(row['decision']),
      reason: String(row['reason']),
      count: Number(row['n']),
    }));
  }
}
