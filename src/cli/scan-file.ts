/**
 * Scans one file as `mailguard scan` does: an `.eml` as a draft, any other file as a lone attachment.
 */
// The synchronous `node:fs` calls, not `node:fs/promises` or `node:perf_hooks`: each of those loads a dozen
// more Node modules on every start (docs/adr/0042-cli-code-cache.md), and a scan reads one file at a time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CalendarDate } from '../core/detection';
import { checkDraft, type Draft } from '../core/draft';
import { extract, parseMessage } from '../core/extraction';
import type { Policy, Verdict } from '../core/policy';
import { unreadable, type FileReport } from './scan-report';

export { hasUnread, today, unreadable, type FileReport } from './scan-report';

/** A monotonic clock in milliseconds for the extraction time limits. */
const extractOptions = { now: (): number => Number(process.hrtime.bigint()) / 1e6 };

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
    bytes = new Uint8Array(readFileSync(file));
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
