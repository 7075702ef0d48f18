/**
 * Word (.docx/.docm) and PowerPoint (.pptx/.pptm) files: every text-bearing part, then the document
 * properties. Parts are found by name pattern (ECMA-376 default names), which is what Office and
 * LibreOffice write; a part hidden under an unusual name would be missed, not misread.
 */
import type { ExtractContext } from '../limits';
import { TextBuilder } from '../text-builder';
import type { ExtractionResult } from '../types';
import type { ZipReader } from '../zip-reader';
import type { TextVocabulary } from './office-parts';
import { appendProperties, appendZipPart, OOXML_TEXT } from './office-parts';

const WORD_PARTS: readonly RegExp[] = [
  /^word\/document\.xml$/,
  /^word\/header\d*\.xml$/,
  /^word\/footer\d*\.xml$/,
  /^word\/footnotes\.xml$/,
  /^word\/endnotes\.xml$/,
  /^word\/comments\.xml$/,
  /^word\/commentsExtended\.xml$/,
];

const PRESENTATION_PARTS: readonly RegExp[] = [
  /^ppt\/slides\/slide\d+\.xml$/,
  /^ppt\/notesSlides\/notesSlide\d+\.xml$/,
  /^ppt\/comments\/[^/]+\.xml$/,
  /^ppt\/charts\/chart\d+\.xml$/,
];

/** Properties common to every OOXML package. */
const PROPERTY_PARTS = ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml'];

/** Comments in PresentationML keep their text in `p:text`; chart points (`c:pt`) hold values in `c:v`. */
const PRESENTATION_TEXT: TextVocabulary = {
  ...OOXML_TEXT,
  textElements: { t: true, text: true, v: true },
  lineEnds: { p: true, pt: true },
};

function extractParts(
  zip: ZipReader,
  ctx: ExtractContext,
  patterns: readonly RegExp[],
  vocabulary: TextVocabulary,
): ExtractionResult {
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  for (const pattern of patterns) {
    for (const part of zip.names(pattern)) appendZipPart(builder, zip, part, vocabulary, ctx);
  }
  for (const part of PROPERTY_PARTS) appendProperties(builder, zip, part);
  if (zip.problem !== undefined) builder.stop(zip.problem);
  return builder.result();
}

/** Body, headers, footers, footnotes, endnotes, comments and properties of a Word document. */
export function extractDocx(zip: ZipReader, ctx: ExtractContext): ExtractionResult {
  return extractParts(zip, ctx, WORD_PARTS, OOXML_TEXT);
}

/** Slides (in order), speaker notes, comments, chart labels and properties of a presentation. */
export function extractPptx(zip: ZipReader, ctx: ExtractContext): ExtractionResult {
  return extractParts(zip, ctx, PRESENTATION_PARTS, PRESENTATION_TEXT);
}
