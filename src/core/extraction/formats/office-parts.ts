/**
 * Shared by the OOXML and ODF readers: text of word-processing-like XML parts and document properties.
 */
import type { ExtractContext } from '../limits';
import { outOfTime, timeReason } from '../limits';
import type { TextBuilder } from '../text-builder';
import type { XmlHandler, XmlOutcome } from '../xml';
import { scanXml } from '../xml';
import type { ZipReader } from '../zip-reader';

/** How elements of a markup vocabulary map to text structure (local names, prefixes dropped). */
export interface TextVocabulary {
  /** Elements whose character data is text (`w:t`, `a:t`); when absent, all character data is. */
  readonly textElements?: { readonly [name: string]: true };
  /** Elements that end a line when they close. */
  readonly lineEnds: { readonly [name: string]: true };
  /** Empty elements standing for a character (`w:tab` → tab, `w:br` → line break). */
  readonly characters: { readonly [name: string]: string };
  /** Table cells: inside one, paragraph ends become spaces and the cell ends with a tab. */
  readonly cellEnds: { readonly [name: string]: true };
  /** Table rows: end a line when they close. */
  readonly rowEnds: { readonly [name: string]: true };
  /** Elements whose content is left out (footnote citation marks, comment dates). */
  readonly skip?: { readonly [name: string]: true };
  /** Elements that start on a new line (footnote bodies and comments embedded in a paragraph). */
  readonly breaks?: { readonly [name: string]: true };
}

/** WordprocessingML and DrawingML (docx, pptx, xlsx shared strings). */
export const OOXML_TEXT: TextVocabulary = {
  textElements: { t: true, delText: true },
  lineEnds: { p: true },
  characters: { tab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-', softHyphen: '' },
  cellEnds: { tc: true },
  rowEnds: { tr: true },
};

/** A handler appending a part's text to `builder` as `vocabulary` says. */
function partHandler(builder: TextBuilder, vocabulary: TextVocabulary): XmlHandler {
  let depthInText = 0;
  let depthInCell = 0;
  let depthSkipped = 0;
  const { textElements, lineEnds, characters, cellEnds, rowEnds, skip, breaks } = vocabulary;
  return {
    open: (name, _attrs, selfClosing) => {
      if (selfClosing) {
        const character = characters[name];
        if (character !== undefined && depthSkipped === 0) builder.append(character);
        return;
      }
      if (skip && skip[name]) depthSkipped++;
      else if (textElements && textElements[name]) depthInText++;
      else if (cellEnds[name]) depthInCell++;
      else if (breaks && breaks[name]) builder.append('\n');
    },
    close: (name) => {
      if (skip && skip[name]) depthSkipped = Math.max(0, depthSkipped - 1);
      else if (textElements && textElements[name]) depthInText = Math.max(0, depthInText - 1);
      else if (cellEnds[name]) {
        depthInCell = Math.max(0, depthInCell - 1);
        builder.append('\t');
      } else if (rowEnds[name]) builder.append('\n');
      else if (lineEnds[name]) builder.append(depthInCell > 0 ? ' ' : '\n');
    },
    text: (text) => {
      if (depthSkipped === 0 && (!textElements || depthInText > 0)) builder.append(text);
    },
  };
}

/** Records why a part scan ended early, if it did. */
function noteOutcome(builder: TextBuilder, outcome: XmlOutcome, part: string, ctx: ExtractContext): void {
  if (outcome === 'doctype') builder.stop(`${part} contains a DOCTYPE declaration and was not read`);
  if (outcome === 'stopped' && !builder.full) builder.stop(timeReason(ctx));
}

/** Appends the text of one XML part held as a string (DOCTYPE refused, time budget honoured). */
export function appendPartText(
  builder: TextBuilder,
  xml: string,
  part: string,
  vocabulary: TextVocabulary,
  ctx: ExtractContext,
): void {
  noteOutcome(
    builder,
    scanXml(xml, partHandler(builder, vocabulary), () => outOfTime(ctx) || builder.full),
    part,
    ctx,
  );
}

/** Streams a part from the zip and appends its text (no-op when missing; limit problems are recorded). */
export function appendZipPart(
  builder: TextBuilder,
  zip: ZipReader,
  part: string,
  vocabulary: TextVocabulary,
  ctx: ExtractContext,
): void {
  if (builder.full) return;
  const outcome = zip.scanPart(part, partHandler(builder, vocabulary), () => outOfTime(ctx) || builder.full);
  if (outcome === undefined) return;
  noteOutcome(builder, outcome, part, ctx);
  builder.append('\n');
}

/** Property elements worth scanning (local names) and their labels: people and descriptions. */
const PROPERTY_LABELS: { readonly [name: string]: string } = {
  creator: 'Author',
  'initial-creator': 'Author',
  lastModifiedBy: 'Last modified by',
  title: 'Title',
  subject: 'Subject',
  description: 'Description',
  keywords: 'Keywords',
  keyword: 'Keywords',
  category: 'Category',
  Manager: 'Manager',
  Company: 'Company',
  'user-defined': 'Property',
  lpwstr: 'Property',
};

/** Appends labelled document properties (author, last modified by, title...) from a properties part. */
export function appendProperties(builder: TextBuilder, zip: ZipReader, part: string): void {
  const xml = zip.text(part);
  if (xml === undefined || builder.full) return;
  let label: string | undefined;
  const lines: string[] = [];
  const outcome = scanXml(xml, {
    open: (name, _attrs, selfClosing) => {
      label = selfClosing ? undefined : PROPERTY_LABELS[name];
    },
    close: () => {
      label = undefined;
    },
    text: (text) => {
      const value = text.trim();
      if (label !== undefined && value) lines.push(`${label}: ${value}`);
    },
  });
  if (outcome === 'doctype') builder.stop(`${part} contains a DOCTYPE declaration and was not read`);
  if (lines.length > 0) builder.append(`${lines.join('\n')}\n`);
}
