/**
 * Objects embedded in office documents, read like attachments within the same depth, size and time
 * budget: OOXML packages (`word/embeddings/`, `xl/embeddings/`, `ppt/embeddings/` — a worksheet inside a
 * report) and OpenDocument sub-documents (`Object 1/`, a chart's or spreadsheet's own content). OLE objects
 * (`oleObject1.bin`, ODF `Object 2` files) are opened too; those that cannot be read are reported, never
 * skipped silently.
 */
import type { ExtractContext } from '../limits';
import { nested, outOfTime, timeReason } from '../limits';
import type { ExtractedMember, ExtractionResult } from '../types';
import type { ZipEntry } from '../zip-directory';
import type { ZipReader } from '../zip-reader';
import { extractOdfDocument, odfEmbedded } from './odf';

/** Embedded objects of Word, Excel and PowerPoint files (ECMA-376 default part names). */
const OOXML_EMBEDDINGS = /^(?:word|xl|ppt)\/embeddings\/[^/]+$/;

/** Reads one entry and extracts it as a nested file; limits and damage become that member's result. */
export async function readMember(
  zip: ZipReader,
  entry: ZipEntry,
  ctx: ExtractContext,
): Promise<ExtractionResult> {
  if (outOfTime(ctx)) return { kind: 'too-large', reason: timeReason(ctx) };
  const read = zip.readRecord(entry);
  switch (read.kind) {
    case 'ok':
      return ctx.recurse(read.data, entry.name, undefined, nested(ctx));
    case 'limit':
      return { kind: 'too-large', reason: read.reason };
    case 'encrypted':
      return { kind: 'encrypted', reason: read.reason };
    case 'unsupported':
      return { kind: 'unsupported', reason: read.reason };
    case 'damaged':
      return { kind: 'failed', reason: read.reason };
  }
}

/** An OLE object that is not a file Mail Guard reads says so in words a reader of the report understands. */
function asEmbedded(result: ExtractionResult): ExtractionResult {
  if (result.kind !== 'unsupported' || result.image === true) return result;
  return { kind: 'unsupported', reason: `embedded object that could not be read (${result.reason})` };
}

/** Reads the embedded objects of an office package; an ODF sub-document is extracted in place. */
export async function embeddedMembers(
  zip: ZipReader,
  ctx: ExtractContext,
): Promise<readonly ExtractedMember[]> {
  const members: ExtractedMember[] = [];
  const odf = odfEmbedded(zip);
  const files = zip.entries.filter((entry) => OOXML_EMBEDDINGS.test(entry.name)).concat(odf.objects);
  for (const entry of files) {
    members.push({ name: entry.name, result: asEmbedded(await readMember(zip, entry, ctx)) });
  }
  const inner = nested(ctx);
  for (const { folder, mediaType } of odf.subDocuments) {
    const name = folder.slice(0, -1);
    if (inner.depth > ctx.limits.maxDepth) {
      members.push({
        name,
        result: { kind: 'too-large', reason: `nested more than ${ctx.limits.maxDepth} levels deep` },
      });
    } else if (outOfTime(ctx)) {
      members.push({ name, result: { kind: 'too-large', reason: timeReason(ctx) } });
    } else {
      members.push({ name, result: extractOdfDocument(zip, inner, folder, mediaType) });
    }
  }
  return members;
}

/** `result` with `members` added after its own (a result without text keeps its outcome). */
export function withMembers(result: ExtractionResult, members: readonly ExtractedMember[]): ExtractionResult {
  if (members.length === 0 || (result.kind !== 'text' && result.kind !== 'partial')) return result;
  return { ...result, members: [...(result.members ?? []), ...members] };
}
