/**
 * Anything that is a zip: Office Open XML (.docx/.xlsx/.pptx and macro-enabled variants), OpenDocument,
 * or a plain archive whose members are listed and extracted in turn (bounded by depth, entry count,
 * inflated size and time).
 */
import type { ExtractContext } from '../limits';
import { TextBuilder } from '../text-builder';
import type { ExtractionResult } from '../types';
import { ZipReader } from '../zip-reader';
import { embeddedMembers, readMember, withMembers } from './embedded';
import { extractOdf, isOdf } from './odf';
import { extractDocx, extractPptx } from './ooxml-document';
import { extractXlsx } from './xlsx';

/** Extracts a zip-based file: office documents by their parts, archives by their members. */
export async function extractZipContainer(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractionResult> {
  const zip = ZipReader.open(bytes, ctx);
  if (typeof zip === 'string') return { kind: 'failed', reason: zip };
  const office = extractOffice(zip, ctx);
  if (office === undefined) return extractArchive(zip, ctx);
  return withMembers(office, await embeddedMembers(zip, ctx));
}

/** The document's own text when the zip is an office document; undefined for a plain archive. */
function extractOffice(zip: ZipReader, ctx: ExtractContext): ExtractionResult | undefined {
  if (zip.has('[Content_Types].xml')) {
    if (zip.has('word/document.xml')) return extractDocx(zip, ctx);
    if (zip.has('xl/workbook.xml')) return extractXlsx(zip, ctx);
    if (zip.has('ppt/presentation.xml')) return extractPptx(zip, ctx);
  }
  if (isOdf(zip)) return extractOdf(zip, ctx);
  return undefined;
}

async function extractArchive(zip: ZipReader, ctx: ExtractContext): Promise<ExtractionResult> {
  const files = zip.entries.filter((entry) => entry.name.charAt(entry.name.length - 1) !== '/');
  if (files.length > 0 && files.every((entry) => entry.encrypted)) {
    return { kind: 'encrypted', reason: 'the archive is password-protected' };
  }
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  builder.append('Archive members:\n');
  for (const entry of files) {
    builder.append(`${entry.name}\n`);
    const result = await readMember(zip, entry, ctx);
    // A limit (size, time) leaves the rest of the archive unread as well: the archive itself is partial.
    if (result.kind === 'too-large') builder.stop(result.reason);
    builder.member({ name: entry.name, result });
  }
  if (zip.problem !== undefined) builder.stop(zip.problem);
  return builder.result();
}
