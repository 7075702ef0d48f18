/**
 * `mailguard scan`: IT audits of exported mail and CI of the detector (docs/cli.md "mailguard scan").
 */
import type { Command } from './commands';
import { loadPolicy, PolicyFileError } from './policy-file';
import { reportJson } from './report-json';
import { COLOURS, PLAIN, reportHuman, summaryLine } from './report-human';
import { parseScanArgs, SCAN_USAGE, type ScanOptions } from './scan-args';
import { hasUnread, scanFile, today, unreadable, type FileReport } from './scan-file';
import { expandInputs } from './scan-inputs';

/** Where the command writes; injected so tests can capture it. */
export interface ScanIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly colour: boolean;
}

const processIo: ScanIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  colour: process.stdout.isTTY === true,
};

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
    loaded = await loadPolicy(options.policyFile);
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
  const { inputs, skipped } = await expandInputs(options.paths);
  const date = today();
  const style = io.colour ? COLOURS : PLAIN;
  const reports: FileReport[] = [];
  let status = 0;
  for (const input of inputs) {
    const report =
      input.kind === 'file'
        ? await scanFile(input.file, loaded.policy, date)
        : unreadable(input.file, input.message);
    reports.push(report);
    io.out(
      options.json
        ? `${reportJson(report, options.reveal)}\n`
        : `${reportHuman(report, options.reveal, style)}\n`,
    );
    if (hasUnread(report) || fails(report, options.failOn)) status = 1;
  }
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
