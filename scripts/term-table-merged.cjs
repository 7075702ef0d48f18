// The health and art. 9 / art. 10 vocabulary merged when onsend.js is built: term-table.ts is bundled and run
// here, every word the term index would drop as listed again for its owner is dropped, and the rest is
// grouped by sense (owner, tier, label), one sorted, front-coded list per sense. The bundle reads this in
// place of the lists by language (src/onsend/term-table-built.ts): one sorted list per sense compresses
// better (docs/adr/0053-word-lists-in-the-bundle.md).
const { moduleExports } = require('./module-exports.cjs');
const { frontCodeSet } = require('./word-lists-loader.cjs');

/** `[{ owner, tier, label, coded }]`, in the order each sense first appears in the table under `root`. */
function mergedTermTable(root) {
  const { TERM_GROUPS } = moduleExports(
    root,
    "export { TERM_GROUPS } from './src/core/detection/recognizers/sensitive-terms/term-table';",
  );
  const owned = new Set();
  const bySense = new Map();
  for (const group of TERM_GROUPS) {
    const sense = `${group.owner}|${group.tier}|${group.label ?? ''}`;
    const words = bySense.get(sense) ?? {
      owner: group.owner,
      tier: group.tier,
      label: group.label,
      words: [],
    };
    bySense.set(sense, words);
    for (const word of group.words) {
      // As term-index.ts reads the table: a word listed again for the same owner keeps its first sense.
      const key = `${group.owner}|${word.replace(/\*$/, '').toLowerCase()}`;
      if (owned.has(key)) continue;
      owned.add(key);
      if (/[A-Z|]/.test(word)) throw new Error(`term-table-merged: cannot front-code "${word}"`);
      words.words.push(word);
    }
  }
  return [...bySense.values()]
    .filter((group) => group.words.length > 0)
    .map(({ owner, tier, label, words }) => ({ owner, tier, label, coded: frontCodeSet(words) }));
}

module.exports = { mergedTermTable };
