/**
 * What extraction returns: an attachment's bytes turned into text with positions, or a clear reason why not.
 * Switch on `kind` exhaustively. Extraction never throws for expected outcomes (bad files, limits). Here,
 * not in `src/core/extraction`, because a draft's attachments carry it (docs/adr/0037-core-areas.md).
 */
import type { TableCell } from '../detection/types';

/** A member of a container (zip member, attachment of an attached message), extracted in turn. */
export interface ExtractedMember {
  /** Path inside the container, e.g. `lists/staff.xlsx`. */
  readonly name: string;
  readonly result: ExtractionResult;
}

/**
 * Where a stretch of the text is in the file, for reports people can act on ("page 3", "Blad1!B7"):
 * `lines` (the file's own text: its lines and columns are the file's), a spreadsheet or CSV `row` (cells
 * are its tab-separated values, column A first), a PDF `page`, a presentation `slide`.
 */
export type TextRegion = { readonly start: number; readonly end: number } & (
  | { readonly kind: 'lines' }
  | { readonly kind: 'row'; readonly row: number; readonly sheet?: string }
  | { readonly kind: 'page'; readonly page: number }
  | { readonly kind: 'slide'; readonly slide: number }
);

interface Extracted {
  /** Plain text; offsets of findings refer to it. */
  readonly text: string;
  /** Table cells with their column header (spreadsheets, CSV). */
  readonly cells?: readonly TableCell[];
  /** Where stretches of `text` are in the file, sorted by `start`, not overlapping; absent when unknown. */
  readonly regions?: readonly TextRegion[];
  /** Nested files (zip members, attachments of a forwarded message). */
  readonly members?: readonly ExtractedMember[];
}

export type ExtractionResult =
  | ({ readonly kind: 'text' } & Extracted)
  /** Some of it was extracted; `reason` says what was left out (limit hit, unreadable page...). */
  | ({ readonly kind: 'partial'; readonly reason: string } & Extracted)
  | { readonly kind: 'unsupported'; readonly reason: string; readonly image?: boolean }
  | { readonly kind: 'encrypted'; readonly reason: string }
  | { readonly kind: 'too-large'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };
