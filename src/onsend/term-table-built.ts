/**
 * Stands in for `term-table.ts` in onsend.js: the same vocabulary, merged when the bundle is built
 * (scripts/term-table-merged.cjs) into one sorted, front-coded list per sense and written in as
 * `TERM_TABLE_MERGED`. Words the term index would drop as listed again for their owner are already gone.
 */
import type { TermGroup, TermOwner, Tier } from '../core/detection/recognizers/sensitive-terms/term-table';
import { readWordSet } from '../core/detection/word-set-code';

export type { TermGroup, TermOwner, Tier };

declare const TERM_TABLE_MERGED: readonly {
  readonly owner: TermOwner;
  readonly tier: Tier;
  readonly label: string | undefined;
  readonly coded: string;
}[];

export const TERM_GROUPS: readonly TermGroup[] = TERM_TABLE_MERGED.map((group) => ({
  owner: group.owner,
  tier: group.tier,
  label: group.label,
  words: readWordSet(group.coded),
}));
