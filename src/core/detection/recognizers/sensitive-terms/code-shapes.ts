/**
 * A term written as code rather than about someone: glued to an identifier (`diagnosis_code`,
 * `patient.allergies`, `healthStatus`), in a web address, between backticks, or on a line that reads as a schema or a
 * mapping. A quoted value in a record is the record's data, not code (`inStringValue`, `recordOf`). Used by
 * `about-whom.ts`.
 */
import type { ScanDocument, Span } from '../../types';
import { lineEnd, lineStart, paragraphAround } from '../../sentences';

/** Identifier characters glued to the term: `diagnosis_code`, `patient.allergies`, `healthStatus`. */
export function inIdentifier(text: string, hit: Span): boolean {
  const before = text.charAt(hit.start - 1);
  const after = text.charAt(hit.end);
  if (before === '_' || after === '_' || before === '$') return true;
  if (before === '.' && /[A-Za-z]/.test(text.charAt(hit.start - 2))) return true;
  if (after === '(' || (after === '.' && /[a-z]/.test(text.charAt(hit.end + 1)))) return true;
  // camelCase: a capital right after the term ("allergyList") or before it inside a word ("hasAllergy").
  if (/[A-Z]/.test(after) && /[a-z]/.test(text.charAt(hit.end - 1))) return true;
  // In a web address: "vinnter.se/tapahtumat/etakuntoutus", "https://…/allergies".
  return WEB_ADDRESS_BEFORE.test(text.slice(Math.max(0, hit.start - 80), hit.start));
}

/** The start of a web address in the same token before the term: a domain and a slash, or a scheme. */
const WEB_ADDRESS_BEFORE = /(?:\.[a-z]{2,}\/|:\/\/)[^\s]*$/i;

/**
 * A line that reads as code or a schema: `allergies: string[]`, `"diagnosis": null,`, `a.b -> c.d`. A key starts
 * as an identifier does, not with a digit: "09:00;Daniel Forsberg;…" is a row of a timetable.
 */
const CODE_LINE =
  /[{};]\s*$|^\s*["'`]?[A-Za-z_][\w.]*["'`]?\s*[:=]\s*(?:string|number|boolean|null|true|false|\[|\{|["'`]|\d)|^\s*[\w.]+\s*(?:->|=>|→)/;

/** The line of `text` holding offset `at`. */
export function lineOf(text: string, at: number): string {
  return text.slice(lineStart(text, at), lineEnd(text, at));
}

/**
 * Inside a quoted string that is a value, not a key: `"diagnose":"Diabetes mellitus type 1"` in a logged
 * payload is what the record holds, where `"diagnose":` only names its field.
 */
export function inStringValue(text: string, hit: Span): boolean {
  const quotes = text.slice(lineStart(text, hit.start), hit.start).split('"').length - 1;
  return quotes % 2 === 1 && /^[^"\n]*"\s*[^\s:]/.test(text.slice(hit.end, hit.end + 200));
}

export function isCode(doc: ScanDocument, hit: Span): boolean {
  if (inIdentifier(doc.text, hit)) return true;
  const line = lineOf(doc.text, hit.start);
  // Inside backticks on its line: `health_status`.
  const tick = line.indexOf('`');
  if (tick >= 0 && line.indexOf('`', tick + 1) > tick) return true;
  return CODE_LINE.test(line);
}

/** A logged record, which may wrap over lines: the paragraph holding `hit` (to 400 characters either side). */
export function recordOf(doc: ScanDocument, hit: Span): Span {
  return paragraphAround(doc.text, hit.start, hit.end, RECORD_REACH);
}
const RECORD_REACH = 400;
