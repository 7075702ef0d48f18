/**
 * The term table read the way the term index reads it: a word listed again for the same owner keeps its
 * first group's sense, and the groups of one sense become one group. Shared by the term index and the
 * on-send build's merge of the table (scripts/term-table-merged.cjs), so the two cannot read it differently.
 */
import type { TermGroup } from './term-table';

/** `groups` with repeated words dropped and one group per sense, in the order each sense first appears. */
export function bySense(groups: readonly TermGroup[]): TermGroup[] {
  const owned: { [ownerAndKey: string]: true } = {};
  const merged: { [sense: string]: TermGroup & { words: string[] } } = {};
  const order: string[] = [];
  for (const group of groups) {
    const sense = `${group.owner}|${group.tier}|${group.label ?? ''}`;
    let into = merged[sense];
    if (into === undefined) {
      into = merged[sense] = { owner: group.owner, tier: group.tier, label: group.label, words: [] };
      order.push(sense);
    }
    for (const word of group.words) {
      const key = `${group.owner}|${word.replace(/\*$/, '').toLowerCase()}`;
      if (owned[key] === true) continue;
      owned[key] = true;
      into.words.push(word);
    }
  }
  return order.map((sense) => merged[sense] as TermGroup).filter((group) => group.words.length > 0);
}
