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
import { attribute, scanXml } from '../xml';
import type { ZipEntry } from '../zip-directory';
import type { ZipReader } from '../zip-reader';

/** Embedded objects of Word, Excel and PowerPoint files (ECMA-376 default part names). */
const OOXML_EMBEDDINGS = /^(?:word|xl|ppt)\/embeddings\/[^/]+$/;

/** An ODF package's manifest: sub-documents are folders with their own media type. */
const MANIFEST = 'META-INF/manifest.xml';

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

/** The ODF sub-document folders (`Object 1/`) and their media types, from the manifest. */
function odfSubDocuments(zip: ZipReader): { readonly folder: string; readonly mediaType: string }[] {
  const manifest = zip.text(MANIFEST);
  const out: { folder: string; mediaType: string }[] = [];
  if (manifest === undefined) return out;
  scanXml(manifest, {
    open: (name, attrs) => {
      if (name !== 'file-entry') return;
      const folder = attribute(attrs, 'manifest:full-path') ?? '';
      const mediaType = attribute(attrs, 'manifest:media-type') ?? '';
      if (folder !== '/' && folder.endsWith('/') && zip.has(`${folder}content.xml`))
        out.push({ folder, mediaType });
    },
  });
  return out;
}

/**
 * ODF OLE objects: files named `Object N` in the package or a sub-document folder. `ObjectReplacements/`
 * holds their preview pictures, which are not content.
 */
const ODF_OLE = /^(?!ObjectReplacements\/)(?:[^/]+\/)?Object \d+$/;

/** Reads the embedded objects of an office package; `readSubDocument` extracts an ODF folder in place. */
export async function embeddedMembers(
  zip: ZipReader,
  ctx: ExtractContext,
  readSubDocument: (folder: string, mediaType: string, ctx: ExtractContext) => ExtractionResult,
): Promise<readonly ExtractedMember[]> {
  const members: ExtractedMember[] = [];
  const files = zip.entries.filter((entry) => OOXML_EMBEDDINGS.test(entry.name) || ODF_OLE.test(entry.name));
  for (const entry of files) {
    members.push({ name: entry.name, result: asEmbedded(await readMember(zip, entry, ctx)) });
  }
  const inner = nested(ctx);
  for (const { folder, mediaType } of odfSubDocuments(zip)) {
    const name = folder.slice(0, -1);
    if (inner.depth > ctx.limits.maxDepth) {
      members.push({
        name,
        result: { kind: 'too-large', reason: `nested more than ${ctx.limits.maxDepth} levels deep` },
      });
    } else if (outOfTime(ctx)) {
      members.push({ name, result: { kind: 'too-large', reason: timeReason(ctx) } });
    } else {
      members.push({ name, result: readSubDocument(folder, mediaType, inner) });
    }
  }
  return members;
}

/** `result` with `members` added after its own (a result without text keeps its outcome). */
export function withMembers(result: ExtractionResult, members: readonly ExtractedMember[]): ExtractionResult {
  if (members.length === 0 || (result.kind !== 'text' && result.kind !== 'partial')) return result;
  return { ...result, members: [...(result.members ?? []), ...members] };
}
