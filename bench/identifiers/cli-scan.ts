/**
 * Runs generated cases through the public CLI (`mailguard scan --json`), one small `.txt` file per
 * case, a few hundred files per process, and returns one parsed result per case in input order.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Case } from './cases';

const CLI = path.join(__dirname, '..', '..', 'bin', 'mailguard.cjs');
const FILES_PER_CALL = 250;

export interface ScanFinding {
  readonly type: string;
  readonly category: string;
  readonly severity: string;
  readonly where: { readonly part: string; readonly start?: number; readonly end?: number };
}

export interface ScanResult {
  readonly file: string;
  readonly verdict: string;
  readonly findings: readonly ScanFinding[];
  readonly errors: readonly unknown[];
}

/** Writes `cases` under `dir/name/` and scans them; throws when the CLI fails or skips a file. */
export function scanCases(cases: readonly Case[], dir: string, name: string): ScanResult[] {
  const folder = path.join(dir, name);
  mkdirSync(folder, { recursive: true });
  const files = cases.map((c, i) => {
    const file = path.join(folder, `${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, c.text, 'utf8');
    return file;
  });
  const results: ScanResult[] = [];
  for (let at = 0; at < files.length; at += FILES_PER_CALL) {
    results.push(...runCli(files.slice(at, at + FILES_PER_CALL)));
  }
  return results;
}

function runCli(files: readonly string[]): ScanResult[] {
  const run = spawnSync(process.execPath, [CLI, 'scan', '--json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error !== undefined) throw run.error;
  // Exit 1 means some file was not fully read; that is reported per file below, so only 2+ is fatal.
  if (run.status === null || run.status > 1) {
    throw new Error(`mailguard scan exited with ${String(run.status)}: ${run.stderr.slice(0, 500)}`);
  }
  const byFile = new Map<string, ScanResult>();
  for (const line of run.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const result = JSON.parse(line) as ScanResult;
    byFile.set(result.file, result);
  }
  return files.map((file) => {
    const result = byFile.get(file);
    if (result === undefined) throw new Error(`mailguard scan printed no result for ${path.basename(file)}`);
    return result;
  });
}
