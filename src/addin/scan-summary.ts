/**
 * A verdict without values: what session data, Smart Alert `contextData` and the alert text may carry.
 * Matched values are never stored or sent (privacy rule); types, places and counts are.
 */
import type { Category, Severity } from '../core/detection/types';
import type { Part, ScanError } from '../core/draft/types';
import type { Action, BulkGroup, Clause, Verdict, VerdictKind } from '../core/policy/types';
import type { DraftFingerprint } from './draft-progress';

/** A finding's type, place and policy rating, with no value and no masked value. */
export interface FindingSummary {
  /** `findingKey` of the finding, for "not personal data" dismissals. */
  readonly key: string;
  readonly type: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly action: Action;
  readonly clause: Clause;
  readonly part: Part;
  readonly attachment?: string;
}

export interface ScanSummary {
  readonly verdict: VerdictKind;
  readonly findings: readonly FindingSummary[];
  readonly bulk: readonly BulkGroup[];
  readonly errors: readonly ScanError[];
}

/** One attachment's share of a scan, matched to the attachment by its content hash. */
export interface CachedAttachment {
  readonly name: string;
  readonly hash: string;
  readonly findings: readonly FindingSummary[];
  readonly bulk: readonly BulkGroup[];
  readonly errors: readonly ScanError[];
}

/** A scan the task pane cached for the on-send check. `hash` is the draft fingerprint it describes. */
export interface CachedScan {
  readonly hash: string;
  readonly summary: ScanSummary;
  readonly attachments: readonly CachedAttachment[];
}

/** Drops values from a verdict. */
export function summariseVerdict(verdict: Verdict): ScanSummary {
  return {
    verdict: verdict.kind,
    findings: verdict.findings.map((f) => ({
      key: f.key,
      type: f.type,
      category: f.category,
      severity: f.severity,
      action: f.action,
      clause: f.clause,
      part: f.where.part,
      ...(f.where.attachment === undefined ? {} : { attachment: f.where.attachment }),
    })),
    bulk: verdict.bulk.slice(),
    errors: verdict.errors.slice(),
  };
}

/** Whether `place` (`a.zip/b.xlsx` or `a.zip`) belongs to the attachment called `name`. */
export function inAttachment(place: string | undefined, name: string): boolean {
  return place !== undefined && (place === name || place.indexOf(`${name}/`) === 0);
}

/**
 * Builds what is stored after a scan: the summary and each attachment's share of it. Attachments that were
 * not read (budget, API failure) are left out, so a later check reads them again rather than reuse a gap.
 */
export function buildCachedScan(fingerprint: DraftFingerprint, scan: Verdict | ScanSummary): CachedScan {
  const summary = 'kind' in scan ? summariseVerdict(scan) : scan;
  const unread = (name: string): boolean =>
    summary.errors.some((e) => e.code === 'not-read' && inAttachment(e.attachment, name));
  return {
    hash: fingerprint.draft,
    summary,
    attachments: fingerprint.attachments
      .filter((a) => !unread(a.name))
      .map((a) => ({
        name: a.name,
        hash: a.hash,
        findings: summary.findings.filter((f) => inAttachment(f.attachment, a.name)),
        bulk: summary.bulk.filter((b) => inAttachment(b.attachment, a.name)),
        errors: summary.errors.filter((e) => inAttachment(e.attachment, a.name)),
      })),
  };
}
