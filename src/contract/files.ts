/** One link for the mail body; the landing page lets only the listed recipients and the owner through. */
export interface LinkInfo {
  readonly url: string;
  /** ISO 8601; the link stops working after this instant. */
  readonly expiresAt: string;
  /** `null` when unlimited. */
  readonly downloadLimit: number | null;
}

/**
 * `201` body of `POST /api/files` and of a resumable upload's commit. Once the add-in has this, the file is
 * stored, verified and encrypted: only then may the attachment be removed from the draft.
 */
export interface UploadResponse {
  readonly id: string;
  /** Hex SHA-256 of the plaintext, as verified by the vault. */
  readonly sha256: string;
  readonly size: number;
  /** ISO 8601: when the link expires (the date to quote in the mail). */
  readonly expiresAt: string;
  /** ISO 8601: when the vault erases the file (retention class), at most 10 years ahead. */
  readonly retainUntil: string;
  readonly links: readonly LinkInfo[];
}

/** What the owner (and the DPO) can see about a stored file. */
export interface FileMetadata {
  readonly id: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly owner: string;
  readonly recipients: readonly string[];
  readonly createdAt: string;
  readonly retentionClass: string;
  readonly retainUntil: string;
  readonly legalHold: boolean;
  readonly link: {
    readonly expiresAt: string;
    readonly downloads: number;
    readonly downloadLimit: number | null;
  };
}

/** State of a resumable upload (`POST /api/uploads`, `GET`/`PUT /api/uploads/:id`). */
export interface UploadSession {
  readonly id: string;
  /** Bytes the vault holds durably; resume the upload from here. */
  readonly offset: number;
  readonly size: number;
  /** PUT bodies should be whole multiples of this (except the last); a torn tail is dropped. */
  readonly chunkSize: number;
  readonly expiresAt: string;
}

/** Body of `POST /api/uploads`. */
export interface UploadSessionRequest {
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
  readonly recipients: readonly string[];
  readonly retentionClass?: string;
  readonly downloadLimit?: number;
  readonly linkExpiryDays?: number;
}

/** `GET /api/subjects?q=` — what the vault holds about one person (DSAR export). */
export interface SubjectExport {
  readonly query: string;
  readonly generatedAt: string;
  readonly files: readonly FileMetadata[];
}

/** `DELETE /api/subjects?q=` result; files under legal hold are kept and listed. */
export interface SubjectErasure {
  readonly query: string;
  readonly erased: readonly string[];
  readonly held: readonly string[];
}

/** `GET /api/audit/verify`. */
export interface AuditVerification {
  readonly ok: boolean;
  readonly entries: number;
  /** Sequence number of the first entry that does not verify (only when `ok` is false). */
  readonly brokenAt?: number;
}

/** `GET /api/limits`: what this vault accepts, so the add-in can pick one-shot or resumable upload. */
export interface VaultLimits {
  readonly maxFileBytes: number;
  /** Segment granularity of resumable uploads. */
  readonly chunkSize: number;
  readonly linkExpiryDays: number;
  readonly retentionClasses: Readonly<Record<string, number>>;
  readonly defaultRetentionClass: string;
  /** True when external recipients get a one-time code by mail (SMTP configured). */
  readonly oneTimeCodes: boolean;
  readonly virusScanning: boolean;
}
