/**
 * One message through the scan path `mailguard scan` uses (extraction → draft check → policy), from
 * bytes rather than a file, so Graph messages and export files are judged alike. Never throws.
 */
import { performance } from 'node:perf_hooks';
import type { CalendarDate } from '../../core/detection';
import { checkDraft, type Draft } from '../../core/draft';
import { extract, parseMessage } from '../../core/extraction';
import type { Policy, Verdict, VerdictKind } from '../../core/policy';
import { hasUnread } from '../scan-file';

/** What the sweep keeps of a scanned message: never a value, only kinds and counts. */
export interface MessageVerdict {
  readonly verdict: VerdictKind;
  /** Categories of the findings that are personal data (severity `sensitive` or `personal`), sorted. */
  readonly categories: readonly string[];
  /** Clauses the findings serve (P1, P2 …), sorted. */
  readonly clauses: readonly string[];
  /** Error codes of parts that could not be fully read (the message is then never taken for clean). */
  readonly unread: readonly string[];
}

const extractOptions = { now: (): number => performance.now() };

async function draftOf(name: string, bytes: Uint8Array): Promise<Draft> {
  if (!name.toLowerCase().endsWith('.msg')) return parseMessage(bytes, extractOptions);
  // An Outlook .msg is read as `mailguard scan` reads it: the whole message as one attachment.
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

/** Scans a message (`name` ends in `.msg` for Outlook files; anything else is read as MIME). */
export async function analyseMessage(
  name: string,
  bytes: Uint8Array,
  policy: Policy,
  today: CalendarDate,
): Promise<MessageVerdict> {
  let verdict: Verdict;
  try {
    verdict = checkDraft(await draftOf(name, bytes), { today, policy }).verdict;
  } catch {
    // The core is written never to throw; should it still, the message is listed as not read, never clean.
    return { verdict: 'warn', categories: [], clauses: [], unread: ['failed'] };
  }
  const categories = new Set<string>();
  const clauses = new Set<string>();
  for (const finding of verdict.findings) {
    if (finding.severity === 'info') continue;
    categories.add(finding.category);
    clauses.add(finding.clause);
  }
  const unread = verdict.errors.filter((e) => hasUnread({ file: name, verdict, errors: [e] }));
  return {
    verdict: verdict.kind,
    categories: [...categories].sort(),
    clauses: [...clauses].sort(),
    unread: [...new Set(unread.map((e) => e.code))].sort(),
  };
}

/** Whether the sweep lists the message: personal data found, or a part that could not be read. */
export function carriesPersonalData(v: MessageVerdict): boolean {
  return v.verdict !== 'allow' && (v.categories.length > 0 || v.unread.length > 0);
}
