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

/**
 * A slide's part name carries its number; PowerPoint numbers the parts in slide order when it saves, so
 * this is the slide people see (a file reordered by another tool may differ).
 */
const SLIDE_PART = /^ppt\/slides\/slide(\d{1,5})\.xml$/;
const NOTES_PART = /^ppt\/notesSlides\/(notesSlide\d{1,5}\.xml)$/;
const SLIDE_TARGET = /Target\s*=\s*["'][^"']*slides\/slide(\d{1,5})\.xml["']/;

/** The slide a part belongs to: a slide by its name, speaker notes through their relationship to it. */
function slideOf(zip: ZipReader, part: string): number | undefined {
  const slide = SLIDE_PART.exec(part);
  if (slide) return parseInt(slide[1] as string, 10);
  const notes = NOTES_PART.exec(part);
  const rels = notes ? zip.text(`ppt/notesSlides/_rels/${notes[1] as string}.rels`) : undefined;
  const target = rels !== undefined ? SLIDE_TARGET.exec(rels) : null;
  return target ? parseInt(target[1] as string, 10) : undefined;
}

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
    for (const part of zip.names(pattern)) {
      const start = builder.size;
      appendZipPart(builder, zip, part, vocabulary, ctx);
      const slide = slideOf(zip, part);
      if (slide !== undefined) builder.region(start, { kind: 'slide', slide });
    }
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
