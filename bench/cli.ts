/**
 * `npm run bench -- cli-start cli-folder`: wall time of the built CLI (docs/quality-targets.md; issue 14:
 * `mailguard scan small.eml` ≤ 150 ms, folders on all cores). Each figure is the median of several runs of
 * a fresh process, as a user starts it. The CLI is built from this tree into a temporary folder.
 *
 * Before and after in one run: set `BENCH_BASE` to a checkout of an older commit with its CLI built
 * (`git archive <commit> | tar -x -C /tmp/base && ln -s $PWD/node_modules /tmp/base/ && (cd /tmp/base &&
 * node scripts/build-node.mjs)`); its runs are interleaved with this tree's so load swings hit both alike.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(__dirname, '..');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** This tree's CLI, bundled by scripts/build-node.mjs into a temp folder (removed by the caller). */
function buildCli(): string {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'mailguard-bench-cli-')), 'mailguard.cjs');
  const built = spawnSync(process.execPath, ['scripts/build-node.mjs', '--outfile', outfile], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  return outfile;
}

interface Variant {
  readonly label: string;
  readonly argv: readonly string[];
  readonly env?: { readonly [name: string]: string };
}

/** Wall milliseconds of each variant, `runs` rounds, variants interleaved within a round. */
function time(variants: readonly Variant[], runs: number, cwd: string): Map<string, number[]> {
  const times = new Map<string, number[]>(variants.map((v) => [v.label, []]));
  for (let round = 0; round < runs; round++) {
    for (const variant of variants) {
      const start = performance.now();
      const run = spawnSync(process.execPath, variant.argv, {
        cwd,
        env: { ...process.env, ...variant.env },
        stdio: 'ignore',
      });
      const elapsed = performance.now() - start;
      if (run.status !== 0 && run.status !== 1) throw new Error(`${variant.label} exited ${run.status}`);
      times.get(variant.label)?.push(elapsed);
    }
  }
  return times;
}

function print(times: Map<string, number[]>, target?: string): void {
  for (const [label, values] of times)
    console.log(
      `  ${label.padEnd(44)} median ${median(values).toFixed(0).padStart(5)} ms  (min ${Math.min(...values).toFixed(0)}, ${values.length} runs)${target && label.startsWith('this tree') ? `  target ${target}` : ''}`,
    );
}

function baseCli(): string | undefined {
  const base = process.env['BENCH_BASE'];
  return base ? path.join(base, 'dist/node/mailguard.cjs') : undefined;
}

function header(title: string): void {
  console.log(title);
  console.log(
    `  load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
}

/** `mailguard scan` of one small .eml: start-up dominates. */
export async function benchCliStart(): Promise<void> {
  const cli = buildCli();
  try {
    const file = path.join(ROOT, 'test/fixtures/eml/company-footer.allow.eml');
    const base = baseCli();
    const variants: Variant[] = [
      { label: 'node -e 0 (the floor: Node itself)', argv: ['-e', '0'] },
      ...(base ? [{ label: 'base: mailguard scan small.eml', argv: [base, 'scan', file] }] : []),
      { label: 'this tree: mailguard scan small.eml', argv: [cli, 'scan', file] },
    ];
    header('CLI start (fresh process per run, wall time)');
    print(time(variants, 15, ROOT), '≤ 150 ms');
  } finally {
    rmSync(path.dirname(cli), { recursive: true, force: true });
  }
}

/** `mailguard scan` of a folder of mixed files: one thread against one per core. */
export async function benchCliFolder(): Promise<void> {
  const cli = buildCli();
  const folder = mkdtempSync(path.join(tmpdir(), 'mailguard-bench-folder-'));
  try {
    // Every fixture mail and attachment, three times over: ~200 files of every format the CLI reads.
    for (const [source, pattern] of [
      ['test/fixtures/eml', /\.eml$/],
      ['test/fixtures/attachments', /\.(docx|xlsx|pptx|odt|pdf|csv|vcf|ics)$/],
    ] as const) {
      for (const name of readdirSync(path.join(ROOT, source)).filter((n) => pattern.test(n)))
        for (const copy of ['a', 'b', 'c']) {
          mkdirSync(path.join(folder, copy), { recursive: true });
          copyFileSync(path.join(ROOT, source, name), path.join(folder, copy, name));
        }
    }
    const files = readdirSync(path.join(folder, 'a')).length * 3;
    const base = baseCli();
    const variants: Variant[] = [
      ...(base ? [{ label: 'base: scan --json folder', argv: [base, 'scan', '--json', folder] }] : []),
      {
        label: 'this tree: MAILGUARD_SCAN_THREADS=1',
        argv: [cli, 'scan', '--json', folder],
        env: { MAILGUARD_SCAN_THREADS: '1' },
      },
      { label: 'this tree: one thread per core', argv: [cli, 'scan', '--json', folder] },
    ];
    header(`CLI folder scan (${files} files, fresh process per run, wall time)`);
    print(time(variants, 5, ROOT));
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(path.dirname(cli), { recursive: true, force: true });
  }
}
