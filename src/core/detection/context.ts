/**
 * Context rules: words near a candidate (or its table column header) that raise or lower its score.
 */
import type { ContextRule, ScanDocument, Span } from './types';
import { firstWord, type Dictionary } from './words';
import { findHeads, headLexicon, type HeadLexicon } from './compounds';
import { compileTrieDictionary } from './recognizers/sensitive-terms/trie-dictionary';
import { HEADER_FACTOR, MAX_CONTEXT_BOOST, MAX_CONTEXT_PENALTY } from './scoring';
import { memoPer } from './memo';
import { rememberedListLeadIn, type PlainWalk } from './list-lead-in';
import { typedHeaderAt } from './text-table';
import { cellAt } from './cells';
import { headersOfRowWithoutPeople } from './row-subject';
import {
  lineEnd,
  lineStart,
  paragraphEnd,
  paragraphStart,
  sentenceEndWithin,
  sentenceStartWithin,
} from './sentences';

/** The rule's words compiled once (cached per rule object), folded into a trie: one test per character. */
export const dictionaryOf = memoPer((rule: ContextRule): Dictionary => compileTrieDictionary(rule.words));

/**
 * The rule's word in a column header, looked up once per rule and header: every candidate in a column
 * shares its header, and a big sheet has hundreds of thousands of candidates but a handful of headers.
 * `null`: the header holds none of the rule's words. Bounded like the dictionaries: cleared when full.
 */
const headerWords = memoPer((_rule: ContextRule) => new Map<string, string | null>());
const MAX_HEADERS_PER_RULE = 1024;

function headerWord(rule: ContextRule, header: string): string | undefined {
  const words = headerWords(rule);
  let word = words.get(header);
  if (word === undefined) {
    word = firstWord(dictionaryOf(rule), header.toLowerCase()) ?? null;
    if (words.size >= MAX_HEADERS_PER_RULE) words.clear();
    words.set(header, word);
  }
  return word ?? undefined;
}

/** Where the sentence holding `offset` starts (one notion of a sentence: `sentences.ts`; lines run on). */
function sentenceStart(text: string, offset: number, reach: number): number {
  return sentenceStartWithin(text, offset, reach, false);
}

/** Where the sentence holding `offset` ends, looking ahead at most `reach` characters. */
function sentenceEnd(text: string, offset: number, reach: number): number {
  return sentenceEndWithin(text, offset, reach, false);
}

/** The end of the negative-context window: the sentence's or the paragraph's end, whichever is first. */
function negativeEnd(text: string, offset: number, reach: number): number {
  const sentence = sentenceEnd(text, offset, reach);
  const paragraph = paragraphEnd(text, offset, reach);
  if (sentence < 0) return paragraph;
  return paragraph < 0 ? sentence : Math.min(sentence, paragraph);
}

/** A first line this long or shorter, not ending as a sentence does, is a title; else it is running text. */
const MAX_TITLE = 60;

/** The document's title in lower case ("faktura 88123045"), or '' when its first line is a sentence. */
const titleOf = memoPer((doc: ScanDocument): string => {
  const m = /^\s*([^\n]*)/.exec(doc.lower.slice(0, 400));
  const line = (m?.[1] ?? '').trim();
  const first = line.length <= MAX_TITLE && !/[.!?,;]$/.test(line) ? line : '';
  // A mail body's subject is its title too (`ScanInput.title`).
  return doc.title === undefined ? first : `${doc.title.slice(0, MAX_TITLE)}\n${first}`;
});

const headsOf = memoPer((rule: ContextRule): HeadLexicon => headLexicon(dictionaryOf(rule)));

/** A compound in `lower` headed by one of the rule's words ("stockholms|kontoret"), if any. */
function compoundHead(rule: ContextRule, lower: string): string | undefined {
  const found = findHeads(headsOf(rule), lower)[0];
  return found === undefined ? undefined : found.head.entry;
}

