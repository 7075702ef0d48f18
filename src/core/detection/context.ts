/**
 * Context rules: words near a candidate (or its table column header) that raise or lower its score.
 */
import type { ContextRule, ScanDocument, Span, TableCell } from './types';
import { compileDictionary, firstWord, type Dictionary } from './words';
import { HEADER_FACTOR, MAX_CONTEXT_BOOST, MAX_CONTEXT_PENALTY } from './scoring';

const compiled = new WeakMap<ContextRule, Dictionary>();

function dictionaryOf(rule: ContextRule): Dictionary {
  let dict = compiled.get(rule);
  if (dict === undefined) {
    dict = compileDictionary(rule.words);
    compiled.set(rule, dict);
  }
  return dict;
}

/** The cell a span lies in, by binary search over the sorted cells. */
export function cellAt(cells: readonly TableCell[], span: Span): TableCell | undefined {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cell = cells[mid];
    if (cell === undefined) return undefined;
    if (span.start < cell.start) hi = mid - 1;
    else if (span.start >= cell.end) lo = mid + 1;
    else return span.end <= cell.end ? cell : undefined;
  }
  return undefined;
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
  const header = doc.cells.length > 0 ? cellAt(doc.cells, span)?.header.toLowerCase() : undefined;
  let amount = 0;
  let fromHeader = false;
  const reasons: string[] = [];
  for (const rule of rules) {
    const dict = dictionaryOf(rule);
    const inHeader = header === undefined ? undefined : firstWord(dict, header);
    if (inHeader !== undefined) {
      amount += rule.amount * HEADER_FACTOR;
      fromHeader = true;
      reasons.push(`${kind === 'keyword' ? 'header' : 'negative-header'}:${inHeader}`);
      continue;
    }
    // One extra character at each outer edge, so a word cut by the window edge ("kvalitetssäk|ring")
    // is not matched as a whole word ("ring") at the slice boundary.
    const before = doc.lower.slice(Math.max(0, span.start - rule.before - 1), span.start);
    const after = rule.after > 0 ? doc.lower.slice(span.end, span.end + rule.after + 1) : '';
    const word = firstWord(dict, before) ?? (after === '' ? undefined : firstWord(dict, after));
    if (word !== undefined) {
      amount += rule.amount;
      reasons.push(`${kind}:${word}`);
    }
  }
  const factor = fromHeader ? HEADER_FACTOR : 1;
  const bounded =
    kind === 'keyword' ? Math.min(amount, MAX_CONTEXT_BOOST * factor) : Math.max(amount, -MAX_CONTEXT_PENALTY * factor);
  return { amount: bounded, reasons };
}
