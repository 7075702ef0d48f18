/**
 * Scans one file as `mailguard scan` does: an `.eml` as a draft, any other file as a lone attachment.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CalendarDate } from '../core/detection';
import { checkDraft, type Draft, type ScanError } from '../core/draft';
import { extract, parseMessage } from '../core/extraction';
import type { Policy, Verdict } from '../core/policy';

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

/** Reads, extracts, scans and decides one file. Never throws: an unreadable file is a report with an error. */
export async function scanFile(file: string, policy: Policy, date: CalendarDate): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error: unknown) {
    return unreadable(file, error instanceof Error ? error.message : String(error));
  }
  const draft = await draftOf(file, bytes);
  const { verdict } = checkDraft(draft, { today: date, policy });
  return { file, verdict, errors: verdict.errors };
}

/** A report for a file that could not be read at all. */
export function unreadable(file: string, message: string): FileReport {
  return {
    file,
    verdict: null,
    errors: [{ part: 'attachment', attachment: path.basename(file), code: 'not-read', message }],
  };
}

/** Codes that mean content went unscanned (images are shown, not counted: every signature has a logo). */
const UNREAD_CODES: readonly ScanError['code'][] = [
  'not-read',
  'unsupported',
  'encrypted',
  'too-large',
  'failed',
];

/** Whether some of the file could not be read (exit status 1). */
export function hasUnread(report: FileReport): boolean {
  return report.verdict === null || report.errors.some((e) => UNREAD_CODES.indexOf(e.code) >= 0);
}