/** What may stand between an apposition's word and the candidate: "kontoret,\n", "Office: ". */
const GAP = /[\s,:;(–-]/;
const LETTER = /[a-z\u00DF-\u00F6\u00F8-\u00FF]/;
/** The longest word read back (a compound: "stockholmskontoret"). */
const MAX_WORD = 40;

/** The rule's word (or a compound it heads) when it is the last word before `end`, else undefined. */
function adjacentWord(rule: ContextRule, lower: string, end: number): string | undefined {
  let wordEnd = end;
  while (wordEnd > 0 && end - wordEnd < 4 && GAP.test(lower.charAt(wordEnd - 1))) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && wordEnd - wordStart < MAX_WORD && LETTER.test(lower.charAt(wordStart - 1)))
    wordStart--;
  if (wordStart === wordEnd) return undefined;
  const word = lower.slice(wordStart, wordEnd);
  const whole = firstWord(dictionaryOf(rule), word);
  if (whole !== undefined) return whole;
  return rule.compounds === true ? compoundHead(rule, word) : undefined;
}

/** Typed tables' header fields by the offset of the row's line (null: no table there). */
const typedHeaders = memoPer((_doc: ScanDocument) => new Map<number, readonly string[] | null>());

/** A cell's column header: a spreadsheet's or CSV's, else a typed table's in the text (none: undefined). */
export function columnHeaderAt(doc: ScanDocument, span: Span): string | undefined {
  return doc.cells.length > 0
    ? cellAt(doc.cells, span)?.header
    : typedHeaderAt(doc.text, span, typedHeaders(doc));
}

/** Lead-in lines by the offset of the line they were asked for. */
const leadIns = memoPer((_doc: ScanDocument) => new Map<number, string>());
/** The walks up over plain lines already made in the document (list-lead-in.ts). */
const plainWalks = memoPer((_doc: ScanDocument) => new Map<number, PlainWalk>());

/** The lower-cased lead-in line of the list holding `offset` ('' when none), once per line. */
function leadInOf(doc: ScanDocument, offset: number): string {
  const byLine = leadIns(doc);
  const line = lineStart(doc.text, offset);
  let lead = byLine.get(line);
  if (lead === undefined) {
    const span = rememberedListLeadIn(doc.text, offset, plainWalks(doc));
    lead = span === undefined ? '' : doc.lower.slice(span.start, span.end);
    byLine.set(line, lead);
  }
  return lead;
}

/**
 * Keywords in the lead-in line of the candidate's list ("Fødselsdage i teamet:" over "Louise Friis 3.
 * februar 1995"): a list item inherits its lead-in as a cell inherits its column header.
 */
function fromLeadIn(doc: ScanDocument, span: Span, rules: readonly ContextRule[]): ContextEffect {
  const lead = leadInOf(doc, span.start);
  if (lead === '') return { amount: 0, reasons: [] };
  let amount = 0;
  const reasons: string[] = [];
  for (const rule of rules) {
    const word = firstWord(dictionaryOf(rule), lead);
    if (word === undefined) continue;
    amount += rule.amount;
    reasons.push(`lead-in:${word}`);
  }
  return { amount: Math.min(amount, MAX_CONTEXT_BOOST), reasons };
}

export interface ContextEffect {
  readonly amount: number;
  readonly reasons: readonly string[];
}

