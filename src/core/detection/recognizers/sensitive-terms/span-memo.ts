/**
 * Per-document memo of a question asked about a span: the terms of one sentence ask the same things about
 * it (is it policy talk, is it technical), so each sentence is read once however many terms it holds.
 */
import type { ScanDocument, Span } from '../../types';

/** `ask` memoised per document and span; `undefined` answers are remembered too. */
export function memoBySpan<T>(
  ask: (doc: ScanDocument, span: Span) => T,
): (doc: ScanDocument, span: Span) => T {
  const byDoc = new WeakMap<ScanDocument, Map<string, { readonly answer: T }>>();
  return (doc, span) => {
    let answers = byDoc.get(doc);
    if (answers === undefined) {
      answers = new Map();
      byDoc.set(doc, answers);
    }
    const key = `${span.start}:${span.end}`;
    const known = answers.get(key);
    if (known !== undefined) return known.answer;
    const answer = ask(doc, span);
    answers.set(key, { answer });
    return answer;
  };
}
