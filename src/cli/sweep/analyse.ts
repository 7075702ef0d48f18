/**
 * One message through the scan path `mailguard scan` uses (`scanBytes`: extraction → draft check → policy),
 * from bytes rather than a file, so Graph messages and export files are judged alike. Never throws.
 */
import type { CalendarDate } from '../../core/detection';
import type { ScannedFindings } from '../../core/draft/data-subjects';
import { isUnchecked, type Policy, type Verdict, type VerdictKind } from '../../core/policy';
import { scanBytes } from '../scan-file';

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

/**
 * A scanned message: its verdict, and its findings with the day they were read on (`scan`: personal data,
 * held only to name the people of an archived copy to the vault — never reported, logged nor checkpointed).
 */
export interface AnalysedMessage {
  readonly verdict: MessageVerdict;
  readonly scan: ScannedFindings;
}

/** Scans a message (`name` ends in `.eml` for MIME, `.msg` for Outlook files: read as `mailguard scan` reads them). */
export async function analyseMessage(
  name: string,
  bytes: Uint8Array,
  policy: Policy,
  today: CalendarDate,
): Promise<AnalysedMessage> {
  let verdict: Verdict;
  try {
    verdict = await scanBytes(name, bytes, policy, today);
  } catch {
    // The core is written never to throw; should it still, the message is listed as not read, never clean.
    const unread: MessageVerdict = { verdict: 'warn', categories: [], clauses: [], unread: ['failed'] };
    return { verdict: unread, scan: { findings: [], today } };
  }
  return { verdict: verdictOf(verdict), scan: { findings: verdict.findings, today } };
}

function verdictOf(verdict: Verdict): MessageVerdict {
  const categories = new Set<string>();
  const clauses = new Set<string>();
  for (const finding of verdict.findings) {
    if (finding.severity === 'info') continue;
    categories.add(finding.category);
    clauses.add(finding.clause);
  }
  const unread = verdict.errors.filter(isUnchecked);
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
