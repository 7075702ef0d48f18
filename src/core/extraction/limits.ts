/**
 * Default limits against hostile or merely huge attachments, and the context every extractor receives.
 */
import type {
  ExtractContext,
  ExtractionLimits,
  ExtractOptions,
  ExtractorLoaders,
  NestedExtract,
} from './types';

const MB = 1024 * 1024;

/**
 * Defaults sized for mail: Exchange caps a message at 25–150 MB; a 10 MB spreadsheet inflates to roughly
 * 100 MB of XML, so per-entry and total inflation leave room for that and stop well short of a bomb.
 */
export const DEFAULT_LIMITS: ExtractionLimits = {
  maxInputBytes: 64 * MB,
  maxEntries: 10000,
  maxEntryBytes: 256 * MB,
  maxTotalInflatedBytes: 512 * MB,
  // Office XML compresses 10–50×; repetitive sheets reach ~150×. Zip bombs are 1000× and more.
  maxCompressionRatio: 250,
  maxDepth: 4,
  maxTextChars: 8 * MB,
  maxPages: 500,
  timeBudgetMs: 20000,
};

/**
 * Entries smaller than this are not judged by compression ratio: tiny, repetitive XML parts legitimately
 * compress far beyond any sane ratio and cannot hurt.
 */
export const RATIO_EXEMPT_BYTES = MB;

export type { ExtractContext, NestedExtract } from './types';

/** Builds the context for a top-level extraction. */
export function createContext(
  options: ExtractOptions,
  loaders: ExtractorLoaders,
  recurse: NestedExtract,
): ExtractContext {
  const limits: ExtractionLimits = { ...DEFAULT_LIMITS, ...options.limits };
  return {
    limits,
    now: options.now,
    deadline: options.now() + limits.timeBudgetMs,
    depth: 0,
    loaders,
    tally: { inflatedBytes: 0 },
    recurse,
  };
}

/** The same context one container level deeper. */
export function nested(ctx: ExtractContext): ExtractContext {
  return { ...ctx, depth: ctx.depth + 1 };
}

/** A size for limit messages: exact bytes, with megabytes beside them when that helps a reader. */
export function sizeText(bytes: number): string {
  if (bytes < MB) return `${bytes} bytes`;
  return `${bytes} bytes (${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB)`;
}

/** True once the wall-time budget is spent. */
export function outOfTime(ctx: ExtractContext): boolean {
  return ctx.now() > ctx.deadline;
}

/** Reason text for the time budget, shared so callers word it the same way. */
export function timeReason(ctx: ExtractContext): string {
  return `time budget of ${ctx.limits.timeBudgetMs} ms spent`;
}
