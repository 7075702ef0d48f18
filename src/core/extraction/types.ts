/**
 * Extraction's limits and options. What it returns (`ExtractionResult`) is in `src/core/model`, shared with
 * the draft; re-exported here for the callers of extraction.
 */
import type { ExtractorLoaders } from './loaders';

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
   * Overrides of the lazy parser loaders (pdf.js, msgreader); `null` leaves that format unread
   * (`unsupported`), e.g. in the on-send bundle. Added for the extraction area.
   */
  readonly loaders?: Partial<ExtractorLoaders>;
}
