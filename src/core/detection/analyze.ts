/**
 * The scan loop: normalise once, run every recognizer's candidates through validation, context and
 * thresholds, resolve overlaps, and map spans back to the original text.
 */
import type {
  AllowList,
  Candidate,
  ContextRule,
  Finding,
  Recognizer,
  ScanDocument,
  ScanEnv,
  ScanInput,
  ScanResult,
  Validation,
} from './types';
import { CATEGORY_SEVERITY } from './types';
import { normalise, lowerSameLength, toNormalised, toOriginal, type Normalised } from './normalise';
import { CandidateScan } from './candidates';
import { applyContext, type ContextEffect } from './context';
import { namedOnLine } from './person-line';
import { resolveOverlaps, type Scored } from './overlaps';
import { DEFAULT_MIN_SCORE, VALID_BOOST, WEAK_BOOST, clampScore } from './scoring';
import { maskDefault } from './mask';

interface Draft extends Scored {
  readonly recognizer: Recognizer;
  readonly candidate: Candidate;
  readonly validation: Validation | { readonly kind: 'not-checked' };
  readonly boostedBy: readonly string[];
  readonly loweredBy: readonly string[];
}

/** Compare values without spaces, dashes, dots, plus signs and case: `556123-4567` = `5561234567`. */
export function compactValue(value: string): string {
  return value.replace(/[\s.\-+()]/g, '').toLowerCase();
}

function isAllowed(
  value: string,
  allow: AllowList,
  allowed: { [v: string]: true },
  hasValues: boolean,
): boolean {
  const at = value.indexOf('@');
  if (at > 0) {
    const email = value.trim().toLowerCase();
    return allow.emails.indexOf(email) >= 0 || allow.ownDomains.indexOf(email.slice(at + 1)) >= 0;
  }
  return hasValues && allowed[compactValue(value)] === true;
}

function validationReason(v: Validation): string {
  switch (v.kind) {
    case 'valid':
      return v.check === 'date' || v.check === 'format' ? `check:${v.check}` : 'checksum';
    case 'weak':
      return `weak:${v.why}`;
    case 'invalid':
      return `invalid:${v.reason}`;
  }
}

/** The recognizer's `namedContext`: a person is named on the candidate's line, or the text is a heading. */
function namedContext(
  recognizer: Recognizer,
  doc: ScanDocument,
  candidate: Candidate,
  value: string,
): ContextEffect | undefined {
  const named = recognizer.namedContext;
  if (named === undefined || (named.unless !== undefined && named.unless.test(value))) return undefined;
  if (doc.heading === true)
    return named.heading === false ? undefined : { amount: named.amount, reasons: ['in-heading'] };
  const options = named.rows === true ? ({ leadOnly: 'row' } as const) : {};
  return namedOnLine(doc, candidate, options)
    ? { amount: named.amount, reasons: ['person:line'] }
    : undefined;
}

/** The most a passing check adds to a score. */
const MAX_CHECK_BOOST = Math.max(VALID_BOOST, WEAK_BOOST, 0);

/** Whether negative context can only lower a score (every rule's amount is at most zero). */
function onlyLowers(rules: readonly ContextRule[] | undefined): boolean {
  if (rules === undefined) return true;
  for (const rule of rules) if (rule.amount > 0) return false;
  return true;
}

function score(
  recognizer: Recognizer,
  candidate: Candidate,
  doc: ScanDocument,
  env: ScanEnv,
  order: number,
): Draft | null {
  const min = recognizer.minScore ?? DEFAULT_MIN_SCORE;
  // In a table, a candidate that only positive context can lift over the threshold (a date in a column
  // without "born") has that context read first: without enough of it, no check can lift it and negative
  // context only lowers it, so it is the same `null` as below without validating it or reading its
  // sentence. In running text such candidates are few and mostly fail their check (order numbers), which
  // is cheaper to find first.
  const named = Math.max(0, recognizer.namedContext?.amount ?? 0);
  const lowers = onlyLowers(recognizer.negativeContext);
  let keyword: ContextEffect | undefined;
  if (doc.cells.length > 0 && lowers && clampScore(candidate.score + MAX_CHECK_BOOST + named) < min) {
    keyword = applyContext(doc, candidate, recognizer.context, 'keyword');
    const most = keyword.amount !== 0 ? keyword.amount : named;
    if (clampScore(candidate.score + MAX_CHECK_BOOST + most) < min) return null;
  }
  const value = doc.text.slice(candidate.start, candidate.end);
  const validation = recognizer.validate
    ? recognizer.validate(value, env)
    : ({ kind: 'not-checked' } as const);
  if (validation.kind === 'invalid') return null;
  if (keyword === undefined) keyword = applyContext(doc, candidate, recognizer.context, 'keyword');
  const boost = keyword.amount === 0 ? (namedContext(recognizer, doc, candidate, value) ?? keyword) : keyword;
  const penalty = applyContext(doc, candidate, recognizer.negativeContext, 'negative');
  const base =
    candidate.score +
    (validation.kind === 'valid' ? VALID_BOOST : validation.kind === 'weak' ? WEAK_BOOST : 0);
  const total = clampScore(base + boost.amount + penalty.amount);
  if (total < min) return null;
  return {
    start: candidate.start,
    end: candidate.end,
    score: total,
    order,
    suppressor: recognizer.role === 'suppressor',
    recognizer,
    candidate,
    validation,
    boostedBy: boost.reasons,
    loweredBy: penalty.reasons,
  };
}

