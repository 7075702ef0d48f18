/**
 * `npm run bench -- identifiers`: synthetic identifier benchmarks through the public CLI
 * (`mailguard scan --json`, build it first with `npm run build:node`). Inputs are generated from a fixed
 * seed into a temporary folder, one sentence per file:
 * 1. Nordic identity numbers from published test lists in sentences — % found (target ≥ 99.9 %);
 * 2. random 10-digit date + Luhn numbers next to order/invoice/serial/OCR/ticket words — % of files
 *    blocked (target ≤ 0.2 %);
 * 3. support sentences with cards, e-mail, phones, IBANs, IPs — precision, recall, F2 per type
 *    (target F2 ≥ 0.90).
 * Prints figures only; nothing here fails on a low score.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Case } from './identifiers/cases';
import { scanCases, type ScanFinding, type ScanResult } from './identifiers/cli-scan';
import { swedishCases } from './identifiers/national-ids';
import { nordicCases } from './identifiers/nordic-ids';
import { orderNumberCases } from './identifiers/order-numbers';
import { seededRandom } from './identifiers/random';
import { f2, overlaps, precision, recall, tallyCase, type Tally } from './identifiers/score';
import { supportCases } from './identifiers/support';
import { percent, printTable } from './identifiers/table';

const SEED = 20261204;
const GENERATED_SE_NUMBERS = 600;
const ORDER_NUMBER_FILES = 2000;
const SUPPORT_SENTENCES = 880;

/** Rows of `[group, cases, hits]` in first-seen order, plus a total row. */
function countBy(
  cases: readonly Case[],
  results: readonly ScanResult[],
  hit: (c: Case, r: ScanResult) => boolean,
): string[][] {
  const rows = new Map<string, { n: number; hits: number }>();
  cases.forEach((c, i) => {
    const row = rows.get(c.group) ?? { n: 0, hits: 0 };
    row.n++;
    const result = results[i];
    if (result !== undefined && hit(c, result)) row.hits++;
    rows.set(c.group, row);
  });
  const total = [...rows.values()].reduce((t, r) => ({ n: t.n + r.n, hits: t.hits + r.hits }), {
    n: 0,
    hits: 0,
  });
  return [...rows.entries(), ['total', total] as const].map(([group, r]) => [
    group,
    String(r.n),
    String(r.hits),
    percent(r.hits, r.n),
  ]);
}

function benchNationalIds(dir: string): void {
  const today = new Date();
  const nordic = nordicCases(today);
  const cases = [...swedishCases(seededRandom(SEED), today, GENERATED_SE_NUMBERS), ...nordic.cases];
  const results = scanCases(cases, dir, 'national-ids');
  const found = (c: Case, r: ScanResult): boolean =>
    c.gold.every((g) => r.findings.some((f) => overlaps(g, f)));
  console.log(
    '\n1. Nordic identity numbers in sentences: found = a national-id finding overlapping the number (target ≥ 99.9 %)',
  );
  printTable(['group', 'files', 'found', 'found %'], countBy(cases, results, found));
  console.log(`left out: ${nordic.future} valid test vectors whose birth date is after today`);
}

function benchOrderNumbers(dir: string): void {
  const cases = orderNumberCases(seededRandom(SEED + 1), ORDER_NUMBER_FILES);
  const results = scanCases(cases, dir, 'order-numbers');
  console.log(
    '\n2. 10-digit date + Luhn numbers next to business words: % of files blocked (target ≤ 0.2 %)',
  );
  printTable(
    ['word', 'files', 'blocked', 'blocked %'],
    countBy(cases, results, (_c, r) => r.verdict === 'block'),
  );
  const idFindings = results.filter((r) => r.findings.some((f) => f.category === 'national-id')).length;
  console.log(
    `files with any national-id finding (blocked or not): ${idFindings} (${percent(idFindings, results.length)})`,
  );
}

/** The gold kind an unmatched finding counts against, or undefined when part 3 does not score its category. */
function scoredKind(f: ScanFinding): string | undefined {
  if (f.category === 'financial-card') return 'card';
  if (f.category === 'financial') return 'iban';
  if (f.category === 'network') return 'ip';
  if (f.category === 'contact' && f.type.includes('mail')) return 'email';
  if (f.category === 'contact' && f.type.includes('phone')) return 'phone';
  return undefined;
}

function benchSupport(dir: string): void {
  const cases = supportCases(seededRandom(SEED + 2), SUPPORT_SENTENCES);
  const results = scanCases(cases, dir, 'support');
  const tallies = new Map<string, Tally>();
  const other = new Map<string, number>();
  cases.forEach((c, i) => {
    const result = results[i];
    if (result === undefined) return;
    tallyCase(c, result, tallies, scoredKind);
    for (const f of result.findings) {
      const unscored = scoredKind(f) === undefined && !c.gold.some((g) => overlaps(g, f));
      if (unscored) other.set(`${f.category}/${f.type}`, (other.get(`${f.category}/${f.type}`) ?? 0) + 1);
    }
  });
  console.log(
    '\n3. Support sentences: entity-level scores, match = overlap + same category (target F2 ≥ 0.90)',
  );
  const rows = ['card', 'email', 'phone', 'iban', 'ip'].map((kind) => {
    const t = tallies.get(kind) ?? { gold: 0, found: 0, findings: 0, correct: 0 };
    return [
      kind,
      String(t.gold),
      String(t.found),
      String(t.findings),
      precision(t).toFixed(3),
      recall(t).toFixed(3),
      f2(t).toFixed(3),
    ];
  });
  printTable(['type', 'gold', 'found', 'findings', 'precision', 'recall', 'F2'], rows);
  const extra = [...other.entries()].map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`other findings (not scored): ${extra === '' ? 'none' : extra}`);
}

export async function benchIdentifiers(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mg-identifiers-'));
  try {
    benchNationalIds(dir);
    benchOrderNumbers(dir);
    benchSupport(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return Promise.resolve();
}
