/**
 * The rows the metadata store keeps, as the rest of the vault sees them. A leaf: the stores, the drivers and
 * the row mappers import these, and nothing here imports them back.
 */
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
  /**
   * Keyed search terms (hex HMACs, never names or addresses) of the people the file is about, e.g. an archived
   * mail's sender and recipients; the DPO's search keys its query the same way (`services/subject-keys.ts`).
   */
  readonly subjectKeys: readonly string[];
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
  /** The keyed terms the finished file gets (see {@link FileRecord.subjectKeys}). */
  readonly subjectKeys: readonly string[];
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

/** One durable piece of a resumable upload: plaintext range [start, end) as encrypted frames in `objectKey`. */
export interface UploadSegment {
  readonly start: number;
  readonly end: number;
  readonly objectKey: string;
  readonly encryptedBytes: number;
}
