/**
 * The compact view's model: one line per category ("3 personnummer · in personallista.xlsx, B2:B4") with the
 * fixes that apply to it, and the `info` items kept apart for the "Details" disclosure.
 */
import type { Category } from '../../core/detection/types';
import type { RatedFinding } from '../../core/policy/types';

export interface TypeCount {
  readonly type: string;
  readonly count: number;
}

export interface CategoryLine {
  readonly category: Category;
  readonly findings: readonly RatedFinding[];
  /** Counts per type, in order of first appearance. */
  readonly counts: readonly TypeCount[];
  /** Sensitive data (P2): dismissing it takes a confirmed reason. */
  readonly sensitive: boolean;
  /** Some of it sits in attachments: moving them to the secure server fixes that part. */
  readonly inAttachments: boolean;
  /** Findings in the body that can be replaced by their masked form. */
  readonly maskable: readonly RatedFinding[];
}

export interface CompactFindings {
  readonly lines: readonly CategoryLine[];
  /** Findings the policy only shows (`inform`): behind "Details", never looking like a problem. */
  readonly info: readonly RatedFinding[];
}

function counts(findings: readonly RatedFinding[]): TypeCount[] {
  const out: { type: string; count: number }[] = [];
  for (const f of findings) {
    const hit = out.find((c) => c.type === f.type);
    if (hit) hit.count++;
    else out.push({ type: f.type, count: 1 });
  }
  return out;
}

/** A finding whose text can be masked in place: in the body, with a masked form that differs from it. */
export function isMaskable(f: RatedFinding): boolean {
  return f.where.part === 'body' && f.masked !== f.value && f.value.trim().length > 0;
}

/** Groups findings into category lines, most serious category first (the verdict's order). */
export function compactFindings(findings: readonly RatedFinding[]): CompactFindings {
  const byCategory = new Map<Category, RatedFinding[]>();
  const info: RatedFinding[] = [];
  for (const f of findings) {
    if (f.action === 'inform') {
      info.push(f);
      continue;
    }
    const list = byCategory.get(f.category);
    if (list) list.push(f);
    else byCategory.set(f.category, [f]);
  }
  const lines: CategoryLine[] = [];
  byCategory.forEach((list, category) =>
    lines.push({
      category,
      findings: list,
      counts: counts(list),
      sensitive: list.some((f) => f.severity === 'sensitive' || f.action === 'block'),
      inAttachments: list.some((f) => f.where.part === 'attachment'),
      maskable: list.filter(isMaskable),
    }),
  );
  return { lines, info };
}
