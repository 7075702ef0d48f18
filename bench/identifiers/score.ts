/**
 * Scoring for the identifier benchmark: a gold span is found when a finding of the same category
 * overlaps it; a finding of a scored category that overlaps no gold span of its category is a false
 * positive. Entity-level precision, recall and F2 (recall weighted twice, docs/detection.md "Measuring").
 */
import type { Case, GoldSpan } from './cases';
import type { ScanFinding, ScanResult } from './cli-scan';

export interface Tally {
  gold: number;
  found: number;
  findings: number;
  correct: number;
}

export function overlaps(gold: GoldSpan, finding: ScanFinding): boolean {
  const { start, end } = finding.where;
  return (
    start !== undefined &&
    end !== undefined &&
    finding.category === gold.category &&
    start < gold.end &&
    gold.start < end
  );
}

/** Adds one case to `tallies` (by gold `kind`); `kindOf` names the kind an unmatched finding counts against. */
export function tallyCase(
  c: Case,
  result: ScanResult,
  tallies: Map<string, Tally>,
  kindOf: (finding: ScanFinding) => string | undefined,
): void {
  const get = (kind: string): Tally => {
    const existing = tallies.get(kind);
    if (existing !== undefined) return existing;
    const created = { gold: 0, found: 0, findings: 0, correct: 0 };
    tallies.set(kind, created);
    return created;
  };
  for (const gold of c.gold) {
    const tally = get(gold.kind);
    tally.gold++;
    if (result.findings.some((f) => overlaps(gold, f))) tally.found++;
  }
  for (const finding of result.findings) {
    const matched = c.gold.find((g) => overlaps(g, finding));
    const kind = matched?.kind ?? kindOf(finding);
    if (kind === undefined) continue;
    const tally = get(kind);
    tally.findings++;
    if (matched !== undefined) tally.correct++;
  }
}

export function precision(t: Tally): number {
  return t.findings === 0 ? 1 : t.correct / t.findings;
}

export function recall(t: Tally): number {
  return t.gold === 0 ? 1 : t.found / t.gold;
}

/** F-beta with beta = 2. */
export function f2(t: Tally): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (5 * p * r) / (4 * p + r);
}
