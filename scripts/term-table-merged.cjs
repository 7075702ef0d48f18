// The health and art. 9 / art. 10 vocabulary merged when onsend.js is built: term-table.ts is bundled and run
// here and read by sense as the term index reads it (term-senses.ts: a word listed again for its owner is
// dropped, one group per owner, tier and label), each group one sorted, front-coded list. The bundle reads
// this in place of the lists by language (src/onsend/term-table-built.ts): one sorted list per sense
// compresses better (docs/adr/0053-word-lists-in-the-bundle.md).
const { moduleExports } = require('./module-exports.cjs');
const { frontCodeSet } = require('./word-lists-loader.cjs');

/** `[{ owner, tier, label, coded }]`, in the order each sense first appears in the table under `root`. */
function mergedTermTable(root) {
  const { groups } = moduleExports(
    root,
    "import { TERM_GROUPS } from './src/core/detection/recognizers/sensitive-terms/term-table';\n" +
      "import { bySense } from './src/core/detection/recognizers/sensitive-terms/term-senses';\n" +
      'export const groups = bySense(TERM_GROUPS);',
  );
  return groups.map(({ owner, tier, label, words }) => {
    const odd = words.find((word) => /[A-Z|]/.test(word));
    if (odd !== undefined) throw new Error(`term-table-merged: cannot front-code "${odd}"`);
    return { owner, tier, label, coded: frontCodeSet(words) };
  });
}

module.exports = { mergedTermTable };
