import type { Readable } from 'node:stream';
import type { CodeGuardLimits } from './code-guard';
import type { DecisionStore } from './decision-store';
import type { SenderLinkStore } from './link-store';
import type { RateLimitStore } from './rate-limit-store';
import type { SignInStore } from './sign-in-store';
import type { StoredFileStore } from './stored-files';
import type { UploadStore } from './upload-store';
import type {
  AuditAnchor,
  AuditDraft,
  AuditEntry,
  AuditSealer,
  CodeRecord,
  FileRecord,
  LinkRecord,
} from './records';

export type * from './records';

/** Metadata storage. Implementations: SQLite (embedded, default) and PostgreSQL (several instances). */
export interface MetadataStore {
  readonly kind: 'sqlite' | 'postgres';
  /** The last schema migration applied, e.g. `003-upload-segments`. */
  readonly schemaVersion: string;
  /** The decision log (overrides and dismissals, never values). */
  readonly decisions: DecisionStore;
  /** Senders' link management: revocations and download history. */
  readonly senderLinks: SenderLinkStore;
  /** The DPO's overview of stored files. */
  readonly storedFiles: StoredFileStore;
  /** Resumable uploads in progress: their rows, segments and commit lease. */
  readonly uploads: UploadStore;
  /** Unfinished work-account sign-ins (see `auth/link-session.ts`). */
  readonly signIns: SignInStore;
  /** Request counters shared by the instances on this database. */
  readonly rateLimits: RateLimitStore;
  /** With `finishedUpload`, that resumable session and its segment rows go in the same transaction. */
  insertFileWithLink(file: FileRecord, link: LinkRecord, finishedUpload?: string): Promise<void>;
  getFile(id: string): Promise<FileRecord | null>;
  /** Crypto-shredding: forget the wrapped key; the row stays as a tombstone until the blob is gone. */
  destroyKey(id: string): Promise<void>;
  /** Removes the row, its link and its codes (after the blob is deleted). */
  deleteFile(id: string): Promise<void>;
  setLegalHold(id: string, hold: boolean): Promise<void>;
  /** Files past retention (not held) and tombstones, oldest first. */
  listDue(now: Date, limit: number): Promise<FileRecord[]>;
  allFileIds(): Promise<Set<string>>;
  /**
   * Case-insensitive substring search over owner, owner name, recipients and file name, or any file holding
   * one of `subjectKeys` (the query's keyed terms, see `services/subject-keys.ts`).
   */
  search(query: string, limit: number, subjectKeys?: readonly string[]): Promise<FileRecord[]>;

  getLinkBySecretHash(secretHash: string): Promise<LinkRecord | null>;
  getLinkForFile(fileId: string): Promise<LinkRecord | null>;
  /** Atomically counts one download if the limit allows; false when exhausted. */
  countDownload(linkId: string): Promise<boolean>;

  putCode(code: CodeRecord): Promise<void>;
  getCode(linkId: string, email: string): Promise<CodeRecord | null>;
  bumpCodeAttempts(linkId: string, email: string): Promise<void>;
  deleteCode(linkId: string, email: string): Promise<void>;
  /** The one-time-code guard of a (link, recipient) pair (see `code-guard.ts`). */
  codeLockedUntil(linkId: string, email: string, now: Date): Promise<Date | null>;
  takeCodeMail(linkId: string, email: string, now: Date, limits: CodeGuardLimits): Promise<boolean>;
  recordCodeFailure(linkId: string, email: string, now: Date, limits: CodeGuardLimits): Promise<void>;
  clearCodeFailures(linkId: string, email: string): Promise<void>;

  deleteExpiredCodes(now: Date): Promise<void>;

  /**
   * Appends atomically: the store reads the chain head, links the new entry and rewrites the signed head
   * inside one transaction.
   */
  appendAudit(draft: AuditDraft, sealer: AuditSealer): Promise<AuditEntry>;
  readAuditAnchor(): Promise<AuditAnchor | null>;
  /** Entries in order, a page at a time. */
  readAudit(afterSeq: number, limit: number): Promise<AuditEntry[]>;
  /** After an erasure: no copy of deleted rows stays in the store's files (SQLite WAL, PostgreSQL vacuum). */
  scrub(): Promise<void>;
  close(): Promise<void>;
}

/** A blob key plus when it was written (for orphan clean-up grace). */
export interface BlobListing {
  readonly id: string;
  readonly modifiedAt: Date;
}

/** Positional reads of one blob into buffers the caller owns (no new buffer per read). */
export interface BlobReader {
  readonly size: number;
  /** Reads up to `target.length` bytes at `position`; fewer only at the end of the blob. */
  read(target: Buffer, position: number): Promise<number>;
  close(): Promise<void>;
}

/** Encrypted blob storage. Implementations: local filesystem (default) and S3-compatible object storage. */
export interface BlobStore {
  readonly kind: 'fs' | 's3';
  /**
   * Makes a fully written, fsynced staging file the blob `id`. Must be atomic: afterwards the blob exists
   * completely or not at all. The staging file is consumed.
   */
  commit(id: string, stagingPath: string, size: number): Promise<void>;
  read(id: string): Promise<Readable>;
  /** Where a store can read in place (the filesystem), downloads use this instead of {@link read}. */
  openReader?(id: string): Promise<BlobReader>;
  delete(id: string): Promise<void>;
  list(): Promise<BlobListing[]>;
  /**
   * Resumable-upload segments: encrypted frames kept in the shared store (not on one instance's disk) until
   * the commit, under keys apart from the blobs (`list` never shows them). A put is atomic, like a commit.
   */
  putSegment(key: string, data: Buffer): Promise<void>;
  readSegment(key: string): Promise<Readable>;
  deleteSegment(key: string): Promise<void>;
  listSegments(): Promise<BlobListing[]>;
  close(): Promise<void>;
}
