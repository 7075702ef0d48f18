// Scores the detector on the frozen unseen evaluation set (test/eval/unseen, see its README) through the
// public CLI only, so the figures say what a user gets. Tune on the dev half; the test half is reported as
// totals and never listed file by file.
// Usage: npx tsx scripts/eval-unseen.ts [--half dev|test|all] [--part eval-c,eval-d] [--show-failures] [--json]
// --part keeps only the drafts of the named label files: a part added after the last tuning is scored
// on its own, so its "before" figures are not diluted by drafts the detector was already tuned near.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

type Kind = 'sensitive' | 'personal' | 'clean';
type Half = 'dev' | 'test';
type Verdict = 'block' | 'warn' | 'allow';
interface Label {
  /** The label file (without .jsonl) this draft is listed in. */
  part: string;
  file: string;
  lang: string;
  kind: Kind;
}
interface Outcome extends Label {
  half: Half;
  verdict: Verdict;
  types: string[];
}
interface Ratio {
  n: number;
  of: number;
}

const ROOT = path.join(__dirname, '..');
const SET = path.join(ROOT, 'test/eval/unseen');
const DRAFTS = path.join(SET, 'drafts');
const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

function fail(message: string): never {
  console.error(`eval-unseen: ${message}`);
  process.exit(2);
}

function readLabels(): Label[] {
  const dir = path.join(SET, 'labels');
  const labels = readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) =>
      readFileSync(path.join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => ({
          ...(JSON.parse(line) as Omit<Label, 'part'>),
          part: name.replace(/\.jsonl$/, ''),
        })),
    );
  const seen = new Set<string>();
  for (const { file, kind } of labels) {
    if (seen.has(file)) fail(`${file} is labelled twice`);
    if (!['sensitive', 'personal', 'clean'].includes(kind)) fail(`${file}: unknown kind ${kind}`);
    seen.add(file);
  }
  return labels;
}

// SHA256SUMS lines are "<hex>  <path relative to drafts/>", the same string as a label's `file`.
function verifyFrozen(labels: Label[]): void {
  const sums = new Map<string, string>();
  for (const line of readFileSync(path.join(SET, 'SHA256SUMS'), 'utf8').split('\n')) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (match?.[1] && match[2]) sums.set(match[2], match[1]);
  }
  for (const { file } of labels) {
    const expected = sums.get(file);
    const full = path.join(DRAFTS, file);
    if (!expected) fail(`${file} is not in SHA256SUMS: the set is frozen`);
    if (!existsSync(full)) fail(`${file} is listed but missing`);
    if (sha256(readFileSync(full)) !== expected) fail(`${file} changed since it was frozen`);
  }
}

const halfOf = (file: string): Half => (parseInt(sha256(file)[0] ?? '0', 16) < 8 ? 'dev' : 'test');

