/**
 * The dispatcher: checks the outer limits, sniffs the format and hands the bytes to its extractor
 * (format-table.ts).
 * Every exception from a parser is caught here and becomes `failed`; nothing throws out of the core.
 */
import { failedResult } from './errors';
import type { ExtractContext } from './limits';
import { createContext, outOfTime, sizeText, timeReason } from './limits';
import type { ExtractorLoaders } from './types';
import { sniff } from './sniff';
import type { ExtractionResult, ExtractOptions } from './types';

/** Signature shared by `extract` and extractors built with other loaders. */
export type Extract = (
  bytes: Uint8Array,
  name: string,
  options: ExtractOptions & { readonly contentType?: string },
) => Promise<ExtractionResult>;

/** Extracts one file within an existing context (used for top-level files and nested members alike). */
export async function extractIn(
  bytes: Uint8Array,
  name: string,
  contentType: string | undefined,
  ctx: ExtractContext,
): Promise<ExtractionResult> {
  const { limits } = ctx;
  if (ctx.depth > limits.maxDepth) {
    return { kind: 'too-large', reason: `nested more than ${limits.maxDepth} levels deep` };
  }
  if (bytes.length > limits.maxInputBytes) {
    return {
      kind: 'too-large',
      reason: `${sizeText(bytes.length)} is over the limit of ${sizeText(limits.maxInputBytes)} per file`,
    };
  }
  try {
    if (outOfTime(ctx)) return { kind: 'too-large', reason: timeReason(ctx) };
    return await dispatch(bytes, name, contentType, ctx);
  } catch (error: unknown) {
    return failedResult(error, name);
  }
}

async function dispatch(
  bytes: Uint8Array,
  name: string,
  contentType: string | undefined,
  ctx: ExtractContext,
): Promise<ExtractionResult> {
  return sniff(bytes, name, contentType).extract(bytes, ctx, name, contentType);
}

/** Builds an `extract` function using the given lazy loaders (pass `null` loaders to leave pdf.js out). */
export function createExtractor(loaders: ExtractorLoaders): Extract {
  return async (bytes, name, options) => {
    let ctx: ExtractContext;
    try {
      ctx = createContext(options, { ...loaders, ...options.loaders }, extractIn);
    } catch (error: unknown) {
      return failedResult(error, name);
    }
    return extractIn(bytes, name, options.contentType, ctx);
  };
}
