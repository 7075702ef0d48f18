import {
  FILE_COLUMNS,
  LINK_COLUMNS,
  auditFromRow,
  codeFromRow,
  fileFromRow,
  fileParams,
  likeContains,
  linkFromRow,
  linkParams,
  placeholders,
} from './rows';
import { SqlDecisionStore, type DecisionStore } from './decision-store';
import { SqlSenderLinkStore, linkStoreErasure, type SenderLinkStore } from './link-store';
import { SqlRateLimitStore, type RateLimitStore } from './rate-limit-store';
import { SqlSignInStore, type SignInStore } from './sign-in-store';
import { SqlStoredFileStore, type StoredFileStore } from './stored-files';
import { SqlUploadStore, uploadRemoval, type UploadStore } from './upload-store';
import {
  clearCodeFailures,
  codeLockedUntil,
  recordCodeFailure,
  takeCodeMail,
  type CodeGuardLimits,
} from './code-guard';
import type { SqlDriver } from './sql-driver';
import type {
  AuditAnchor,
  AuditDraft,
  AuditSealer,
  AuditEntry,
  CodeRecord,
  FileRecord,
  LinkRecord,
} from './records';
import type { MetadataStore } from './types';

/** The metadata store over any {@link SqlDriver}: one set of queries for SQLite and PostgreSQL. */
export class SqlMetadataStore implements MetadataStore {
  readonly decisions: DecisionStore;
  readonly senderLinks: SenderLinkStore;
  readonly storedFiles: StoredFileStore;
  readonly uploads: UploadStore;
  readonly signIns: SignInStore;
  readonly rateLimits: RateLimitStore;

  constructor(private readonly db: SqlDriver) {
    this.decisions = new SqlDecisionStore(db);
    this.senderLinks = new SqlSenderLinkStore(db);
    this.storedFiles = new SqlStoredFileStore(db);
    this.uploads = new SqlUploadStore(db);
    this.signIns = new SqlSignInStore(db);
    this.rateLimits = new SqlRateLimitStore(db);
  }

  get kind(): 'sqlite' | 'postgres' {
    return this.db.dialect;
  }

  get schemaVersion(): string {
    return this.db.schemaVersion;
  }

  async insertFileWithLink(file: FileRecord, link: LinkRecord, finishedUpload?: string): Promise<void> {
    await this.db.batch([
      [`INSERT INTO files (${FILE_COLUMNS}) VALUES (${placeholders(FILE_COLUMNS)})`, fileParams(file)],
      [`INSERT INTO links (${LINK_COLUMNS}) VALUES (${placeholders(LINK_COLUMNS)})`, linkParams(link)],
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

  async search(query: string, limit: number, subjectKeys: readonly string[] = []): Promise<FileRecord[]> {
    const anyKey = subjectKeys.map(() => ' OR subject_keys LIKE ?').join('');
    const rows = await this.db.all(
      `SELECT ${FILE_COLUMNS} FROM files WHERE search_text LIKE ? ESCAPE '\\'${anyKey}
       ORDER BY created_at LIMIT ?`,
      [likeContains(query), ...subjectKeys.map((key) => `% ${key} %`), limit],
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
