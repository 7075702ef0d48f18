/**
 * Whether a person is named on a candidate's line: a capitalised known first name on the line, outside the
 * candidate — one that is also an everyday word ("Hans", "Mark", "Line") only with a surname after it. One person per line is how lists, table rows and CSV files write people, so an
 * identity number on that line is that person's (`Recognizer.namedContext`).
 */
import type { ScanDocument, Span } from './types';
import { CAPITALISED } from './recognizers/sensitive-terms/anchors';
import { isAmbiguousName, isFirstName } from './recognizers/sensitive-terms/first-names';

/** A line longer than this is running text, where a name may be anyone's: only its nearby part counts. */
const REACH = 80;

export function namedOnLine(doc: ScanDocument, span: Span): boolean {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const next = text.indexOf('\n', span.end);
  const lineEnd = next < 0 ? text.length : next;
  const from = Math.max(lineStart, span.start - REACH);
  const to = Math.min(lineEnd, span.end + REACH);
  return hasFirstName(text.slice(from, span.start)) || hasFirstName(text.slice(span.end, to));
}

/** A capitalised word right after: "Mark Thompson". */
const SURNAME_AFTER = /^[ \t]+[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF]/;

/** A first name glued to a surname, as file names write them: "adgangskort_LouiseFriis_…". */
const GLUED_NAME =
  /(?:^|[^A-Za-z\u00C0-\u00FF])([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF]+)(?=[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF])/g;

function hasFirstName(slice: string): boolean {
  GLUED_NAME.lastIndex = 0;
  let glued: RegExpExecArray | null;
  while ((glued = GLUED_NAME.exec(slice)) !== null) if (isFirstName(glued[1] ?? '')) return true;
  const re = new RegExp(CAPITALISED.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const word = m[1] ?? '';
    if (!isFirstName(word)) continue;
    if (!isAmbiguousName(word) || SURNAME_AFTER.test(slice.slice(m.index + m[0].length))) return true;
  }
  return false;
}
