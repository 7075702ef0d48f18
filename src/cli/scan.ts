/**
 * `mailguard scan`: IT audits of exported mail and CI of the detector (docs/cli.md "mailguard scan").
 * Several files are scanned on one thread per core, this one and worker threads, and reported in input
 * order (docs/adr/0038-cli-start-and-parallel-scan.md); one file, or a run from source, is scanned here.
 */
import { availableParallelism } from 'node:os';
import type { CalendarDate } from '../core/detection/types';
import type { Policy } from '../core/policy/types';
import type { DictionarySource } from '../core/detection/dictionary-sources';
import type { Command } from './command';
import { keepDictionarySources, loadDictionarySources, sourcesIn } from './dictionary-cache';
import { loadPolicy, PolicyFileError } from './policy-file';
import { reportJson } from './report-json';
import { COLOURS, PLAIN, reportHuman, summaryLine } from './report-human';
import { parseScanArgs, SCAN_USAGE, type ScanOptions } from './scan-args';
import { expandInputs, type Input } from './scan-inputs';
import {
  hasUnread,
  SCAN_WORKER_ARG,
  today,
  unreadable,
  type FileReport,
  type ScanWorkerData,
} from './scan-report';
import { startFileOf } from './start/bundle-files';

/** Where the command writes; injected so tests can capture it. */
export interface ScanIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly colour: boolean;
  /** Most worker threads to scan on; default one per core. 1 scans in-process. */
  readonly threads?: number;
  /** How long this thread scans alone before worker threads start; default {@link WORKERS_AFTER_MS}. */
  readonly workersAfterMs?: number;
}

/**
 * A worker thread costs about a second of CPU before it pays off (loading the code and pdf.js, and V8
 * optimising the hot code again, per thread; docs/cli.md "Several files at once"): a folder this thread
 * reads in less time than this is read by this thread alone.
 */
export const WORKERS_AFTER_MS = 2000;

/** `MAILGUARD_SCAN_THREADS_AFTER_MS` (docs/cli.md): milliseconds, a whole number, else the default. */
export function workersAfterFromEnv(value: string | undefined): number {
  return value !== undefined && /^\d{1,7}$/.test(value.trim()) ? Number(value.trim()) : WORKERS_AFTER_MS;
}

/** `MAILGUARD_SCAN_THREADS` (docs/cli.md): a positive whole number, else one thread per core. */
export function threadsFromEnv(value: string | undefined, cores: number): number {
  return value !== undefined && /^[1-9]\d{0,3}$/.test(value.trim()) ? Number(value.trim()) : cores;
}

const processIo: ScanIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  colour: process.stdout.isTTY === true,
  threads: threadsFromEnv(process.env['MAILGUARD_SCAN_THREADS'], availableParallelism()),
  workersAfterMs: workersAfterFromEnv(process.env['MAILGUARD_SCAN_THREADS_AFTER_MS']),
};

/**
 * The built CLI this code runs from, which worker threads can load (they run main.ts's thread routing);
 * undefined when running from TypeScript source (in-process tests), where the scan stays on this thread.
 */
function workerScript(): string | undefined {
  // The start file next to the bundle, so workers compile the bundle from the code cache too.
  return __filename.endsWith('.cjs') ? startFileOf(__filename) : undefined;
}

/**
 * Reports for `inputs`, in their order: on worker threads when there is more than one file to read. The
 * workers get the `dictionaries` regexes; those they build are added to `learned`.
 */
