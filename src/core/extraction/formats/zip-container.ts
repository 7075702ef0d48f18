/**
 * Anything that is a zip: Office Open XML (.docx/.xlsx/.pptx and macro-enabled variants), OpenDocument,
 * or a plain archive whose members are listed and extracted in turn (bounded by depth, entry count,
 * inflated size and time).
 */
import type { ExtractContext } from '../limits';
import { nested, outOfTime, timeReason } from '../limits';
import { TextBuilder } from '../text-builder';
import type { ExtractionResult } from '../types';
import { ZipReader } from '../zip-reader';
import { extractOdf, isOdf } from './odf';
import { extractDocx, extractPptx } from './ooxml-document';
import { extractXlsx } from './xlsx';

/** Extracts a zip-based file: office documents by their parts, archives by their members. */
export async function extractZipContainer(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractionResult> {
  const zip = ZipReader.open(bytes, ctx);
  if (typeof zip === 'string') return { kind: 'failed', reason: zip };
  if (zip.has('[Content_Types].xml')) {
    if (zip.has('word/document.xml')) return extractDocx(zip, ctx);
    if (zip.has('xl/workbook.xml')) return extractXlsx(zip, ctx);
    if (zip.has('ppt/presentation.xml')) return extractPptx(zip, ctx);
  }
  if (isOdf(zip)) return extractOdf(zip, ctx);
  return extractArchive(zip, ctx);
}

async function extractArchive(zip: ZipReader, ctx: ExtractContext): Promise<ExtractionResult> {
  const files = zip.entries.filter((entry) => entry.name.charAt(entry.name.length - 1) !== '/');
  if (files.length > 0 && files.every((entry) => entry.encrypted)) {
    return { kind: 'encrypted', reason: 'the archive is password-protected' };
  }
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  const inner = nested(ctx);
  builder.append('Archive members:\n');
  for (const entry of files) {
    builder.append(`${entry.name}\n`);
    if (outOfTime(ctx)) {
      builder.stop(timeReason(ctx));
      builder.member({ name: entry.name, result: { kind: 'too-large', reason: timeReason(ctx) } });
      continue;
    }
    const read = zip.readRecord(entry);
    switch (read.kind) {
      case 'ok':
        builder.member({
          name: entry.name,
          result: await ctx.recurse(read.data, entry.name, undefined, inner),
        });
        break;
      case 'limit':
        builder.stop(read.reason);
        builder.member({ name: entry.name, result: { kind: 'too-large', reason: read.reason } });
        break;
      case 'encrypted':
        builder.member({ name: entry.name, result: { kind: 'encrypted', reason: read.reason } });
        break;
      case 'unsupported':
        builder.member({ name: entry.name, result: { kind: 'unsupported', reason: read.reason } });
        break;
      case 'damaged':
        builder.member({ name: entry.name, result: { kind: 'failed', reason: read.reason } });
        break;
    }
  }
  if (zip.problem !== undefined) builder.stop(zip.problem);
  return builder.result();
}
