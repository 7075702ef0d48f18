/** Runs a recognizer's patterns and custom finder over a document: the only loop over the text. */
import type { Candidate, Pattern, Recognizer, ScanDocument, ScanEnv } from './types';

function* patternCandidates(doc: ScanDocument, pattern: Pattern): Generator<Candidate> {
  const re = pattern.regex;
  if (!re.global) throw new TypeError(`Pattern ${pattern.name} must use the g flag`);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const group = pattern.group ?? 0;
    const value = m[group];
    if (value === undefined || value.length === 0) continue;
    // The value group is the last thing the leading context can precede: find it from the match's end.
    const start = group === 0 ? m.index : m.index + m[0].lastIndexOf(value);
    yield { start, end: start + value.length, pattern: pattern.name, score: pattern.score };
  }
}

/** Every candidate of one recognizer, patterns first, then its custom finder. */
export function* candidatesOf(recognizer: Recognizer, doc: ScanDocument, env: ScanEnv): Generator<Candidate> {
  for (const pattern of recognizer.patterns ?? []) yield* patternCandidates(doc, pattern);
  if (recognizer.find !== undefined) yield* recognizer.find(doc, env);
}
