/**
 * Runs the core on what was read and merges in the task pane's cached results for the attachments that
 * were not extracted here (unchanged since the pane scanned them, or PDFs the on-send bundle cannot read).
 */
import type { Draft, DraftScan, ScanError } from '../core/draft/types';
import type { Policy, Verdict, VerdictKind } from '../core/policy/types';
import { isUnchecked } from '../core/policy/unchecked';
import { summariseVerdict, type CachedAttachment, type ReadDraftResult, type ScanSummary } from '../addin';

/** The core functions the check runs (`analyzeDraft` and `decide` of src/core/policy, with today's date bound). */
export interface SendCore {
  readonly analyze: (draft: Draft, policy: Policy) => DraftScan;
  readonly decide: (scan: DraftScan, policy: Policy, dismissed: readonly string[]) => Verdict;
}

export interface EvaluateInput {
  readonly read: ReadDraftResult;
  /** Cached results standing in for attachments not extracted here, by Outlook attachment id. */
  readonly reused: ReadonlyMap<string, CachedAttachment>;
  readonly dismissed: readonly string[];
  readonly policy: Policy;
}

const RANK: { readonly [K in VerdictKind]: number } = { allow: 0, warn: 1, block: 2 };

/** Scans the draft and returns a value-free summary of the combined verdict. */
export function evaluate(core: SendCore, input: EvaluateInput): ScanSummary {
  const { read, reused, dismissed, policy } = input;
  const fresh = read.draft.attachments.filter((a) => a.id === undefined || !reused.has(a.id));
  const draft: Draft = { ...read.draft, attachments: fresh };
  const scan = core.analyze(draft, policy);
  const errors = scan.errors.concat(read.problems, unreadNotReported(draft, scan.errors));
  const own = summariseVerdict(core.decide({ findings: scan.findings, errors }, policy, dismissed));

  let verdict = own.verdict;
  const findings = own.findings.slice();
  const bulk = own.bulk.slice();
  const cachedErrors: ScanError[] = [];
  reused.forEach((entry) => {
    for (const f of entry.findings) {
      if (dismissed.indexOf(f.key) >= 0 || f.action === 'off') continue;
      findings.push(f);
      const kind: VerdictKind = f.action === 'block' ? 'block' : f.action === 'warn' ? 'warn' : 'allow';
      if (RANK[kind] > RANK[verdict]) verdict = kind;
    }
    for (const b of entry.bulk) bulk.push(b);
    for (const e of entry.errors) cachedErrors.push(e);
  });
  // A part the pane could not fully read is never clean on send either (`policy.unchecked`).
  if (cachedErrors.some(isUnchecked)) {
    const floor: VerdictKind = policy.unchecked === 'block' ? 'block' : 'warn';
    if (RANK[floor] > RANK[verdict]) verdict = floor;
  }
  return { verdict, findings, bulk, errors: own.errors.concat(cachedErrors) };
}

/** An attachment that was not read is an error even if the core forgot to say so: never silently clean. */
function unreadNotReported(draft: Draft, reported: readonly ScanError[]): ScanError[] {
  const out: ScanError[] = [];
  for (const a of draft.attachments) {
    if (a.content.kind !== 'not-read') continue;
    if (reported.some((e) => e.attachment === a.name)) continue;
    out.push({ part: 'attachment', attachment: a.name, code: 'not-read', message: a.content.reason });
  }
  return out;
}
