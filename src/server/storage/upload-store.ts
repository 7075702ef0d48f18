/** Resumable uploads in progress: their rows, their segments and the commit lease (SQLite and PostgreSQL). */
import { UPLOAD_COLUMNS, placeholders, uploadFromRow, uploadParams } from './rows';
import { GuardFailed, type SqlDriver, type Statement } from './sql-driver';
import type { UploadRecord, UploadSegment } from './records';

export interface UploadStore {
  insert(upload: UploadRecord): Promise<void>;
  get(id: string): Promise<UploadRecord | null>;
  setOffset(id: string, offset: number): Promise<void>;
  delete(id: string): Promise<void>;
  listExpired(now: Date): Promise<UploadRecord[]>;
  /**
   * Records a written segment and moves the offset to its end, in one transaction, only if the offset is still
   * the segment's start and no commit holds the upload: false means another request got there first.
   */
  appendSegment(uploadId: string, segment: UploadSegment): Promise<boolean>;
  /** The upload's segments in offset order. */
  listSegments(uploadId: string): Promise<UploadSegment[]>;
  /** Every segment object key some upload still references (the orphan sweep keeps these). */
  allSegmentKeys(): Promise<Set<string>>;
  /** Takes the upload for committing until `until`, if complete and no other commit holds it. */
  claimCommit(id: string, now: Date, until: Date): Promise<boolean>;
  releaseCommit(id: string): Promise<void>;
  allIds(): Promise<Set<string>>;
}

/** A finished or abandoned session: its segment rows and itself (the objects are the caller's to delete). */
export function uploadRemoval(id: string): Statement[] {
  return [
    ['DELETE FROM upload_segments WHERE upload_id = ?', [id]],
    ['DELETE FROM uploads WHERE id = ?', [id]],
  ];
}

export class SqlUploadStore implements UploadStore {
  constructor(private readonly db: SqlDriver) {}

  async insert(upload: UploadRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO uploads (${UPLOAD_COLUMNS}) VALUES (${placeholders(UPLOAD_COLUMNS)})`,
      uploadParams(upload),
    );
  }

  async get(id: string): Promise<UploadRecord | null> {
    const [row] = await this.db.all(`SELECT ${UPLOAD_COLUMNS} FROM uploads WHERE id = ?`, [id]);
    return row === undefined ? null : uploadFromRow(row);
  }

  async setOffset(id: string, offset: number): Promise<void> {
    await this.db.run('UPDATE uploads SET upload_offset = ? WHERE id = ?', [offset, id]);
  }

  async delete(id: string): Promise<void> {
    await this.db.batch(uploadRemoval(id));
  }

  async appendSegment(uploadId: string, segment: UploadSegment): Promise<boolean> {
    try {
      await this.db.batch([
        [
          `UPDATE uploads SET upload_offset = ? WHERE id = ? AND upload_offset = ? AND committing_until IS NULL`,
          [segment.end, uploadId, segment.start],
          'must-change',
        ],
        [
          `INSERT INTO upload_segments (upload_id, start_offset, end_offset, object_key, encrypted_bytes)
           VALUES (?, ?, ?, ?, ?)`,
          [uploadId, segment.start, segment.end, segment.objectKey, segment.encryptedBytes],
        ],
      ]);
      return true;
    } catch (error: unknown) {
      if (error instanceof GuardFailed) return false;
      throw error;
    }
  }

  async listSegments(uploadId: string): Promise<UploadSegment[]> {
    const rows = await this.db.all(
      `SELECT start_offset, end_offset, object_key, encrypted_bytes FROM upload_segments
       WHERE upload_id = ? ORDER BY start_offset`,
      [uploadId],
    );
    return rows.map((row) => ({
      start: Number(row['start_offset']),
      end: Number(row['end_offset']),
      objectKey: String(row['object_key']),
      encryptedBytes: Number(row['encrypted_bytes']),
    }));
  }

  async allSegmentKeys(): Promise<Set<string>> {
    const rows = await this.db.all('SELECT object_key FROM upload_segments');
    return new Set(rows.map((row) => String(row['object_key'])));
  }

  async claimCommit(id: string, now: Date, until: Date): Promise<boolean> {
    const changed = await this.db.run(
      `UPDATE uploads SET committing_until = ? WHERE id = ? AND upload_offset = size
       AND (committing_until IS NULL OR committing_until <= ?)`,
      [until.getTime(), id, now.getTime()],
    );
    return changed === 1;
  }

  async releaseCommit(id: string): Promise<void> {
    await this.db.run('UPDATE uploads SET committing_until = NULL WHERE id = ?', [id]);
  }

  async listExpired(now: Date): Promise<UploadRecord[]> {
    const rows = await this.db.all(`SELECT ${UPLOAD_COLUMNS} FROM uploads WHERE expires_at <= ?`, [
      now.getTime(),
    ]);
    return rows.map(uploadFromRow);
  }

  async allIds(): Promise<Set<string>> {
    return new Set((await this.db.all('SELECT id FROM uploads')).map((row) => String(row['id'])));
  }
}
