/**
 * A numbered section heading names a topic ("1. Sjukfrånvaro och frisknärvaro", "3) Sick leave and
 * rehabilitation"), as a newsletter or a policy is laid out: a short line of its own, a number first, no
 * sentence in it, and no one named on it ("2. Anna – sjukskriven" is Anna's). So does an agenda's item, a
 * time first ("10.45  Aivohalvauksen jälkeinen kotikuntoutus – kokemukset pilotista"). And so does an
 * unnumbered heading, a short line after a blank one with its section right under it ("Sygefravær" over
 * "Sygefraværet i København lå på 2,4 %"), when that section names no one either.
 */
import type { ScanDocument, Span } from '../../types';
import { lineEnd, lineStart, paragraphAround } from '../../sentences';
import { namedOnLine } from '../../person-line';
import { nameIn, personAnchor } from './anchors';
import { isFirstName } from './first-names';

const HEADING = /^[ \t]*\d{1,2}[.)][ \t]+[^.!?:;\n]{1,60}$/;
const MAX_WORDS = 6;
/** An agenda's item: a time or a span of time first ("09.50", "10:45–11:30"), then the talk's title. */
const AGENDA_ITEM = /^[ \t]*\d{1,2}[.:]\d\d(?:[ \t]*[-–][ \t]*\d{1,2}[.:]\d\d)?[ \t]+\S/;

/**
 * A heading's words: no sentence or label punctuation in them (a colon line leads a list in), and single
 * spaces between them (a table's header row has its columns apart: "Rum   Sjukfrånvaro   Kommentar").
 */
const PLAIN_HEADING = /^[ \t]*[^\s\d](?:[^.!?:;,|\s]| (?! )){0,60}$/;
/** The paragraph under a heading, read for a person it names. */
const SECTION_REACH = 600;

/**
 * Whether the line from `start` to `end` is an unnumbered heading whose section names no one: after a blank
 * line (or first in the text), a paragraph straight under it, and no person in that paragraph ("Sjukskrivning"
 * over "Jag är sjukskriven …" heads news of the writer).
 */
function isPlainHeading(doc: ScanDocument, start: number, end: number, hit: Span): boolean {
  const text = doc.text;
  const line = text.slice(start, end);
  if (!PLAIN_HEADING.test(line) || line.trim().split(/\s+/).length > MAX_WORDS) return false;
  if (start > 0 && text.slice(lineStart(text, start - 1), start - 1).trim() !== '') return false;
  const below = end + 1;
  if (below >= text.length || text.charAt(below) === '\n') return false;
  return (
    personAnchor(doc, { start: below, end: paragraphAround(text, below, below, SECTION_REACH).end }, hit) ===
    undefined
  );
}

/**
 * A line that opens in capitals is a title: "ETÄKUNTOUTUS ARJESSA – mitä olemme oppineet"; one whose words
 * hold a first name ("ANNA SJUKSKRIVEN HELA VECKAN") is news of someone.
 */
function isTitleInCapitals(line: string): boolean {
  // The first two words decide before the line is split into all of its words.
  const opening = /^\s*(\S{2,})\s+(\S{2,})/.exec(line);
  const capitals = (w: string): boolean => w === w.toUpperCase() && w !== w.toLowerCase();
  if (opening === null || !capitals(opening[1] ?? '') || !capitals(opening[2] ?? '')) return false;
  return !line
    .trim()
    .split(/\s+/)
    .some((w) => isFirstName(w.charAt(0) + w.slice(1).toLowerCase()));
}

/** A template's fields to fill in: "[Namn]", "[Dato]", "[diagnos ej i mejl]". */
const PLACEHOLDER = /\[[^\]\n]{2,40}\]/g;

/**
 * Whether the hit stands in a template, a paragraph with two or more fields to fill in and no one's name
 * ("Referat af sygefraværssamtale / Medarbejder: [Navn] / Dato: [Dato]"): a form for whoever it is used for.
 */
export function isInTemplate(doc: ScanDocument, hit: Span): boolean {
  const paragraph = paragraphAround(doc.text, hit.start, hit.end, SECTION_REACH);
  const fields = doc.text.slice(paragraph.start, paragraph.end).match(PLACEHOLDER);
  return fields !== null && fields.length > 1 && !nameIn(doc, paragraph, hit);
}

/** Whether the hit stands in a numbered section heading, an agenda item or a title that names no one. */
export function isSectionHeading(doc: ScanDocument, hit: Span): boolean {
  const line = { start: lineStart(doc.text, hit.start), end: lineEnd(doc.text, hit.end) };
  const text = doc.text.slice(line.start, line.end);
  const heading = HEADING.test(text) && text.trim().split(/\s+/).length <= MAX_WORDS + 1;
  // A title heads what follows it; a subject in capitals ("SJUKSKRIVEN RESTEN AV VECKAN") is the news.
  const title = line.end < doc.text.length && isTitleInCapitals(text);
  const plain = !heading && isPlainHeading(doc, line.start, line.end, hit);
  if (!heading && !plain && !AGENDA_ITEM.test(text) && !title) return false;
  return !namedOnLine(doc, hit) && personAnchor(doc, line, hit) === undefined;
}
