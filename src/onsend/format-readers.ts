/**
 * Stands in for `src/core/extraction/format-loaders.ts` in onsend.js (a webpack alias): the same
 * extractors, imported statically. The task pane and the CLI import each format's reader on its first file
 * (their start-up time); onsend.js is one file that holds them all anyway, and static imports let webpack
 * join its modules into one scope instead of wrapping each for `import()`: 0.3 KB of the 100 KB budget.
 * `test/onsend/format-readers.test.ts` keeps the two modules' exports the same.
 */
import type { Extractor } from '../core/extraction/format-loaders';
import { extractAttachedMessage } from '../core/extraction/attached-message';
import * as calendar from '../core/extraction/formats/calendar';
import * as cfb from '../core/extraction/formats/cfb';
import * as csv from '../core/extraction/formats/csv';
import * as pdf from '../core/extraction/formats/pdf';
import * as plain from '../core/extraction/formats/plain';
import * as rtf from '../core/extraction/formats/rtf';
import * as zip from '../core/extraction/formats/zip-container';

export type { Extractor };

export const extractZipContainer: Extractor = zip.extractZipContainer;
export const extractCfb: Extractor = (bytes, ctx, name, contentType) =>
  cfb.extractCfb(bytes, name, contentType, ctx);
export const extractPdf: Extractor = pdf.extractPdf;
export const extractRtf: Extractor = rtf.extractRtf;
export const extractEmail: Extractor = extractAttachedMessage;
export const extractCsv: Extractor = (bytes, ctx) => csv.extractCsv(bytes, ctx);
export const extractTsv: Extractor = (bytes, ctx) => csv.extractCsv(bytes, ctx, true);
export const extractPlainText: Extractor = plain.extractPlainText;
export const extractHtml: Extractor = plain.extractHtml;
export const extractJson: Extractor = plain.extractJson;
export const extractXml: Extractor = plain.extractXml;
export const extractIcs: Extractor = calendar.extractIcs;
export const extractVcf: Extractor = calendar.extractVcf;
