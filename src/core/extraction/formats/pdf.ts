/**
 * PDF text layer, page by page, with pdf.js loaded on first use (see loaders.ts). Password-protected
 * files are reported as `encrypted`; pages past the page cap or the time budget make the result partial.
 */
import { describeError, errorName } from '../errors';
import type { ExtractContext } from '../limits';
import { outOfTime, timeReason } from '../limits';
import type { PdfDocument, PdfTextItem } from '../loaders';
import { TextBuilder } from '../text-builder';
import type { ExtractionResult } from '../types';

/** pdf.js names its exceptions; these mean "needs a password". */
const PASSWORD_ERRORS = /^PasswordException$/;

function pageText(items: readonly PdfTextItem[]): string {
  const parts: string[] = [];
  for (const item of items) {
    if (item.str !== undefined) parts.push(item.str);
    if (item.hasEOL) parts.push('\n');
  }
  return parts.join('');
}

/** Document information fields that name people. */
function appendInfo(builder: TextBuilder, info: unknown): void {
  if (info === null || typeof info !== 'object') return;
  const record = info as { readonly [key: string]: unknown };
  for (const key of ['Author', 'Title', 'Subject', 'Keywords']) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) builder.append(`${key}: ${value.trim()}\n`);
  }
}

async function readPages(doc: PdfDocument, builder: TextBuilder, ctx: ExtractContext): Promise<void> {
  const pages = Math.min(doc.numPages, ctx.limits.maxPages);
  for (let number = 1; number <= pages; number++) {
    if (builder.full) return;
    if (outOfTime(ctx)) {
      builder.stop(`${timeReason(ctx)} after ${number - 1} of ${doc.numPages} pages`);
      return;
    }
    try {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const start = builder.size;
      builder.append(pageText(content.items));
      builder.region(start, { kind: 'page', page: number });
      builder.append('\n\n');
      page.cleanup();
    } catch (error: unknown) {
      builder.stop(`page ${number} could not be read (${describeError(error)})`);
    }
  }
  if (doc.numPages > pages) builder.stop(`only the first ${pages} of ${doc.numPages} pages were read`);
}

/** Extracts a PDF's text layer. */
export async function extractPdf(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractionResult> {
  const load = ctx.loaders.pdf;
  if (!load) return { kind: 'unsupported', reason: 'PDF files are not read here' };
  const pdfjs = await load();
  // pdf.js may take ownership of the buffer it is given, and refuses Node Buffers: it gets a plain copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (error: unknown) {
    await task.destroy();
    if (PASSWORD_ERRORS.test(errorName(error))) {
      return { kind: 'encrypted', reason: 'password-protected PDF' };
    }
    return { kind: 'failed', reason: `not a readable PDF (${describeError(error)})` };
  }
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  try {
    await readPages(doc, builder, ctx);
    appendInfo(builder, (await doc.getMetadata()).info);
  } finally {
    await doc.destroy();
  }
  return builder.result();
}