/** Sum the rules that fire around `span` (window or column header), bounded in each direction. */
export function applyContext(
  doc: ScanDocument,
  span: Span,
  rules: readonly ContextRule[] | undefined,
  kind: 'keyword' | 'negative',
): ContextEffect {
  if (rules === undefined || rules.length === 0) return { amount: 0, reasons: [] };
  const header = columnHeaderAt(doc, span);
  let amount = 0;
  let fromHeader = false;
  const reasons: string[] = [];
  // Negative context counts only within the candidate's sentence: "Thank you for your order. Your card
  // 5500…" must not let "order" demote the card number. Positive context may reach back further, as
  // in "Vad är ditt fødselsnummer? Det er 130972 48022".
  let reachBefore = 0;
  let reachAfter = 0;
  for (const rule of rules) {
    reachBefore = Math.max(reachBefore, rule.before + 1);
    reachAfter = Math.max(reachAfter, rule.after + 1);
  }
  // Nor across a blank line: "kontoret" in the next paragraph says nothing about a home address in this one.
  const clipBefore =
    kind === 'negative'
      ? Math.max(
          sentenceStart(doc.text, span.start, reachBefore),
          paragraphStart(doc.text, span.start, reachBefore),
        )
      : -1;
  // A word after the candidate counts on its own line only: "Tlf:" opening the next line labels that line's
  // number ("Fødselsnummer: 12034143313\nTlf: 67 07 31 92"), not the one above.
  const clipAfter =
    kind === 'negative'
      ? reachAfter > 1
        ? negativeEnd(doc.text, span.end, reachAfter)
        : -1
      : lineEnd(doc.text, span.end);
  for (const rule of rules) {
    const inHeader = header === undefined ? undefined : headerWord(rule, header);
    if (inHeader !== undefined) {
      amount += rule.amount * HEADER_FACTOR;
      fromHeader = true;
      reasons.push(`${kind === 'keyword' ? 'header' : 'negative-header'}:${inHeader}`);
      continue;
    }
    // One extra character at each outer edge, so a word cut by the window edge ("kvalitetssäk|ring")
    // is not matched as a whole word ("ring") at the slice boundary.
    const before = doc.lower.slice(Math.max(0, span.start - rule.before - 1, clipBefore), span.start);
    const afterEnd =
      clipAfter < 0 ? span.end + rule.after + 1 : Math.min(clipAfter, span.end + rule.after + 1);
    const after = rule.after > 0 ? doc.lower.slice(span.end, afterEnd) : '';
    const dict = dictionaryOf(rule);
    if (rule.adjacent === true) {
      const last = adjacentWord(rule, doc.lower, span.start);
      if (last !== undefined) {
        amount += rule.amount;
        reasons.push(`${kind}:${last}`);
      }
      continue;
    }
    const word =
      firstWord(dict, before) ??
      (after === '' ? undefined : firstWord(dict, after)) ??
      (rule.compounds === true && kind === 'negative'
        ? compoundHead(rule, `${before} ${after}`)
        : undefined) ??
      (rule.row === true && kind === 'negative'
        ? firstWord(dict, headersOfRowWithoutPeople(doc, span))
        : undefined);
    if (word !== undefined) {
      amount += rule.amount;
      reasons.push(`${kind}:${word}`);
      continue;
    }
    // Lead-ins are read on two paths because they stand for different things. For a negative rule that
    // asks for it (`title`), the title and lead-in stand in for that rule's own window, rule by rule, in
    // any layout; a keyword rule that asks for it reads the title alone. Keywords in a lead-in
    // (`fromLeadIn`, below) stand in for the whole context, as a column header does: only when no rule
    // fired and the candidate is in no cell.
    if (rule.title !== true) continue;
    const inTitle = firstWord(dict, titleOf(doc));
    const inLeadIn =
      inTitle === undefined && kind === 'negative' ? firstWord(dict, leadInOf(doc, span.start)) : undefined;
    if (inTitle !== undefined || inLeadIn !== undefined) {
      amount += rule.amount;
      const prefix = kind === 'negative' ? 'negative-' : '';
      reasons.push(inTitle !== undefined ? `${prefix}title:${inTitle}` : `negative-lead-in:${inLeadIn}`);
    }
  }
  if (kind === 'keyword' && amount === 0 && header === undefined) return fromLeadIn(doc, span, rules);
  const factor = fromHeader ? HEADER_FACTOR : 1;
  const bounded =
    kind === 'keyword'
      ? Math.min(amount, MAX_CONTEXT_BOOST * factor)
      : Math.max(amount, -MAX_CONTEXT_PENALTY * factor);
  return { amount: bounded, reasons };
}