function toFinding(d: Draft, n: Normalised, original: string): Finding {
  const start = toOriginal(n, d.start);
  const end = toOriginal(n, d.end);
  const value = original.slice(start, end);
  const r = d.recognizer;
  const reasons: string[] = [];
  if (d.validation.kind !== 'not-checked') reasons.push(validationReason(d.validation));
  for (const reason of d.boostedBy) reasons.push(reason);
  for (const reason of d.loweredBy) reasons.push(reason);
  for (const reason of d.candidate.reasons ?? []) reasons.push(reason);
  return {
    type: r.id,
    category: r.category,
    severity: d.candidate.severity ?? r.severity ?? CATEGORY_SEVERITY[r.category],
    score: d.score,
    start,
    end,
    value,
    masked: (r.mask ?? maskDefault)(value),
    reasons,
    explanation: {
      recognizer: r.id,
      pattern: d.candidate.pattern,
      validation: d.validation,
      boostedBy: d.boostedBy,
      loweredBy: d.loweredBy,
    },
  };
}

/** Build the document recognizers see (normalised text, lower-cased copy, cells in normalised offsets). */
export function prepare(
  input: ScanInput,
  maxChars: number,
): { doc: ScanDocument; n: Normalised; original: string; truncated: boolean } {
  const truncated = input.text.length > maxChars;
  const original = truncated ? input.text.slice(0, maxChars) : input.text;
  const n = normalise(original);
  // Cells are given in original offsets: map them into the normalised text.
  const cells = (input.cells ?? []).filter((c) => c.end <= original.length);
  const mapped =
    n.breaks === null
      ? cells
      : cells.map((c) => ({
          header: c.header,
          start: toNormalised(n, c.start),
          end: toNormalised(n, c.end),
        }));
  const doc: ScanDocument = { text: n.text, lower: lowerSameLength(n.text), cells: mapped };
  const titled =
    input.title === undefined || input.title === '' ? doc : { ...doc, title: input.title.toLowerCase() };
  return { doc: input.heading === true ? { ...titled, heading: true } : titled, n, original, truncated };
}

/**
 * Scan one text with the given recognizers. Never throws for ordinary input. (`core/detection`'s `analyze`
 * defaults to `DEFAULT_RECOGNIZERS`.)
 */
export function analyze(input: ScanInput, env: ScanEnv, recognizers: readonly Recognizer[]): ScanResult {
  const { doc, n, original, truncated } = prepare(input, env.maxChars);
  const allowed: { [v: string]: true } = {};
  for (const v of env.allow.values) allowed[compactValue(v)] = true;
  // Without allow-listed values no finding needs its value compacted (dense text has thousands).
  const hasValues = env.allow.values.length > 0;
  const drafts: Draft[] = [];
  const candidates = new CandidateScan(doc, env, recognizers);
  recognizers.forEach((recognizer, order) => {
    for (const candidate of candidates.of(recognizer)) {
      const d = score(recognizer, candidate, doc, env, order);
      if (d === null) continue;
      if (!d.suppressor && isAllowed(doc.text.slice(d.start, d.end), env.allow, allowed, hasValues)) continue;
      drafts.push(d);
    }
  });
  const findings = resolveOverlaps(drafts).map((d) => toFinding(d, n, original));
  return { findings, scannedChars: original.length, truncated };
}
