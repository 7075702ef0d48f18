/** Column lists and row ⇄ record mapping shared by the SQLite and PostgreSQL stores. */
import type { Param, Row } from './sql-driver';
import type { AuditEntry, AuditKind, CodeRecord, FileRecord, LinkRecord, UploadRecord } from './records';

const num = (value: unknown): number => Number(value);
const text = (value: unknown): string => String(value);
const date = (value: unknown): Date => new Date(Number(value));
const nullableNum = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);
const list = (value: unknown): string[] => JSON.parse(String(value)) as string[];

/**
 * Keyed terms as one column: ` k1 k2 … ` with a space on each side, so `LIKE '% k %'` matches a whole key only.
 * Keys are hex, so nothing in them needs escaping for LIKE.
 */
export function keysColumn(keys: readonly string[]): string {
  return keys.length === 0 ? '' : ` ${keys.join(' ')} `;
}
const keys = (value: unknown): string[] =>
  value === null || value === undefined
    ? []
    : String(value)
        .split(' ')
        .filter((k) => k !== '');

/** `?, ?, …`: one placeholder per column of a column list. */
export function placeholders(columns: string): string {
  return columns
    .split(',')
    .map(() => '?')
    .join(', ');
}

/** Lower-cased haystack for DSAR search (the people a file is about are searched by keyed terms instead). */
export function searchText(file: FileRecord): string {
  return [file.owner, file.ownerName, file.fileName, ...file.recipients].join('\n').toLowerCase();
}

export const FILE_COLUMNS =
  'id, owner, owner_name, file_name, content_type, size, sha256, recipients, wrapped_key, created_at, retention_class, retain_until, legal_hold, search_text, subject_keys';

export function fileParams(file: FileRecord): Param[] {
  return [
    file.id,
    file.owner,
    file.ownerName,
    file.fileName,
    file.contentType,
    file.size,
    file.sha256,
    JSON.stringify(file.recipients),
    file.wrappedKey,
    file.createdAt.getTime(),
    file.retentionClass,
    file.retainUntil.getTime(),
    file.legalHold ? 1 : 0,
    searchText(file),
    keysColumn(file.subjectKeys),
  ];
}

export function fileFromRow(row: Row): FileRecord {
  return {
    id: text(row['id']),
    owner: text(row['owner']),
    ownerName: text(row['owner_name']),
    fileName: text(row['file_name']),
    contentType: text(row['content_type']),
    size: num(row['size']),
    sha256: text(row['sha256']),
    recipients: list(row['recipients']),
    wrappedKey: row['wrapped_key'] === null ? null : text(row['wrapped_key']),
    createdAt: date(row['created_at']),
    retentionClass: text(row['retention_class']),
    retainUntil: date(row['retain_until']),
    legalHold: num(row['legal_hold']) === 1,
    subjectKeys: keys(row['subject_keys']),
  };
}

export const LINK_COLUMNS = 'id, file_id, secret_hash, expires_at, download_limit, downloads';

export function linkParams(link: LinkRecord): Param[] {
  return [
    link.id,
    link.fileId,
    link.secretHash,
    link.expiresAt.getTime(),
    link.downloadLimit,
    link.downloads,
  ];
}

export function linkFromRow(row: Row): LinkRecord {
  return {
    id: text(row['id']),
    fileId: text(row['file_id']),
    secretHash: text(row['secret_hash']),
    expiresAt: date(row['expires_at']),
    downloadLimit: nullableNum(row['download_limit']),
    downloads: num(row['downloads']),
  };
}

export const UPLOAD_COLUMNS =
  'id, file_id, owner, owner_name, file_name, content_type, size, sha256, recipients, retention_class, download_limit, link_expiry_days, wrapped_key, upload_offset, expires_at, subject_keys';

export function uploadParams(u: UploadRecord): Param[] {
  return [
    u.id,
    u.fileId,
    u.owner,
    u.ownerName,
    u.fileName,
    u.contentType,
    u.size,
    u.sha256,
    JSON.stringify(u.recipients),
    u.retentionClass,
    u.downloadLimit,
    u.linkExpiryDays,
    u.wrappedKey,
    u.offset,
    u.expiresAt.getTime(),
    keysColumn(u.subjectKeys),
  ];
}

export function uploadFromRow(row: Row): UploadRecord {
  return {
    id: text(row['id']),
    fileId: text(row['file_id']),
    owner: text(row['owner']),
    ownerName: text(row['owner_name']),
    fileName: text(row['file_name']),
    contentType: text(row['content_type']),
    size: num(row['size']),
    sha256: text(row['sha256']),
    recipients: list(row['recipients']),
    retentionClass: text(row['retention_class']),
    downloadLimit: nullableNum(row['download_limit']),
    linkExpiryDays: num(row['link_expiry_days']),
    wrappedKey: text(row['wrapped_key']),
    offset: num(row['upload_offset']),
    expiresAt: date(row['expires_at']),
    subjectKeys: keys(row['subject_keys']),
  };
}

export function codeFromRow(row: Row): CodeRecord {
  return {
    linkId: text(row['link_id']),
    email: text(row['email']),
    codeHash: text(row['code_hash']),
    expiresAt: date(row['expires_at']),
    attempts: num(row['attempts']),
  };
}

export function auditFromRow(row: Row): AuditEntry {
  const orNull = (value: unknown): string | null =>
    value === null || value === undefined ? null : text(value);
  return {
    seq: num(row['seq']),
    at: text(row['at']),
    kind: text(row['kind']) as AuditKind,
    subject: orNull(row['subject']),
    actor: orNull(row['actor']),
    detail: orNull(row['detail']),
    prevHash: text(row['prev_hash']),
    hash: text(row['hash']),
  };
}

/** Escapes `%`, `_` and `\` for a LIKE pattern with ESCAPE '\'. */
export function likeContains(query: string): string {
  return `%${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
