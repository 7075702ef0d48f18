/**
 * A draft as the add-in, the on-send check and the CLI see it, and the findings located in it. Shared by
 * every core area (docs/adr/0037-core-areas.md); `src/core/draft` scans it.
 */
import type { Finding } from '../detection/types';
import type { ExtractionResult } from './extraction-result';

/** Where in a draft a finding is (docs/cli.md `where.part`). */
export type Part = 'subject' | 'body' | 'recipients' | 'attachment' | 'attachment-name';

export interface Address {
  readonly address: string;
  readonly name?: string;
  /** Office's `recipientType`, where the client gives it (`user`: in the organisation's directory). */
  readonly recipientType?: 'user' | 'external-user' | 'distribution-list' | 'other';
}

/** An attachment: its name and, once read, what extraction made of it. */
export interface DraftAttachment {
  readonly name: string;
  readonly contentType?: string;
  readonly size?: number;
  /** Outlook's attachment id, when it came from Outlook. */
  readonly id?: string;
  /** `not-read`: the bytes could not be had (Outlook API failure, cloud attachment, budget). */
  readonly content: ExtractionResult | { readonly kind: 'not-read'; readonly reason: string };
}

export interface Draft {
  readonly subject: string;
  /** The body as plain text (HTML bodies converted, offsets into this text). */
  readonly body: string;
  readonly from?: Address;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly bcc: readonly Address[];
  readonly attachments: readonly DraftAttachment[];
}

export interface Where {
  readonly part: Part;
  /** File name (or `archive.zip/member.xlsx`) for `attachment` and `attachment-name`. */
  readonly attachment?: string;
  readonly start: number;
  readonly end: number;
  /** 1-based line and column (in characters) of `start`: subject, body and plain-text files. */
  readonly line?: number;
  readonly column?: number;
  /** A spreadsheet or CSV cell: the sheet's name (none for CSV) and the cell in A1 notation (`B7`). */
  readonly sheet?: string;
  readonly cell?: string;
  /** The PDF page or presentation slide (1-based). */
  readonly page?: number;
  readonly slide?: number;
}

/** A finding placed in the draft. `quoted` when it sits in quoted/forwarded history of the body. */
export interface DraftFinding extends Finding {
  readonly where: Where;
  readonly quoted?: boolean;
}

/** A part or attachment that could not be (fully) scanned. Never silently treated as clean. */
export interface ScanError {
  readonly part: Part;
  readonly attachment?: string;
  readonly code:
    'not-read' | 'unsupported' | 'encrypted' | 'too-large' | 'failed' | 'partial' | 'truncated' | 'image';
  readonly message: string;
}

export interface DraftScan {
  readonly findings: readonly DraftFinding[];
  readonly errors: readonly ScanError[];
}
