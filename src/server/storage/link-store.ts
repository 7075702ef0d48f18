/** Tables and queries behind the senders' own link management: revocations and the download history. */
import { FILE_COLUMNS, fileFromRow, searchText } from './rows';
import type { SqlDriver, Statement } from './sql-driver';
import type { FileRecord } from './records';

/** One counted download of a link: when, and the address or account that proved itself. */
export interface DownloadRecord {
  readonly linkId: string;
  readonly at: Date;
  readonly who: string;
}

export interface SenderLinkStore {
  /** The owner's live (not erased) files, newest first. */
  filesOf(owner: string, limit: number): Promise<FileRecord[]>;
  recordDownload(download: DownloadRecord): Promise<void>;
  /** Downloads of the given links, newest first. */
  downloadsOf(linkIds: readonly string[]): Promise<DownloadRecord[]>;
  /** When the sender withdrew the link, or null. */
  revokedAt(linkId: string): Promise<Date | null>;
  /** Withdraws the link: records when, and ends its validity at that instant. */
  revoke(linkId: string, at: Date): Promise<void>;
  setExpiry(linkId: string, expiresAt: Date): Promise<void>;
  /** Replaces the recipient list (and the DSAR search text that includes it). */
  setRecipients(file: FileRecord, recipients: readonly string[]): Promise<void>;
}

/** Additive: created with the other tables at start-up. */
export function linkStoreSchemaSql(dialect: 'sqlite' | 'postgres'): string {
  const int = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT';
  return `
CREATE TABLE IF NOT EXISTS link_downloads (link_id TEXT NOT NULL, at ${int} NOT NULL, who TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS link_downloads_link ON link_downloads (link_id);
CREATE TABLE IF NOT EXISTS link_revocations (link_id TEXT PRIMARY KEY, at ${int} NOT NULL);`;
}

/** What erasing a file must also remove: its download history holds recipients' addresses. */
export function linkStoreErasure(fileId: string): Statement[] {
  const links = 'SELECT id FROM links WHERE file_id = ?';
  return [
    [`DELETE FROM link_downloads WHERE link_id IN (${links})`, [fileId]],
    [`DELETE FROM link_revocations WHERE link_id IN (${links})`, [fileId]],
  ];
}

export class SqlSenderLinkStore implements SenderLinkStore {
  constructor(private readonly db: SqlDriver) {}

  async filesOf(owner: string, limit: number): Promise<FileRecord[]> {
    const rows = await this.db.all(
      `SELECT ${FILE_COLUMNS} FROM files WHERE owner = ? AND wrapped_key IS NOT NULL
       ORDER BY created_at DESC LIMIT ?`,
      [owner, limit],
    );
    return rows.map(fileFromRow);
  }

  async recordDownload(d: DownloadRecord): Promise<void> {
    await this.db.run('INSERT INTO link_downloads (link_id, at, who) VALUES (?, ?, ?)', [
      d.linkId,
      d.at.getTime(),
      d.who,
    ]);
  }

  async downloadsOf(linkIds: readonly string[]): Promise<DownloadRecord[]> {
    if (linkIds.length === 0) return [];
    const rows = await this.db.all(
      `SELECT link_id, at, who FROM link_downloads WHERE link_id IN (${linkIds.map(() => '?').join(', ')})
       ORDER BY at DESC`,
      linkIds,
    );
    return rows.map((row) => ({
      linkId: String(row['link_id']),
      at: new Date(Number(row['at'])),
      who: String(row['who']),
    }));
  }

  async revokedAt(linkId: string): Promise<Date | null> {
    const [row] = await this.db.all('SELECT at FROM link_revocations WHERE link_id = ?', [linkId]);
    return row === undefined ? null : new Date(Number(row['at']));
  }

  async revoke(linkId: string, at: Date): Promise<void> {
    await this.db.batch([
      [
        'INSERT INTO link_revocations (link_id, at) VALUES (?, ?) ON CONFLICT (link_id) DO NOTHING',
        [linkId, at.getTime()],
      ],
      [
        'UPDATE links SET expires_at = ? WHERE id = ? AND expires_at > ?',
        [at.getTime(), linkId, at.getTime()],
      ],
    ]);
  }

  async setExpiry(linkId: string, expiresAt: Date): Promise<void> {
    await this.db.run('UPDATE links SET expires_at = ? WHERE id = ?', [expiresAt.getTime(), linkId]);
  }

  async setRecipients(file: FileRecord, recipients: readonly string[]): Promise<void> {
    const updated: FileRecord = { ...file, recipients };
    await this.db.run('UPDATE files SET recipients = ?, search_text = ? WHERE id = ?', [
      JSON.stringify(recipients),
      searchText(updated),
      file.id,
    ]);
  }
}
