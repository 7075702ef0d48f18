/**
 * A numbered section heading names a topic ("1. Sjukfrånvaro och frisknärvaro", "3) Sick leave and
 * rehabilitation"), as a newsletter or a policy is laid out: a short line of its own, a number first, no
 * sentence in it, and no one named on it ("2. Anna – sjukskriven" is Anna's). So does an agenda's item, a
 * time first ("10.45  Aivohalvauksen jälkeinen kotikuntoutus – kokemukset pilotista").
 */
import type { ScanDocument, Span } from '../../types';
import { lineEnd, lineStart } from '../../sentences';
import { namedOnLine } from '../../person-line';
import { personAnchor } from './anchors';
import { isFirstName } from './first-names';

const HEADING = /^[ \t]*\d{1,2}[.)][ \t]+[^.!?:;\n]{1,60}$/;
const MAX_WORDS = 6;
/** An agenda's item: a time or a span of time first ("09.50", "10:45–11:30"), then the talk's title. */
const AGENDA_ITEM = /^[ \t]*\d{1,2}[.:]\d\d(?:[ \t]*[-–][ \t]*\d{1,2}[.:]\d\d)?[ \t]+\S/;

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

/** Whether the hit stands in a numbered section heading, an agenda item or a title that names no one. */
export function isSectionHeading(doc: ScanDocument, hit: Span): boolean {
  const line = { start: lineStart(doc.text, hit.start), end: lineEnd(doc.text, hit.end) };
  const text = doc.text.slice(line.start, line.end);
  const heading = HEADING.test(text) && text.trim().split(/\s+/).length <= MAX_WORDS + 1;
  // A title heads what follows it; a subject in capitals ("SJUKSKRIVEN RESTEN AV VECKAN") is the news.
  const title = line.end < doc.text.length && isTitleInCapitals(text);
  if (!heading && !AGENDA_ITEM.test(text) && !title) return false;
  return !namedOnLine(doc, hit) && personAnchor(doc, line, hit) === undefined;
}
