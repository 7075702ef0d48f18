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
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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

interface Sample {
  readonly wall: number;
  /** CPU time of the whole process, every thread (user + system), as the process itself counts it. */
  readonly cpu: number;
}

/**
 * A file `--require`d into each measured process: at exit it appends the process's own CPU time to the
 * file named by MAILGUARD_BENCH_CPU, so the bench can report CPU next to wall time (worker threads count:
 * `process.cpuUsage()` is the whole process's).
 */
function cpuProbe(folder: string): string {
  const probe = path.join(folder, 'cpu-probe.cjs');
  writeFileSync(
    probe,
    "process.on('exit', () => { const u = process.cpuUsage(); require('node:fs').appendFileSync(" +
      "process.env.MAILGUARD_BENCH_CPU, (u.user + u.system) / 1000 + '\\n'); });\n",
  );
  return probe;
}

/** Wall and CPU milliseconds of each variant, `runs` rounds, variants interleaved within a round. */
function time(variants: readonly Variant[], runs: number, cwd: string): Map<string, Sample[]> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'mailguard-bench-cpu-'));
  const probe = cpuProbe(scratch);
  const cpuFile = path.join(scratch, 'cpu.txt');
  const times = new Map<string, Sample[]>(variants.map((v) => [v.label, []]));
  try {
    for (let round = 0; round < runs; round++) {
      for (const variant of variants) {
        writeFileSync(cpuFile, '');
        const start = performance.now();
        const run = spawnSync(process.execPath, ['--require', probe, ...variant.argv], {
          cwd,
          env: { ...process.env, ...variant.env, MAILGUARD_BENCH_CPU: cpuFile },
          stdio: 'ignore',
        });
        const wall = performance.now() - start;
        if (run.status !== 0 && run.status !== 1) throw new Error(`${variant.label} exited ${run.status}`);
        const cpus = readFileSync(cpuFile, 'utf8').trim().split('\n').map(Number);
        times.get(variant.label)?.push({ wall, cpu: Math.max(...cpus) });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return times;
}

const medianOf = (samples: readonly Sample[], field: keyof Sample): number =>
  median(samples.map((s) => s[field]));

function print(times: Map<string, Sample[]>, target?: string): void {
  for (const [label, samples] of times)
    console.log(
      `  ${label.padEnd(48)} median ${medianOf(samples, 'wall').toFixed(0).padStart(5)} ms wall, ` +
        `${medianOf(samples, 'cpu').toFixed(0).padStart(5)} ms CPU  (min wall ${Math.min(...samples.map((s) => s.wall)).toFixed(0)}, ${samples.length} runs)` +
        `${target && label.startsWith('this tree') ? `  target ${target}` : ''}`,
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
      .join(' ')}; ${availableParallelism()} cores`,
  );
}

/** One unmeasured run of each variant: writes the code caches, as any earlier run would have. */
function warmUp(variants: readonly Variant[], cwd: string): void {
  for (const variant of variants)
    spawnSync(process.execPath, variant.argv, {
      cwd,
      env: { ...process.env, ...variant.env },
      stdio: 'ignore',
    });
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
      {
        label: 'this tree, no code cache: scan small.eml',
        argv: [cli, 'scan', file],
        env: { MAILGUARD_COMPILE_CACHE: 'off' },
      },
      { label: 'this tree: mailguard scan small.eml', argv: [cli, 'scan', file] },
    ];
    header('CLI start (fresh process per run; the code cache written by a first, unmeasured run)');
    warmUp(variants, ROOT);
    print(time(variants, 15, ROOT), '≤ 150 ms');
  } finally {
    rmSync(path.dirname(cli), { recursive: true, force: true });
  }
}

/** Bytes of every file under `folder`. */
function folderBytes(folder: string): number {
  let total = 0;
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    const info = statSync(full);
    total += info.isDirectory() ? folderBytes(full) : info.size;
  }
  return total;
}

/** `mailguard scan` of a folder of mixed files: one thread against one per core, in files/s and MB/s. */
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
    const megabytes = folderBytes(folder) / 1e6;
    const base = baseCli();
    const one = 'this tree: MAILGUARD_SCAN_THREADS=1';
    const all = `this tree: one thread per core (${availableParallelism()})`;
    const variants: Variant[] = [
      ...(base ? [{ label: 'base: scan --json folder', argv: [base, 'scan', '--json', folder] }] : []),
      { label: one, argv: [cli, 'scan', '--json', folder], env: { MAILGUARD_SCAN_THREADS: '1' } },
      { label: all, argv: [cli, 'scan', '--json', folder] },
      {
        label: 'this tree: workers from the start (AFTER_MS=0)',
        argv: [cli, 'scan', '--json', folder],
        env: { MAILGUARD_SCAN_THREADS_AFTER_MS: '0' },
      },
    ];
    header(`CLI folder scan (${files} files, ${megabytes.toFixed(2)} MB, fresh process per run)`);
    warmUp(variants.slice(-1), ROOT);
    const times = time(variants, 3, ROOT);
    print(times);
    for (const [label, samples] of times) {
      const seconds = medianOf(samples, 'wall') / 1000;
      console.log(
        `  ${label.padEnd(48)} ${(files / seconds).toFixed(1).padStart(6)} files/s  ${(megabytes / seconds).toFixed(2).padStart(6)} MB/s`,
      );
    }
    const ratio = medianOf(times.get(one) ?? [], 'wall') / medianOf(times.get(all) ?? [], 'wall');
    console.log(`  all threads vs one: ${ratio.toFixed(2)}× the files/s (wall); 1.00 means no gain`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(path.dirname(cli), { recursive: true, force: true });
  }
}
