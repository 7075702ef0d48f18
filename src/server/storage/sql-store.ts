import {
  FILE_COLUMNS,
  LINK_COLUMNS,
  UPLOAD_COLUMNS,
  auditFromRow,
  codeFromRow,
  fileFromRow,
  fileParams,
  likeContains,
  linkFromRow,
  linkParams,
  uploadFromRow,
  uploadParams,
} from './rows';
import { SqlDecisionStore, type DecisionStore } from './decision-store';
import { SqlSenderLinkStore, linkStoreErasure, type SenderLinkStore } from './link-store';
import { SqlStoredFileStore, type StoredFileStore } from './stored-files';
import {
  clearCodeFailures,
  codeLockedUntil,
  recordCodeFailure,
  takeCodeMail,
  type CodeGuardLimits,
} from './code-guard';
import { GuardFailed, type SqlDriver, type Statement } from './sql-driver';
import type {
  AuditAnchor,
  AuditDraft,
  AuditSealer,
  AuditEntry,
  CodeRecord,
  FileRecord,
  LinkRecord,
  MetadataStore,
  PendingSignInRecord,
  UploadRecord,
  UploadSegment,
} from './types';

/** A finished or abandoned session: its segment rows and itself (the objects are the caller's to delete). */
const uploadRemoval = (id: string): Statement[] => [
  ['DELETE FROM upload_segments WHERE upload_id = ?', [id]],
  ['DELETE FROM uploads WHERE id = ?', [id]],
];

const marks = (columns: string): string =>
  columns
    .split(',')
    .map(() => '?')
    .join(', ');

/** The metadata store over any {@link SqlDriver}: one set of queries for SQLite and PostgreSQL. */
export class SqlMetadataStore implements MetadataStore {
  readonly decisions: DecisionStore;
  readonly senderLinks: SenderLinkStore;
  readonly storedFiles: StoredFileStore;

  constructor(private readonly db: SqlDriver) {
    this.decisions = new SqlDecisionStore(db);
    this.senderLinks = new SqlSenderLinkStore(db);
    this.storedFiles = new SqlStoredFileStore(db);
  }

  get kind(): 'sqlite' | 'postgres' {
    return this.db.dialect;
  }

  get schemaVersion(): string {
    return this.db.schemaVersion;
  }

  async insertFileWithLink(file: FileRecord, link: LinkRecord, finishedUpload?: string): Promise<void> {
    await this.db.batch([
      [`INSERT INTO files (${FILE_COLUMNS}) VALUES (${marks(FILE_COLUMNS)})`, fileParams(file)],
      [`INSERT INTO links (${LINK_COLUMNS}) VALUES (${marks(LINK_COLUMNS)})`, linkParams(link)],
      ...(finishedUpload === undefined ? [] : uploadRemoval(finishedUpload)),
    ]);
  }

  async getFile(id: string): Promise<FileRecord | null> {
    const [row] = await this.db.all(`SELECT ${FILE_COLUMNS} FROM files WHERE id = ?`, [id]);
    return row === undefined ? null : fileFromRow(row);
  }

  async destroyKey(id: string): Promise<void> {
    await this.db.run('UPDATE files SET wrapped_key = NULL WHERE id = ?', [id]);
  }

  async deleteFile(id: string): Promise<void> {
    await this.db.batch([
      ['DELETE FROM codes WHERE link_id IN (SELECT id FROM links WHERE file_id = ?)', [id]],
      ['DELETE FROM code_guard WHERE link_id IN (SELECT id FROM links WHERE file_id = ?)', [id]],
      ...linkStoreErasure(id),
      ['DELETE FROM links WHERE file_id = ?', [id]],
      ['DELETE FROM files WHERE id = ?', [id]],
    ]);
  }

  async setLegalHold(id: string, hold: boolean): Promise<void> {
    await this.db.run('UPDATE files SET legal_hold = ? WHERE id = ?', [hold ? 1 : 0, id]);
  }

