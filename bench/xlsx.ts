/**
 * `npm run bench -- xlsx`: the 10 MB workbook of bench/extraction.ts (target ≤ 400 ms extraction + scan),
 * extraction alone and extraction + scan, medians. With `BENCH_BASE` (a checkout of an older commit, see
 * bench/cli.ts) that commit's extractor runs interleaved with this tree's on the same bytes, so before and
 * after come from one run under the same load; the scan is this tree's for both. CPU time
 * (`process.cpuUsage`) is printed next to wall time, and one profiled run of this tree splits the time
 * into stages (unzip, XML scan, shared strings, cells and text, detection).
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, DEFAULT_RECOGNIZERS, type TableCell } from '../src/core/detection';
import { extract } from '../src/core/extraction';
import type { ExtractionResult } from '../src/core/extraction';
import { makeXlsx } from './extraction';
import { profileSplit, type Stage } from './profile-split';

const MB = 1024 * 1024;
const RUNS = 5;
const SCAN_ENV = {
  today: { year: 2026, month: 11, day: 25 },
  allow: { values: [], emails: [], ownDomains: ['vinnter.se'] },
  maxChars: 16 * MB,
};

/** The stages of an xlsx scan, by the source files (or the function) their code is in. */
const STAGES: readonly Stage[] = [
  { label: 'detection', under: 'analyze' },
  { label: 'shared strings', under: 'readSharedStrings' },
  { label: 'unzip', file: /fflate|zip-inflate|zip-directory|zip-reader/ },
  { label: 'XML scan', file: /extraction\/(?:xml|xml-stream|utf8-stream|decode-text|entities)\.ts/ },
  { label: 'cells and text', file: /core\/extraction\// },
];

type Extract = (bytes: Uint8Array, name: string, options: { now: () => number }) => Promise<ExtractionResult>;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function extractors(): Promise<Array<{ label: string; extract: Extract }>> {
  const list: Array<{ label: string; extract: Extract }> = [];
  const base = process.env['BENCH_BASE'];
  if (base) {
    const module = (await import(path.join(base, 'src/core/extraction/index.ts'))) as { extract: Extract };
    list.push({ label: 'base', extract: module.extract });
  }
  list.push({ label: 'this tree', extract });
  return list;
}

export async function benchXlsx(): Promise<void> {
  const bytes = makeXlsx(10 * MB);
  const list = await extractors();
  const times = new Map(
    list.map((e) => [
      e.label,
      {
        extract: [] as number[],
        total: [] as number[],
        cpuExtract: [] as number[],
        cpuTotal: [] as number[],
      },
    ]),
  );
  let chars = 0;
  let kind = '';
  const scanOnce = async (run: Extract): Promise<void> => {
    const result = await run(bytes, 'staff.xlsx', { now: () => performance.now() });
    if (result.kind === 'text' || result.kind === 'partial') scan(result);
  };
  for (let run = 0; run < RUNS; run++) {
    for (const { label, extract: run } of list) {
      const cpu = process.cpuUsage();
      const start = performance.now();
      const result = await run(bytes, 'staff.xlsx', { now: () => performance.now() });
      const extracted = performance.now();
      const cpuExtracted = process.cpuUsage(cpu);
      if (result.kind === 'text' || result.kind === 'partial') {
        scan(result);
        chars = result.text.length;
      }
      kind = result.kind;
      const cpuTotal = process.cpuUsage(cpu);
      const t = times.get(label);
      t?.extract.push(extracted - start);
      t?.total.push(performance.now() - start);
      t?.cpuExtract.push((cpuExtracted.user + cpuExtracted.system) / 1000);
      t?.cpuTotal.push((cpuTotal.user + cpuTotal.system) / 1000);
    }
  }
  console.log(
    `xlsx: ${(bytes.length / MB).toFixed(1)} MB file → ${(chars / MB).toFixed(1)} M chars (${kind}); load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const [label, t] of times)
    console.log(
      `  ${label.padEnd(10)} median of ${RUNS}: extraction ${median(t.extract).toFixed(0)} ms (CPU ${median(t.cpuExtract).toFixed(0)} ms), ` +
        `extraction + scan ${median(t.total).toFixed(0)} ms (CPU ${median(t.cpuTotal).toFixed(0)} ms) (target ≤ 400 ms)`,
    );
  const split = await profileSplit(() => scanOnce(extract), STAGES);
  const total = [...split.values()].reduce((a, b) => a + b, 0);
  console.log(
    `  this tree, one profiled run (${total.toFixed(0)} ms): ` +
      [...split]
        .sort((a, b) => b[1] - a[1])
        .map(([stage, ms]) => `${stage} ${ms.toFixed(0)} ms`)
        .join(', '),
  );
}

function scan(result: { readonly text: string; readonly cells?: readonly TableCell[] }): void {
  analyze(
    { text: result.text, ...(result.cells ? { cells: result.cells } : {}) },
    SCAN_ENV,
    DEFAULT_RECOGNIZERS,
  );
}
