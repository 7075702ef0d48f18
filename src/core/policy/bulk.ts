/**
 * Bulk personal data: lists of people in one attachment ("38 se-personnummer in Personallista.xlsx").
 */
import type { Category } from '../detection/types';
import type { Action, BulkGroup, Policy, RatedFinding } from './types';

const DEFAULT_PEOPLE_IN_LIST = 5;

interface Tally {
  readonly attachment: string;
  readonly type: string;
  readonly category: Category;
  readonly action: Action;
  count: number;
}

/** Counts findings per attachment and type, in order of first appearance. Info findings other than names do not count. */
function tally(findings: readonly RatedFinding[]): Tally[] {
  const byKey: { [key: string]: Tally } = {};
  const out: Tally[] = [];
  for (const f of findings) {
    const attachment = f.where.part === 'attachment' ? f.where.attachment : undefined;
    // Names count whatever their severity (one name is only information; a list of them is not).
    if (attachment === undefined || f.action === 'off' || (f.severity === 'info' && f.category !== 'name'))
      continue;
    const key = `${attachment}\u0000${f.type}`;
    const existing = byKey[key];
    if (existing) existing.count++;
    else {
      const t: Tally = { attachment, type: f.type, category: f.category, action: f.action, count: 1 };
      byKey[key] = t;
      out.push(t);
    }
  }
  return out;
}

function countIn(tallies: readonly Tally[], attachment: string, category: Category): number {
  let n = 0;
  for (const t of tallies) if (t.attachment === attachment && t.category === category) n += t.count;
  return n;
}

/**
 * Groups findings per attachment and type. A group is bulk when it reaches
 * `policy.bulk.personalPerAttachment` findings the policy warns or blocks on, or when its attachment
 * holds a list of people: at least `peopleInList` names together with as many contact details.
 */
export function bulkGroups(findings: readonly RatedFinding[], policy: Policy): BulkGroup[] {
  const tallies = tally(findings);
  const people = policy.bulk.peopleInList ?? DEFAULT_PEOPLE_IN_LIST;
  const out: BulkGroup[] = [];
  for (const t of tallies) {
    const many =
      (t.action === 'block' || t.action === 'warn') && t.count >= policy.bulk.personalPerAttachment;
    const isPeopleList =
      (t.category === 'name' || t.category === 'contact') &&
      countIn(tallies, t.attachment, 'name') >= people &&
      countIn(tallies, t.attachment, 'contact') >= people;
    if (many || isPeopleList)
      out.push({ attachment: t.attachment, type: t.type, category: t.category, count: t.count });
  }
  return out;
}