  async listDue(now: Date, limit: number): Promise<FileRecord[]> {
    const rows = await this.db.all(
      `SELECT ${FILE_COLUMNS} FROM files WHERE wrapped_key IS NULL OR (retain_until <= ? AND legal_hold = 0)
       ORDER BY retain_until LIMIT ?`,
      [now.getTime(), limit],
    );
    return rows.map(fileFromRow);
  }

  async allFileIds(): Promise<Set<string>> {
    return new Set((await this.db.all('SELECT id FROM files')).map((row) => String(row['id'])));
  }

  async search(query: string, limit: number): Promise<FileRecord[]> {
    const rows = await this.db.all(
      `SELECT ${FILE_COLUMNS} FROM files WHERE search_text LIKE ? ESCAPE '\\' ORDER BY created_at LIMIT ?`,
      [likeContains(query), limit],
    );
    return rows.map(fileFromRow);
  }

  async getLinkBySecretHash(secretHash: string): Promise<LinkRecord | null> {
    const [row] = await this.db.all(`SELECT ${LINK_COLUMNS} FROM links WHERE secret_hash = ?`, [secretHash]);
    return row === undefined ? null : linkFromRow(row);
  }

  async getLinkForFile(fileId: string): Promise<LinkRecord | null> {
    const [row] = await this.db.all(`SELECT ${LINK_COLUMNS} FROM links WHERE file_id = ?`, [fileId]);
    return row === undefined ? null : linkFromRow(row);
  }

  async countDownload(linkId: string): Promise<boolean> {
    const changed = await this.db.run(
      'UPDATE links SET downloads = downloads + 1 WHERE id = ? AND (download_limit IS NULL OR downloads < download_limit)',
      [linkId],
    );
    return changed === 1;
  }

