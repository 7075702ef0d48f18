/**
 * OpenDocument files (.odt, .ods, .odp): content, headers/footers (in styles.xml) and metadata.
 * The `mimetype` entry says which kind it is.
 */
import { decodeUtf8 } from '../decode-text';
import type { ExtractContext } from '../limits';
import { TextBuilder } from '../text-builder';
import type { ExtractionResult } from '../types';
import { attribute, scanXml } from '../xml';
import type { ZipEntry } from '../zip-directory';
import type { ZipReader } from '../zip-reader';
import type { TextVocabulary } from './office-parts';
import { appendPartText, appendProperties } from './office-parts';
import { readOdsTables } from './ods';

/** ODF text: paragraphs and headings end lines; spaces, tabs and breaks are elements. */
const ODF_TEXT: TextVocabulary = {
  lineEnds: { p: true, h: true, creator: true },
  characters: { tab: '\t', 'line-break': '\n', s: ' ' },
  cellEnds: { 'table-cell': true },
  rowEnds: { 'table-row': true },
  skip: { 'note-citation': true, date: true, 'sequence-decls': true },
  breaks: { note: true, annotation: true },
};

/** True when the zip is an OpenDocument package. */
export function isOdf(zip: ZipReader): boolean {
  return zip.has('mimetype') && zip.has('content.xml');
}

/** Extracts an OpenDocument package already opened as a zip. */
export function extractOdf(zip: ZipReader, ctx: ExtractContext): ExtractionResult {
  const mimetype = decodeUtf8(zip.read('mimetype') ?? new Uint8Array(0)).trim();
  return extractOdfDocument(zip, ctx, '', mimetype);
}

/**
 * Extracts the document in `folder` of the package: `''` for the package itself, `Object 1/` for an
 * embedded sub-document (a chart's data, a spreadsheet inside a text), whose media type the manifest gives.
 */
export function extractOdfDocument(
  zip: ZipReader,
  ctx: ExtractContext,
  folder: string,
  mimetype: string,
): ExtractionResult {
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  const content = zip.text(`${folder}content.xml`);
  if (content !== undefined) {
    if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet') {
      const problem = readOdsTables(content, builder, ctx);
      if (problem !== undefined) builder.stop(problem);
    } else {
      appendPartText(builder, content, `${folder}content.xml`, ODF_TEXT, ctx);
      builder.append('\n');
    }
  }
  // Headers and footers of text documents live in the master pages of styles.xml; the rest of it is
  // formatting (and in presentations and spreadsheets, field placeholders such as <number>).
  const styles =
    mimetype === 'application/vnd.oasis.opendocument.text' ? zip.text(`${folder}styles.xml`) : undefined;
  const masters = styles === undefined ? -1 : styles.indexOf('<office:master-styles');
  if (styles !== undefined && masters >= 0) {
    appendPartText(builder, styles.slice(masters), `${folder}styles.xml`, ODF_TEXT, ctx);
    builder.append('\n');
  }
  appendProperties(builder, zip, `${folder}meta.xml`);
  if (zip.problem !== undefined) builder.stop(zip.problem);
  return builder.result();
}

/** The objects embedded in a package: OLE files, and sub-documents (folders with their own media type). */
export interface OdfEmbedded {
  readonly objects: readonly ZipEntry[];
  readonly subDocuments: readonly { readonly folder: string; readonly mediaType: string }[];
}

/**
 * OLE objects are files named `Object N` in the package or a sub-document folder; `ObjectReplacements/` holds
 * their preview pictures, which are not content.
 */
const ODF_OLE = /^(?!ObjectReplacements\/)(?:[^/]+\/)?Object \d+$/;

/** The embedded objects of an OpenDocument package; none for any other zip. */
export function odfEmbedded(zip: ZipReader): OdfEmbedded {
  const subDocuments: { folder: string; mediaType: string }[] = [];
  const manifest = zip.text('META-INF/manifest.xml');
  if (manifest !== undefined) {
    scanXml(manifest, {
      open: (name, attrs) => {
        if (name !== 'file-entry') return;
        const folder = attribute(attrs, 'manifest:full-path') ?? '';
        const mediaType = attribute(attrs, 'manifest:media-type') ?? '';
        if (folder !== '/' && folder.endsWith('/') && zip.has(`${folder}content.xml`))
          subDocuments.push({ folder, mediaType });
      },
    });
  }
  return { objects: zip.entries.filter((entry) => ODF_OLE.test(entry.name)), subDocuments };
}
