/**
 * The dispatcher: checks the outer limits, sniffs the format and hands the bytes to one extractor.
 * Every exception from a parser is caught here and becomes `failed`; nothing throws out of the core.
 */
import { failedResult } from './errors';
import { extractIcs, extractVcf } from './formats/calendar';
import { extractCfb } from './formats/cfb';
import { extractCsv } from './formats/csv';
import { extractEmail } from './formats/email';
import { extractPdf } from './formats/pdf';
import { extractHtml, extractJson, extractPlainText, extractXml } from './formats/plain';
import { extractRtf } from './formats/rtf';
import { extractZipContainer } from './formats/zip-container';
import type { ExtractContext } from './limits';
import { createContext, outOfTime, sizeText, timeReason } from './limits';
import type { ExtractorLoaders } from './loaders';
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
  const format = sniff(bytes, name, contentType);
  switch (format) {
    case 'text':
      return extractPlainText(bytes, ctx);
    case 'html':
      return extractHtml(bytes, ctx);
    case 'csv':
      return extractCsv(bytes, ctx);
    case 'tsv':
      return extractCsv(bytes, ctx, true);
    case 'json':
      return extractJson(bytes, ctx);
    case 'xml':
      return extractXml(bytes, ctx);
    case 'eml':
      return extractEmail(bytes, ctx);
    case 'rtf':
      return extractRtf(bytes, ctx);
    case 'ics':
      return extractIcs(bytes, ctx);
    case 'vcf':
      return extractVcf(bytes, ctx);
    case 'pdf':
      return extractPdf(bytes, ctx);
    case 'zip':
      return extractZipContainer(bytes, ctx);
    case 'msg':
    case 'cfb':
      return extractCfb(bytes, name, contentType, ctx);
    case 'image':
      return { kind: 'unsupported', image: true, reason: 'image: contents not checked' };
    case 'binary':
      return { kind: 'unsupported', reason: 'binary file of unknown type: contents not checked' };
  }
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
