/**
 * The parts of a sentence a term's reading depends on: the clause it stands in, when a colon or a dash cuts
 * the sentence, and whether it stands inside quotation marks. Used by `about-whom.ts`.
 */
import type { ScanDocument, Span } from '../../types';
import { lineEnd, lineStart } from '../../sentences';

/** Quotation marks that open and close a quote on one line. */
const QUOTE_MARKS = /["“”„«»]/g;

/**
 * Whether the hit stands inside quotation marks in its sentence, or on its line when the sentence is
 * shorter ("Jeg er syg i dag" er nok; reads, in part: "We welcome applicants regardless of …").
 */
export function inQuotes(doc: ScanDocument, sentence: Span, hit: Span): boolean {
  const text = doc.text;
  const from = Math.min(sentence.start, lineStart(text, hit.start));
  const to = Math.max(sentence.end, lineEnd(text, hit.end));
  const before = text.slice(from, hit.start).match(QUOTE_MARKS);
  const after = text.slice(hit.end, to).match(QUOTE_MARKS);
  return before !== null && before.length % 2 === 1 && after !== null;
}

/**
 * Whether `word` (an anchor found in `span`) stands only inside quotation marks there: a rule's example
 * ("Skriv aldrig diagnoser … eller "han har fått utmattning" i mejl") names no one.
 */
export function onlyQuoted(doc: ScanDocument, span: Span, word: string): boolean {
  const lower = doc.lower.slice(span.start, span.end);
  // Split at the quotation marks, the even parts stand outside quotes.
  return (
    lower.indexOf(word) >= 0 &&
    lower.split(QUOTE_MARKS).every((part, i) => i % 2 === 1 || part.indexOf(word) < 0)
  );
}

/** Where a clause ends inside a sentence: a dash between spaces, or a semicolon. */
const CLAUSE_DASHES = [' – ', ' — ', ' - ', '; '];

/**
 * The term's clause when a colon before it or a dash or a semicolon on either side cuts its sentence ("Raj
 * shared some context: across clients …", "Lägst i gruppen efter knäplastik, högst efter stroke – Hanna tror
 * …", "Sick leave is up, mainly the flu wave in Feb; nothing structural, but Sara will …"), or undefined when
 * none does.
 */
export function clauseOf(doc: ScanDocument, sentence: Span, hit: Span): Span | undefined {
  // Searched within the sentence only: a search over the whole text for each hit would cost a long
  // document's length again and again.
  const before = doc.text.slice(sentence.start, hit.start);
  const after = doc.text.slice(hit.end, sentence.end);
  let start = before.lastIndexOf(': ') + 1;
  let end = after.length;
  for (const dash of CLAUSE_DASHES) {
    const cut = before.lastIndexOf(dash);
    if (cut >= 0 && cut + dash.length > start) start = cut + dash.length;
    const next = after.indexOf(dash);
    if (next >= 0 && next < end) end = next;
  }
  return start === 0 && end === after.length
    ? undefined
    : { start: sentence.start + start, end: hit.end + end };
}
