/** The DPO's overview of stored files: totals per retention class and a filtered list (SQLite and PostgreSQL). */
import { FILE_COLUMNS, fileFromRow } from './rows';
import type { SqlDriver } from './sql-driver';
import type { FileRecord } from './records';

/** Files, bytes and files under legal hold of one retention class (live files only, not tombstones). */
export interface RetentionClassTotals {
  readonly retentionClass: string;
  readonly files: number;
  readonly bytes: number;
  readonly held: number;
}

/** Which live files to list; every field narrows. */
export interface StoredFileFilter {
  readonly retentionClass?: string;
  readonly legalHold?: boolean;
  /** Only files whose retention ends before this instant. */
  readonly retainedBefore?: Date;
}

export interface StoredFileStore {
  totals(): Promise<RetentionClassTotals[]>;
  /** Live files matching `filter`, soonest erased first, at most `limit`. */
  list(filter: StoredFileFilter, limit: number): Promise<FileRecord[]>;
}

export class SqlStoredFileStore implements StoredFileStore {
  constructor(private readonly db: SqlDriver) {}

  async totals(): Promise<RetentionClassTotals[]> {
    const rows = await this.db.all(
      `SELECT retention_class, COUNT(*) AS n, COALESCE(SUM(size), 0) AS bytes, SUM(legal_hold) AS held
       FROM files WHERE wrapped_key IS NOT NULL GROUP BY retention_class ORDER BY retention_class`,
    );
    return rows.map((row) => ({
      retentionClass: String(row['retention_class']),
      files: Number(row['n']),
      bytes: Number(row['bytes']),
      held: Number(row['held'] ?? 0),
    }));
  }

  async list(filter: StoredFileFilter, limit: number): Promise<FileRecord[]> {
    const where = ['wrapped_key IS NOT NULL'];
    const params: (string | number)[] = [];
    if (filter.retentionClass !== undefined) {
      where.push('retention_class = ?');
      params.push(filter.retentionClass);
    }
    if (filter.legalHold !== undefined) {
      where.push('legal_hold = ?');
      params.push(filter.legalHold ? 1 : 0);
    }
    if (filter.retainedBefore !== undefined) {
      where.push('retain_until < ?');
      params.push(filter.retainedBefore.getTime());
    }
    const rows = await this.db.all(
      `SELECT ${FILE_COLUMNS} FROM files WHERE ${where.join(' AND ')} ORDER BY retain_until, id LIMIT ?`,
      [...params, limit],
    );
    return rows.map(fileFromRow);
  }
}
