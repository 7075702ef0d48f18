/**
 * A numbered section heading names a topic ("1. Sjukfrånvaro och frisknärvaro", "3) Sick leave and
 * rehabilitation"), as a newsletter or a policy is laid out: a short line of its own, a number first, no
 * sentence in it, and no one named on it ("2. Anna – sjukskriven" is Anna's).
 */
import type { ScanDocument, Span } from '../../types';
import { lineEnd, lineStart } from '../../sentences';
import { namedOnLine } from '../../person-line';
import { personAnchor } from './anchors';

const HEADING = /^[ \t]*\d{1,2}[.)][ \t]+[^.!?:;\n]{1,60}$/;
const MAX_WORDS = 6;

/** Whether the hit stands in a numbered section heading that names no one. */
export function isSectionHeading(doc: ScanDocument, hit: Span): boolean {
  const line = { start: lineStart(doc.text, hit.start), end: lineEnd(doc.text, hit.end) };
  const text = doc.text.slice(line.start, line.end);
  if (!HEADING.test(text) || text.trim().split(/\s+/).length > MAX_WORDS + 1) return false;
  return !namedOnLine(doc, hit) && personAnchor(doc, line, hit) === undefined;
}
