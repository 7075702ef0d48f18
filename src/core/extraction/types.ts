/**
 * Extraction's limits and options. What it returns (`ExtractionResult`) is in `src/core/model`, shared with
 * the draft; re-exported here for the callers of extraction.
 */
import type { PdfModule } from './loaders';

import type { ExtractionResult } from '../model/extraction-result';

export type { ExtractedMember, ExtractionResult, TextRegion } from '../model/extraction-result';

/** Limits against hostile input. Every one is enforced; going over gives `partial` or `too-large`. */
export interface ExtractionLimits {
  readonly maxInputBytes: number;
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalInflatedBytes: number;
  readonly maxCompressionRatio: number;
  readonly maxDepth: number;
  readonly maxTextChars: number;
  readonly maxPages: number;
  readonly timeBudgetMs: number;
}

export interface ExtractOptions {
  readonly limits?: Partial<ExtractionLimits>;
  /** Monotonic clock in milliseconds, injected because the core never reads the clock itself. */
  readonly now: () => number;
  /**
   * Overrides of the lazy parser loaders (pdf.js, msgreader, postal-mime); `null` leaves that format unread
   * (`unsupported`), e.g. in the on-send bundle. Added for the extraction area.
   */
  readonly loaders?: Partial<ExtractorLoaders>;
}

/** Shared by everything extracted from one top-level attachment (nested members included). */
export interface ExtractContext {
  readonly limits: ExtractionLimits;
  readonly now: () => number;
  /** `now()` value after which work stops and what was read so far is returned as partial. */
  readonly deadline: number;
  /** 0 for the attachment itself, +1 per container level (zip, attached message). */
  readonly depth: number;
  readonly loaders: ExtractorLoaders;
  /** Bytes inflated so far across all nesting levels (mutable on purpose: one tally per attachment). */
  readonly tally: { inflatedBytes: number };
  /** Extracts a nested file (zip member, attached message) with the dispatcher; pass `nested(ctx)`. */
  readonly recurse: NestedExtract;
}

/** The dispatcher as seen by container formats. */
export type NestedExtract = (
  bytes: Uint8Array,
  name: string,
  contentType: string | undefined,
  ctx: ExtractContext,
) => Promise<ExtractionResult>;

/** Reads one Outlook .msg file (`formats/msg.ts`). */
export type MsgExtractor = (bytes: Uint8Array, ctx: ExtractContext) => Promise<ExtractionResult>;

/** Reads one attached Internet message (`formats/email.ts`, with the MIME parser postal-mime). */
export type EmailExtractor = (bytes: Uint8Array, ctx: ExtractContext) => Promise<ExtractionResult>;

/**
 * Lazy loaders; `null` means "not available in this bundle" and yields `unsupported`. The .msg and message
 * loaders hand over the whole extractor, not only the reader library, so a bundle without them carries no
 * .msg or MIME code (the on-send bundle: docs/adr/0006-pdf-on-send.md).
 */
export interface ExtractorLoaders {
  readonly pdf: (() => Promise<PdfModule>) | null;
  readonly msg: (() => Promise<MsgExtractor>) | null;
  readonly email: (() => Promise<EmailExtractor>) | null;
}
