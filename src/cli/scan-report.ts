/**
 * What `mailguard scan` reports per file, and the helpers around it that need no scanning code: the
 * command's main thread imports only these when worker threads do the scanning (scan.ts), so it does not
 * pay for building the detection dictionaries it would never use.
 */
import path from 'node:path';
import type { CalendarDate } from '../core/detection/types';
import type { DictionarySource } from '../core/detection/dictionary-sources';
import type { ScanError } from '../core/draft/types';
import type { Policy, Verdict } from '../core/policy/types';
import { isUnchecked } from '../core/policy/unchecked';

/** What the report shows for one input file. `verdict` is null when the file could not be read at all. */
export interface FileReport {
  readonly file: string;
  readonly verdict: Verdict | null;
  readonly errors: readonly ScanError[];
}

/** Today's date on this machine's clock: the CLI is the adapter that owns the clock. */
export function today(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** A report for a file that could not be read at all. */
export function unreadable(file: string, message: string): FileReport {
  return {
    file,
    verdict: null,
    errors: [{ part: 'attachment', attachment: path.basename(file), code: 'not-read', message }],
  };
}

/**
 * Whether some of the file could not be fully read (exit status 1): the policy's own definition, so a
 * partly read file (`partial`, `truncated`) counts as it does for the verdict. Images are shown, not counted.
 */
export function hasUnread(report: FileReport): boolean {
  return report.verdict === null || report.errors.some(isUnchecked);
}

export { SCAN_WORKER_ARG } from './scan-worker-arg';

/**
 * What every scan worker is given: the policy and date the command fixed at start, and the dictionary
 * regexes the main thread has (src/cli/dictionary-cache.ts).
 */
export interface ScanWorkerData {
  readonly policy: Policy;
  readonly date: CalendarDate;
  readonly dictionaries: readonly DictionarySource[];
}