  async putCode(code: CodeRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO codes (link_id, email, code_hash, expires_at, attempts) VALUES (?, ?, ?, ?, 0)
       ON CONFLICT (link_id, email) DO UPDATE SET code_hash = excluded.code_hash, expires_at = excluded.expires_at, attempts = 0`,
      [code.linkId, code.email, code.codeHash, code.expiresAt.getTime()],
    );
  }

  async getCode(linkId: string, email: string): Promise<CodeRecord | null> {
    const [row] = await this.db.all('SELECT * FROM codes WHERE link_id = ? AND email = ?', [linkId, email]);
    return row === undefined ? null : codeFromRow(row);
  }

  async bumpCodeAttempts(linkId: string, email: string): Promise<void> {
    await this.db.run('UPDATE codes SET attempts = attempts + 1 WHERE link_id = ? AND email = ?', [
      linkId,
      email,
    ]);
  }

  async deleteCode(linkId: string, email: string): Promise<void> {
    await this.db.run('DELETE FROM codes WHERE link_id = ? AND email = ?', [linkId, email]);
  }

  codeLockedUntil(linkId: string, email: string, now: Date): Promise<Date | null> {
    return codeLockedUntil(this.db, linkId, email, now);
  }

  takeCodeMail(linkId: string, email: string, now: Date, limits: CodeGuardLimits): Promise<boolean> {
    return takeCodeMail(this.db, linkId, email, now, limits);
  }

  recordCodeFailure(linkId: string, email: string, now: Date, limits: CodeGuardLimits): Promise<void> {
    return recordCodeFailure(this.db, linkId, email, now, limits);
  }

  clearCodeFailures(linkId: string, email: string): Promise<void> {
    return clearCodeFailures(this.db, linkId, email);
  }

  async deleteExpiredCodes(now: Date): Promise<void> {
    const at = now.getTime();
    await this.db.batch([
      ['DELETE FROM codes WHERE expires_at <= ?', [at]],
      // Guards idle for an hour and not locked hold nothing a limit still needs.
      [
        'DELETE FROM code_guard WHERE window_start <= ? AND (locked_until IS NULL OR locked_until <= ?)',
        [at - 3_600_000, at],
      ],
    ]);
  }

  async putPendingSignIn(pending: PendingSignInRecord): Promise<void> {
    await this.db.run(
      'INSERT INTO pending_sign_ins (state_hash, link_hash, sealed, expires_at) VALUES (?, ?, ?, ?)',
      [pending.stateHash, pending.linkHash, pending.sealed, pending.expiresAt.getTime()],
    );
  }

  async takePendingSignIn(stateHash: string): Promise<PendingSignInRecord | null> {
    // One statement, so two instances given the same callback cannot both take it.
    const [row] = await this.db.all(
      'DELETE FROM pending_sign_ins WHERE state_hash = ? RETURNING link_hash, sealed, expires_at',
      [stateHash],
    );
    if (row === undefined) return null;
    return {
      stateHash,
      linkHash: String(row['link_hash']),
      sealed: String(row['sealed']),
      expiresAt: new Date(Number(row['expires_at'])),
    };
  }

  async deleteExpiredSignIns(now: Date): Promise<number> {
    return this.db.run('DELETE FROM pending_sign_ins WHERE expires_at <= ?', [now.getTime()]);
  }

  async insertUpload(upload: UploadRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO uploads (${UPLOAD_COLUMNS}) VALUES (${marks(UPLOAD_COLUMNS)})`,
      uploadParams(upload),
    );
  }

  async getUpload(id: string): Promise<UploadRecord | null> {
    const [row] = await this.db.all(`SELECT ${UPLOAD_COLUMNS} FROM uploads WHERE id = ?`, [id]);
    return row === undefined ? null : uploadFromRow(row);
  }

  async setUploadOffset(id: string, offset: number): Promise<void> {
    await this.db.run('UPDATE uploads SET upload_offset = ? WHERE id = ?', [offset, id]);
  }

  async deleteUpload(id: string): Promise<void> {
    await this.db.batch(uploadRemoval(id));
  }

  async appendUploadSegment(uploadId: string, segment: UploadSegment): Promise<boolean> {
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

  async listUploadSegments(uploadId: string): Promise<UploadSegment[]> {
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

  async claimUploadCommit(id: string, now: Date, until: Date): Promise<boolean> {
    const changed = await this.db.run(
      `UPDATE uploads SET committing_until = ? WHERE id = ? AND upload_offset = size
       AND (committing_until IS NULL OR committing_until <= ?)`,
      [until.getTime(), id, now.getTime()],
    );
    return changed === 1;
  }

  async releaseUploadCommit(id: string): Promise<void> {
    await this.db.run('UPDATE uploads SET committing_until = NULL WHERE id = ?', [id]);
  }

  async listExpiredUploads(now: Date): Promise<UploadRecord[]> {
    const rows = await this.db.all(`SELECT ${UPLOAD_COLUMNS} FROM uploads WHERE expires_at <= ?`, [
      now.getTime(),
    ]);
    return rows.map(uploadFromRow);
  }

  async allUploadIds(): Promise<Set<string>> {
    return new Set((await this.db.all('SELECT id FROM uploads')).map((row) => String(row['id'])));
  }

  appendAudit(draft: AuditDraft, sealer: AuditSealer): Promise<AuditEntry> {
    return this.db.appendAudit(draft, sealer);
  }

  async readAuditAnchor(): Promise<AuditAnchor | null> {
    const [row] = await this.db.all('SELECT seq, hash, mac FROM audit_anchor WHERE id = 1');
    if (row === undefined) return null;
    return { seq: Number(row['seq']), hash: String(row['hash']), mac: String(row['mac']) };
  }

  async readAudit(afterSeq: number, limit: number): Promise<AuditEntry[]> {
    const rows = await this.db.all('SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?', [
      afterSeq,
      limit,
    ]);
    return rows.map(auditFromRow);
  }

  scrub(): Promise<void> {
    return this.db.scrub();
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
