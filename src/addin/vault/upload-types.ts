/** What an upload needs and reports. */
import type { DataSubject } from '../../contract';

/** One file to store in the vault, read from the draft. */
export interface UploadInput {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`, computed before the upload and compared with the vault's answer. */
  readonly sha256: string;
  /** Who may open the link: the draft's to + cc + bcc. */
  readonly recipients: readonly string[];
  /** policy.json `vault.linkExpiryDays`; the vault caps it at the retention. */
  readonly linkExpiryDays?: number;
  /** The people the file is about (an archived mail's sender and recipients); the vault keeps keyed terms. */
  readonly dataSubjects?: readonly DataSubject[];
  /** A retention class configured on the vault (received mail archived under P3); the vault's default if absent. */
  readonly retentionClass?: string;
}

export interface UploadOptions {
  /** Bytes the vault has received so far (may go back after a dropped connection). */
  readonly onProgress?: (sent: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Above this size the resumable protocol is used; below, one `POST /api/files`. */
  readonly simpleMaxBytes?: number;
}

/** Files up to 1 MiB go in one request: a retry of the whole is cheap, and it is one round trip. */
export const SIMPLE_UPLOAD_MAX_BYTES = 1024 * 1024;
/** Target size of one resumable PUT (rounded to the vault's chunk size): progress and resume granularity. */
export const SEGMENT_TARGET_BYTES = 1024 * 1024;
