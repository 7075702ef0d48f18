import type { Readable } from 'node:stream';
import type { CodeGuardLimits } from './code-guard';
import type { DecisionStore } from './decision-store';
import type { SenderLinkStore } from './link-store';
import type { StoredFileStore } from './stored-files';

/** A stored file's metadata row. `wrappedKey` null means erased (crypto-shredded) and awaiting blob removal. */
export interface FileRecord {
  readonly id: string;
  readonly owner: string;
  readonly ownerName: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly recipients: readonly string[];
  readonly wrappedKey: string | null;
  readonly createdAt: Date;
  readonly retentionClass: string;
  readonly retainUntil: Date;
  readonly legalHold: boolean;
}

/** The one link per file; only the secret's hash is stored. */
export interface LinkRecord {
  readonly id: string;
  readonly fileId: string;
  readonly secretHash: string;
  readonly expiresAt: Date;
  readonly downloadLimit: number | null;
  readonly downloads: number;
}

/** A resumable upload in progress; its segments in the blob store hold whole encrypted chunks up to `offset`. */
export interface UploadRecord {
  readonly id: string;
  readonly fileId: string;
  readonly owner: string;
  readonly ownerName: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly recipients: readonly string[];
  readonly retentionClass: string;
  readonly downloadLimit: number | null;
  readonly linkExpiryDays: number;
  readonly wrappedKey: string;
  readonly offset: number;
  readonly expiresAt: Date;
}

/** An unfinished sign-in: `sealed` holds its secrets encrypted under a key derived from the master key. */
export interface PendingSignInRecord {
  readonly stateHash: string;
  readonly linkHash: string;
  readonly sealed: string;
  readonly expiresAt: Date;
}

/** A one-time code sent to an external recipient; only its hash is stored. */
export interface CodeRecord {
  readonly linkId: string;
  readonly email: string;
  readonly codeHash: string;
  readonly expiresAt: Date;
  readonly attempts: number;
}

/** What an audit entry records. */
export type AuditKind =
  | 'upload'
  | 'link-view'
  | 'link-sign-in'
  | 'download'
  | 'download-refused'
  | 'erase'
  | 'legal-hold'
  | 'dpo-search'
  | 'decision'
  | 'decision-report'
  | 'link-change'
  | 'link-revoke';

/** One audit-chain entry. `hash` = SHA-256 over the previous hash and the canonical fields. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly kind: AuditKind;
  /** File id when the event concerns one file. */
  readonly subject: string | null;
  /** HMAC of the actor's address with the vault's key (pseudonymous; the chain never holds addresses). */
  readonly actor: string | null;
  /** Event-specific hash (file sha256, query hash…), never content. */
  readonly detail: string | null;
  readonly prevHash: string;
  readonly hash: string;
}

export type AuditDraft = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

/** The chain's signed head, stored apart from the entries and rewritten with every append. */
export interface AuditAnchor {
  readonly seq: number;
  readonly hash: string;
  /** HMAC over seq and hash with a key the database does not hold. */
  readonly mac: string;
}

/** How entries are sealed and the head is signed (the keys stay with the caller, not the store). */
export interface AuditSealer {
  seal(prevHash: string, draft: AuditDraft): string;
  anchor(seq: number, hash: string): string;
}

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
  /** Case-insensitive substring search over owner, owner name, recipients and file name. */
  search(query: string, limit: number): Promise<FileRecord[]>;

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

  insertUpload(upload: UploadRecord): Promise<void>;
  getUpload(id: string): Promise<UploadRecord | null>;
  setUploadOffset(id: string, offset: number): Promise<void>;
  deleteUpload(id: string): Promise<void>;
  listExpiredUploads(now: Date): Promise<UploadRecord[]>;
  /**
   * Records a written segment and moves the offset to its end, in one transaction, only if the offset is still
   * the segment's start and no commit holds the upload: false means another request got there first.
   */
  appendUploadSegment(uploadId: string, segment: UploadSegment): Promise<boolean>;
  /** The upload's segments in offset order. */
  listUploadSegments(uploadId: string): Promise<UploadSegment[]>;
  /** Every segment object key some upload still references (the orphan sweep keeps these). */
  allSegmentKeys(): Promise<Set<string>>;
  /** Takes the upload for committing until `until`, if complete and no other commit holds it. */
  claimUploadCommit(id: string, now: Date, until: Date): Promise<boolean>;
  releaseUploadCommit(id: string): Promise<void>;
  allUploadIds(): Promise<Set<string>>;
  deleteExpiredCodes(now: Date): Promise<void>;

  /** An unfinished work-account sign-in, keyed by the hash of its `state` (see `auth/link-session.ts`). */
  putPendingSignIn(pending: PendingSignInRecord): Promise<void>;
  /** Removes and returns the sign-in (single use: a second take finds nothing), expired or not. */
  takePendingSignIn(stateHash: string): Promise<PendingSignInRecord | null>;
  deleteExpiredSignIns(now: Date): Promise<number>;

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

/** Encrypted blob storage. Implementations: local filesystem (default) and S3-compatible object storage. */
export interface BlobStore {
  readonly kind: 'fs' | 's3';
  /**
   * Makes a fully written, fsynced staging file the blob `id`. Must be atomic: afterwards the blob exists
   * completely or not at all. The staging file is consumed.
   */
  commit(id: string, stagingPath: string, size: number): Promise<void>;
  read(id: string): Promise<Readable>;
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

/** One durable piece of a resumable upload: plaintext range [start, end) as encrypted frames in `objectKey`. */
export interface UploadSegment {
  readonly start: number;
  readonly end: number;
  readonly objectKey: string;
  readonly encryptedBytes: number;
}