async function* reportsOf(
  inputs: readonly Input[],
  policy: Policy,
  date: CalendarDate,
  threads: number,
  workersAfterMs: number,
  dictionaries: { readonly known: readonly DictionarySource[]; readonly learned: DictionarySource[] },
): AsyncGenerator<FileReport, void, undefined> {
  const files = inputs.filter((i) => i.kind === 'file').length;
  const script = workerScript();
  if (files < 2 || threads < 2 || script === undefined) {
    // Imported here, not at the top: `--help` and usage errors need none of the scanning code.
    const { scanFile } = await import('./scan-file');
    for (const input of inputs)
      yield input.kind === 'file'
        ? await scanFile(input.file, policy, date)
        : unreadable(input.file, input.message);
    return;
  }
  const workerData: ScanWorkerData = { policy, date, dictionaries: dictionaries.known };
  const [{ mapInOrder }, { scanFile }] = await Promise.all([import('./ordered-pool'), import('./scan-file')]);
  yield* mapInOrder<Input, FileReport>(inputs, {
    script,
    argv: [SCAN_WORKER_ARG],
    workerData,
    // This thread scans too: one worker thread fewer to start and warm up (docs/cli.md "mailguard scan").
    size: Math.min(threads, files),
    workersAfterMs,
    local: (input) =>
      input.kind === 'file'
        ? scanFile(input.file, policy, date)
        : Promise.resolve(unreadable(input.file, input.message)),
    // A missing input needs no worker: the worker answers it straight back (scan-worker.ts).
    failed: (input, reason) => unreadable(input.file, `scan failed: ${reason}`),
    onByproduct: (byproduct) => dictionaries.learned.push(...sourcesIn(byproduct)),
  });
}

function fails(report: FileReport, failOn: ScanOptions['failOn']): boolean {
  const kind = report.verdict?.kind;
  if (failOn === 'block') return kind === 'block';
  if (failOn === 'warn') return kind === 'block' || kind === 'warn';
  return false;
}

/** Runs the scan; resolves to the exit status (0 all read, 1 some unread or --fail-on matched, 2 usage). */
export async function runScan(args: readonly string[], io: ScanIo = processIo): Promise<number> {
  const parsed = parseScanArgs(args);
  if (parsed.kind === 'help') {
    io.out(`${SCAN_USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    io.err(`mailguard scan: ${parsed.message}\n\n${SCAN_USAGE}\n`);
    return 2;
  }
  const options = parsed.options;
  let loaded;
  try {
    loaded = loadPolicy(options.policyFile);
  } catch (error: unknown) {
    if (error instanceof PolicyFileError) {
      io.err(`mailguard scan: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  // A policy that does not say what its author meant would give an audit other verdicts than the add-in:
  // a usage error naming every field, not a silent fallback (the add-in itself falls back to defaults).
  if (loaded.errors.length > 0) {
    for (const e of loaded.errors)
      io.err(`mailguard scan: ${options.policyFile ?? 'policy'}: ${e.path}: ${e.message}\n`);
    io.err('mailguard scan: fix the policy file (see docs/policy.md and policy.schema.json).\n');
    return 2;
  }
  const { inputs, skipped } = expandInputs(options.paths);
  const date = today();
  const style = io.colour ? COLOURS : PLAIN;
  const reports: FileReport[] = [];
  let status = 0;
  const threads = io.threads ?? availableParallelism();
  const dictionaries = { known: loadDictionarySources(), learned: [] };
  const after = io.workersAfterMs ?? WORKERS_AFTER_MS;
  for await (const report of reportsOf(inputs, loaded.policy, date, threads, after, dictionaries)) {
    reports.push(report);
    io.out(
      options.json
        ? `${reportJson(report, options.reveal)}\n`
        : `${reportHuman(report, options.reveal, style)}\n`,
    );
    if (hasUnread(report) || fails(report, options.failOn)) status = 1;
  }
  keepDictionarySources(dictionaries.known, dictionaries.learned);
  if (!options.json) io.out(`${summaryLine(reports, skipped.length)}\n`);
  else if (skipped.length > 0)
    io.err(`mailguard scan: skipped ${skipped.length} file(s) of types it does not read\n`);
  return status;
}

export const SCAN_COMMAND: Command = {
  name: 'scan',
  summary: 'scan files and folders (.eml, office files, pdf, csv...) for personal data',
  run: (args) => runScan(args),
};
