/**
 * Long lists in an attachment (a staff list: dozens of the same kind of finding) are shown as a few examples
 * and a count, not as hundreds of cards; the bulk summary above the findings gives the totals.
 */
import type { RatedFinding } from '../../core/policy/types';

/** Examples shown per attachment and finding type; the rest are counted. */
export const EXAMPLES_PER_ATTACHMENT_TYPE = 3;

export interface LimitedFindings {
  readonly shown: readonly RatedFinding[];
  /** Findings left out (all in attachments). */
  readonly hidden: number;
}

/** Keeps the first few findings of each attachment and type; findings outside attachments are all kept. */
export function limitPerAttachment(findings: readonly RatedFinding[]): LimitedFindings {
  const seen = new Map<string, number>();
  const shown: RatedFinding[] = [];
  let hidden = 0;
  for (const finding of findings) {
    if (finding.where.part !== 'attachment') {
      shown.push(finding);
      continue;
    }
    const id = `${finding.where.attachment ?? ''}\u0000${finding.type}`;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count <= EXAMPLES_PER_ATTACHMENT_TYPE) shown.push(finding);
    else hidden++;
  }
  return { shown, hidden };
}
