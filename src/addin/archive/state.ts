/** The states of archive-and-delete for a received message (ADR 0030), as the read pane shows them. */

/** The steps, in the order they run. Nothing is deleted before `verifying` has passed for every copy. */
export type ArchiveStep = 'reading' | 'uploading' | 'verifying' | 'deleting';

/** Why a step failed, in terms the pane can explain (never message content). */
export type ArchiveProblem =
  /** Outlook would not give the message or an attachment. */
  | 'not-readable'
  /** No attachment to store and the whole message could not be had: storing nothing and deleting would lose it. */
  | 'nothing-to-store'
  /** The secure server could not be reached (or kept failing). */
  | 'vault-unreachable'
  /** The secure server refused the file (too large, unknown retention class, blocked by the virus scan). */
  | 'vault-refused'
  /** Sign-in to the secure server or to Microsoft Graph failed. */
  | 'sign-in'
  /** The stored copy's SHA-256 or size differs from what was read from the message. */
  | 'checksum'
  /** Microsoft Graph could not be reached or kept throttling. */
  | 'graph-unreachable'
  /** Microsoft Graph refused the move (no `Mail.ReadWrite` consent, or another refusal). */
  | 'graph-refused'
  /** Outlook could not give the message's id in the form Graph needs. */
  | 'no-rest-id'
  | 'cancelled';

/** One verified copy in the vault. */
export interface StoredCopy {
  readonly fileId: string;
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
  readonly retainUntil: string;
}

/**
 * The verified copies of a message, as its delete reports them — also a failed delete, whose "Try again"
 * reports them the same way.
 */
export interface ArchivedCopies {
  /** Verified copies in the vault; none when a step before the delete failed. */
  readonly stored: readonly StoredCopy[];
  /** True when the whole message was asked for but only the attachments could be stored (no Mailbox 1.14). */
  readonly attachmentsOnly: boolean;
  /**
   * People the message is about whom the copies could not name for the DPO's search (the vault takes at
   * most 100, in 8 KiB; the last in message order are left out). 0 when none were.
   */
  readonly peopleLeftOut: number;
}

export type ArchiveState =
  | { readonly kind: 'reading' }
  | {
      readonly kind: 'uploading';
      readonly name: string;
      /** 1-based position of this file, and how many there are. */
      readonly index: number;
      readonly count: number;
    }
  | { readonly kind: 'verifying'; readonly name: string }
  | { readonly kind: 'deleting'; readonly stored: readonly StoredCopy[] }
  | (ArchivedCopies & {
      readonly kind: 'done';
      /** `deleted`: in Deleted Items now. `already-deleted`: Graph no longer had it (404); the copies stay. */
      readonly outcome: 'deleted' | 'already-deleted';
    })
  | (ArchivedCopies & {
      readonly kind: 'failed';
      readonly step: ArchiveStep;
      readonly problem: ArchiveProblem;
      /** Always false: every failure leaves the message in the mailbox. */
      readonly deleted: false;
      // `stored` is not empty only when the delete itself failed: try the delete again.
    });
