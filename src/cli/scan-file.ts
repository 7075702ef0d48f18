/**
 * Scans one file as `mailguard scan` does: an `.eml` as a draft, any other file as a lone attachment.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CalendarDate } from '../core/detection';
import { checkDraft, type Draft, type ScanError } from '../core/draft';
import { extract, parseMessage } from '../core/extraction';
import { isUnchecked, type Policy, type Verdict } from '../core/policy';

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

const extractOptions = { now: (): number => performance.now() };

async function draftOf(file: string, bytes: Uint8Array): Promise<Draft> {
  // Only MIME messages are drafts; an Outlook .msg, like any other file, is one attachment.
  if (path.extname(file).toLowerCase() === '.eml') return parseMessage(bytes, extractOptions);
  const name = path.basename(file);
  const content = await extract(bytes, name, extractOptions);
  return {
    subject: '',
    body: '',
    to: [],
    cc: [],
    bcc: [],
    attachments: [{ name, size: bytes.length, content }],
  };
}

/**
 * Extracts, scans and decides one file's bytes, named as the file (`.eml` is read as a draft). The core does
 * not throw for ordinary input; an engine limit still may, so callers catch.
 */
export async function scanBytes(
  name: string,
  bytes: Uint8Array,
  policy: Policy,
  date: CalendarDate,
): Promise<Verdict> {
  return checkDraft(await draftOf(name, bytes), { today: date, policy }).verdict;
}

/** Reads, extracts, scans and decides one file. Never throws: an unreadable file is a report with an error. */
export async function scanFile(file: string, policy: Policy, date: CalendarDate): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error: unknown) {
    return unreadable(file, error instanceof Error ? error.message : String(error));
  }
  try {
    const verdict = await scanBytes(file, bytes, policy, date);
    return { file, verdict, errors: verdict.errors };
  } catch (error: unknown) {
    // The core is written never to throw; should it still (an engine limit), this file is reported as not
    // read and the files after it are scanned all the same.
    return unreadable(file, `scan failed: ${describe(error)}`);
  }
}

/** An exception's class and message, never a stack (nor any of the file's contents). */
function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
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
