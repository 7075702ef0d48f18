/**
 * Runs recognizers' patterns and custom finders over a document: the only loop over the text.
 *
 * Two savings keep the number of passes down (STYLE: "speed is designed"):
 * - a pattern object shared by several recognizers (personnummer and samordningsnummer read the same
 *   written forms) is run once per document and its candidates reused;
 * - a recognizer that cannot reach its minimum score without a context word (passport numbers, car plates,
 *   Danish CPR…) is only run in windows around those words. Tables are scanned whole, since a column
 *   header is context for cells far from it;
 * - a pattern with a `trigger` literal (`@`) only runs around the literal's occurrences.
 */
import type { Candidate, Pattern, Recognizer, ScanDocument, ScanEnv, Span } from './types';
import { dictionaryOf } from './context';
import { findWords } from './words';
import { DEFAULT_MIN_SCORE, VALID_BOOST } from './scoring';

/** How far a window reaches past the context rule's own distance: room for the candidate itself. */
const CANDIDATE_REACH = 80;
/** A window edge is moved to whitespace so no token is cut (a cut token could fake a word boundary). */
const MAX_STRETCH = 200;

function* runPattern(text: string, offset: number, pattern: Pattern): Generator<Candidate> {
  const re = pattern.regex;
  if (!re.global) throw new TypeError(`Pattern ${pattern.name} must use the g flag`);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const group = pattern.group ?? 0;
    const value = m[group];
    if (value === undefined || value.length === 0) continue;
    // The value group is the last thing the leading context can precede: find it from the match's end.
    const start = offset + (group === 0 ? m.index : m.index + m[0].lastIndexOf(value));
    yield { start, end: start + value.length, pattern: pattern.name, score: pattern.score };
  }
}

/** Whether no pattern of the recognizer can be reported without a positive context word. */
export function needsContext(recognizer: Recognizer): boolean {
  const patterns = recognizer.patterns ?? [];
  if (patterns.length === 0 || recognizer.context === undefined || recognizer.context.length === 0)
    return false;
  const min = recognizer.minScore ?? DEFAULT_MIN_SCORE;
  return patterns.every((p) => p.score + VALID_BOOST < min);
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** Sorts raw windows, moves their edges to whitespace and merges the ones that touch. */
function mergeWindows(text: string, raw: Span[]): Span[] {
  raw.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const w of raw) {
    let start = Math.max(0, w.start);
    let end = Math.min(text.length, w.end);
    const floor = Math.max(0, start - MAX_STRETCH);
    while (start > floor && !isSpace(text, start - 1)) start--;
    const ceiling = Math.min(text.length, end + MAX_STRETCH);
    while (end < ceiling && !isSpace(text, end)) end++;
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, end) };
    else merged.push({ start, end });
  }
  return merged;
}

/** Windows of the text around the recognizer's positive context words. */
function contextWindows(doc: ScanDocument, recognizer: Recognizer): Span[] {
  const raw: Span[] = [];
  for (const rule of recognizer.context ?? []) {
    for (const hit of findWords(dictionaryOf(rule), doc.lower)) {
      raw.push({
        start: hit.start - rule.after - CANDIDATE_REACH,
        end: hit.end + rule.before + CANDIDATE_REACH,
      });
    }
  }
  return mergeWindows(doc.text, raw);
}

/** Windows of the text around each occurrence of a trigger literal. */
function triggerWindows(text: string, trigger: { readonly literal: string; readonly reach: number }): Span[] {
  const raw: Span[] = [];
  for (let at = text.indexOf(trigger.literal); at >= 0; at = text.indexOf(trigger.literal, at + 1)) {
    raw.push({ start: at - trigger.reach, end: at + trigger.literal.length + trigger.reach });
  }
  return mergeWindows(text, raw);
}

function* inWindows(text: string, windows: readonly Span[], pattern: Pattern): Generator<Candidate> {
  for (const w of windows) yield* runPattern(text.slice(w.start, w.end), w.start, pattern);
}

/** One document's candidate source: remembers shared patterns' candidates for the whole scan. */
export class CandidateScan {
  private readonly memo = new Map<Pattern, Candidate[]>();

  constructor(
    private readonly doc: ScanDocument,
    private readonly env: ScanEnv,
  ) {}

  private wholeText(pattern: Pattern): Candidate[] {
    let found = this.memo.get(pattern);
    if (found === undefined) {
      found = [];
      const text = this.doc.text;
      const run = pattern.trigger
        ? inWindows(text, triggerWindows(text, pattern.trigger), pattern)
        : runPattern(text, 0, pattern);
      for (const c of run) found.push(c);
      this.memo.set(pattern, found);
    }
    return found;
  }

  /** Every candidate of one recognizer, patterns first, then its custom finder. */
  *of(recognizer: Recognizer): Generator<Candidate> {
    const patterns = recognizer.patterns ?? [];
    if (this.doc.cells.length === 0 && needsContext(recognizer)) {
      const windows = contextWindows(this.doc, recognizer);
      for (const pattern of patterns) yield* inWindows(this.doc.text, windows, pattern);
    } else {
      for (const pattern of patterns) yield* this.wholeText(pattern);
    }
    if (recognizer.find !== undefined) yield* recognizer.find(this.doc, this.env);
  }
}