function scan(labels: Label[]): Outcome[] {
  const files = labels.map((label) => path.join(DRAFTS, label.file));
  const run = spawnSync('node', ['bin/mailguard.cjs', 'scan', '--json', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Exit 1 only means some part was not fully read; the verdict already reflects that.
  if (run.status !== 0 && run.status !== 1) fail(`mailguard scan exited ${run.status}: ${run.stderr}`);
  const lines = run.stdout.split('\n').filter((line) => line.trim() !== '');
  if (lines.length !== labels.length) fail(`expected ${labels.length} results, got ${lines.length}`);
  return lines.map((line, i) => {
    const label = labels[i] as Label;
    const result = JSON.parse(line) as { verdict: Verdict; findings?: { type: string }[] };
    const types = [...new Set((result.findings ?? []).map((finding) => finding.type))];
    return { ...label, half: halfOf(label.file), verdict: result.verdict, types };
  });
}

const ratio = (rows: Outcome[], pick: (o: Outcome) => boolean, hit: (o: Outcome) => boolean): Ratio => {
  const picked = rows.filter(pick);
  return { n: picked.filter(hit).length, of: picked.length };
};
const METRICS: [string, (rows: Outcome[]) => Ratio, string][] = [
  [
    'sensitive blocked',
    (r) =>
      ratio(
        r,
        (o) => o.kind === 'sensitive',
        (o) => o.verdict === 'block',
      ),
    '>= 97 %',
  ],
  [
    'clean allowed, no warning',
    (r) =>
      ratio(
        r,
        (o) => o.kind === 'clean',
        (o) => o.verdict === 'allow',
      ),
    '>= 90 %',
  ],
  [
    'non-sensitive blocked',
    (r) =>
      ratio(
        r,
        (o) => o.kind !== 'sensitive',
        (o) => o.verdict === 'block',
      ),
    '<= 1.5 %',
  ],
  [
    'personal warned or blocked',
    (r) =>
      ratio(
        r,
        (o) => o.kind === 'personal',
        (o) => o.verdict !== 'allow',
      ),
    '',
  ],
];
const passes = (o: Outcome): boolean =>
  o.kind === 'sensitive'
    ? o.verdict === 'block'
    : o.kind === 'clean'
      ? o.verdict === 'allow'
      : o.verdict === 'warn';

function figures(rows: Outcome[]): Record<string, Record<string, Ratio>> {
  const groups = ['all', ...[...new Set(rows.map((o) => o.lang))].sort()];
  return Object.fromEntries(
    METRICS.map(([name, measure]) => [
      name,
      Object.fromEntries(
        groups.map((g) => [g, measure(g === 'all' ? rows : rows.filter((o) => o.lang === g))]),
      ),
    ]),
  );
}

const cell = ({ n, of }: Ratio): string => (of === 0 ? '-' : `${((100 * n) / of).toFixed(1)} % (${n}/${of})`);

function printTable(half: string, table: Record<string, Record<string, Ratio>>): void {
  const groups = Object.keys(Object.values(table)[0] ?? {});
  const rows = [
    ['', ...groups, 'target'],
    ...METRICS.map(([name, , target]) => [
      name,
      ...groups.map((g) => cell(table[name]?.[g] ?? { n: 0, of: 0 })),
      target,
    ]),
  ];
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  console.log(`\n${half}`);
  for (const r of rows) console.log(r.map((text, c) => text.padEnd(widths[c] ?? 0)).join('  '));
}

function main(): void {
  const args = process.argv.slice(2);
  const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : 'dev';
  if (halfArg !== 'dev' && halfArg !== 'test' && halfArg !== 'all') fail('--half must be dev, test or all');
  const showFailures = args.includes('--show-failures');
  if (showFailures && halfArg === 'test')
    fail('--show-failures is for the dev half only; the test half stays unread');
  const parts = args.includes('--part') ? (args[args.indexOf('--part') + 1] ?? '').split(',') : undefined;
  const labels = readLabels();
  verifyFrozen(labels);
  const unknown = parts?.filter((part) => !labels.some((label) => label.part === part));
  if (unknown?.length) fail(`no label file named ${unknown.join(', ')}`);
  const chosen = labels.filter(
    (label) =>
      (halfArg === 'all' || halfOf(label.file) === halfArg) && (!parts || parts.includes(label.part)),
  );
  const outcomes = scan(chosen);
  const halves = halfArg === 'all' ? (['dev', 'test', 'all'] as const) : [halfArg];
  const report = Object.fromEntries(
    halves.map((h) => [h, figures(h === 'all' ? outcomes : outcomes.filter((o) => o.half === h))]),
  );
  const failures = showFailures
    ? outcomes
        .filter((o) => o.half === 'dev' && !passes(o))
        .map(({ file, kind, verdict, types }) => ({ file, kind, verdict, types }))
    : undefined;
  if (args.includes('--json')) {
    console.log(JSON.stringify(failures ? { ...report, failures } : report, null, 2));
    return;
  }
  for (const [half, table] of Object.entries(report))
    printTable(half === 'all' ? 'both halves' : `${half} half`, table);
  if (!failures) return;
  console.log(`\nfailures, dev half only (${failures.length}):`);
  const width = Math.max(0, ...failures.map((f) => f.file.length));
  for (const f of failures) {
    console.log(
      `  ${f.file.padEnd(width)} expected ${f.kind.padEnd(9)} got ${f.verdict.padEnd(5)}  ${f.types.join(', ')}`,
    );
  }
}

main();
