/**
 * The health and art. 9 vocabulary is merged into one list per sense when onsend.js is built
 * (scripts/term-table-merged.cjs) and stands in for term-table.ts there: every word must keep the sense the
 * term index gives it from the source table, and the bundle must carry the merged lists.
 */
import { readFileSync } from 'node:fs';
import { TERM_GROUPS, type TermGroup } from '../../src/core/detection/recognizers/sensitive-terms/term-table';
import { readWordSet } from '../../src/core/detection/word-set-code';
import { BUNDLE, ensureBundle, ROOT } from './bundle-harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS helper
const { mergedTermTable } = require('../../scripts/term-table-merged.cjs') as {
  mergedTermTable: (root: string) => { owner: string; tier: string; label?: string; coded: string }[];
};

/** Each entry as written, by owner, with the sense term-index.ts gives it (its first group's). */
function senses(
  groups: readonly Pick<TermGroup, 'owner' | 'tier' | 'label' | 'words'>[],
): Map<string, string> {
  const out = new Map<string, string>();
  const owned = new Set<string>();
  for (const group of groups)
    for (const word of group.words) {
      const key = `${group.owner}|${word.replace(/\*$/, '').toLowerCase()}`;
      if (owned.has(key)) continue;
      owned.add(key);
      out.set(`${group.owner}|${word}`, `${group.tier}|${group.label ?? ''}`);
    }
  return out;
}

describe('the term table merged at build time', () => {
  const merged = mergedTermTable(ROOT);

  it('gives every word the sense the source table gives it', () => {
    const decoded = merged.map((g) => ({
      owner: g.owner as TermGroup['owner'],
      tier: g.tier as TermGroup['tier'],
      label: g.label,
      words: readWordSet(g.coded),
    }));
    expect(Object.fromEntries(senses(decoded))).toEqual(Object.fromEntries(senses(TERM_GROUPS)));
  });

  it('holds one list per sense', () => {
    const keys = merged.map((g) => `${g.owner}|${g.tier}|${g.label ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(merged.length).toBeLessThan(TERM_GROUPS.length);
  });

  it('reaches the bundle', () => {
    ensureBundle();
    const bundle = readFileSync(BUNDLE, 'utf8');
    for (const group of merged) expect(bundle).toContain(group.coded);
  });
});
