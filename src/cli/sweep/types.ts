/**
 * The sweep's shared shapes: a message found in a mailbox, what was done with it, and the counts per mailbox.
 */
import type { MessageDate } from './message-date';

/** Which message: a file of an export folder, or a Graph message id. */
export type MessageRef =
  { readonly kind: 'file'; readonly file: string } | { readonly kind: 'graph'; readonly id: string };

export interface SweepItem {
  readonly mailbox: string;
  readonly ref: MessageRef;
  /** A file name for the scanner: `.msg` for Outlook files, anything else is read as MIME. */
  readonly name: string;
  readonly date: MessageDate;
  /** Where to resume after this item once it is done (a page link, a file path); saved in the checkpoint. */
  readonly cursor?: string;
}

/**
 * What names a mailbox in a queued job, so any machine can open it again: an export folder's path, or
 * the Graph user (id and addresses).
 */
export type SourceSpec =
  | { readonly kind: 'folder'; readonly path: string }
  | {
      readonly kind: 'graph';
      readonly user: {
        readonly id: string;
        readonly userPrincipalName?: string;
        readonly mail?: string | null;
      };
    };

/** One mailbox to sweep: its messages and the two operations `--apply` needs. */
export interface MailboxSource {
  readonly mailbox: string;
  readonly spec: SourceSpec;
  /** The address archived copies are listed for (the mailbox's owner), when known. */
  readonly owner: string | null;
  /** Messages in a stable order, starting after `resumeAfter` (a cursor of an earlier item) when given. */
  items(resumeAfter: string | null): AsyncIterable<SweepItem>;
  /** The raw message (MIME or .msg); null when it no longer exists. */
  read(item: SweepItem): Promise<Uint8Array | null>;
  /** Whether the message still exists (it may have been deleted since it was read). */
  exists(item: SweepItem): Promise<boolean>;
  /** Deletes the message (Graph: moves it to Deleted Items); `gone` when it was no longer there. */
  remove(item: SweepItem): Promise<'removed' | 'gone'>;
}

/** What `--apply` did with one message. Nothing is deleted unless every step before it succeeded. */
export type Applied =
  | {
      readonly kind: 'archived';
      readonly vaultId: string;
      /** People the message is about that the copy could not name (over the vault's 100 or 8 KiB); 0 if none. */
      readonly peopleLeftOut: number;
    }
  | { readonly kind: 'deleted' }
  | { readonly kind: 'gone' }
  | {
      readonly kind: 'failed';
      readonly step: 'read' | 'vault' | 'verify' | 'delete' | 'audit';
      readonly message: string;
    };

/** Counts of one mailbox, kept in its checkpoint so a resumed run reports the whole mailbox. */
export interface MailboxCounts {
  messages: number;
  older: number;
  bytes: number;
  personal: number;
  block: number;
  warn: number;
  unreadable: number;
  dateFromReceived: number;
  undated: number;
  archived: number;
  deleted: number;
  gone: number;
  failed: number;
  categories: Record<string, number>;
}

export function emptyCounts(): MailboxCounts {
  return {
    messages: 0,
    older: 0,
    bytes: 0,
    personal: 0,
    block: 0,
    warn: 0,
    unreadable: 0,
    dateFromReceived: 0,
    undated: 0,
    archived: 0,
    deleted: 0,
    gone: 0,
    failed: 0,
    categories: {},
  };
}
