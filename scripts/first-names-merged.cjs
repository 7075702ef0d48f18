// Every first name of the per-country lists as one sorted, front-coded word set, worked out when onsend.js is
// built: src/core/detection/recognizers/sensitive-terms/first-name-set.ts is bundled and run here, and the
// bundle reads this one list in its place (src/onsend/first-name-set-built.ts). One sorted list front-codes
// smaller than six, each sorted on its own: about 0.6 KB of the 100 KB budget; written in lower case, as the
// detector's other word sets are, it shares their reader and longer beginnings: another 0.1 KB
// (docs/adr/0053-word-lists-in-the-bundle.md).
const { moduleExports } = require('./module-exports.cjs');
const { frontCodeSet } = require('./word-lists-loader.cjs');

/** All first names the project's lists under `root` hold, lower case, sorted and front-coded ("anna|Deli"). */
function mergedFirstNames(root) {
  // The capitals are written back in the bundle by the same function (src/onsend/first-name-capitals.ts).
  const { FIRST_NAMES, capitalised } = moduleExports(
    root,
    "export { FIRST_NAMES } from './src/core/detection/recognizers/sensitive-terms/first-name-set';\n" +
      "export { capitalised } from './src/onsend/first-name-capitals';",
  );
  const names = [...FIRST_NAMES];
  // A name written otherwise than `capitalised` gives back would come back changed.
  const odd = names.find((name) => capitalised(name.toLowerCase()) !== name || name.includes('|'));
  if (odd !== undefined) throw new Error(`first-names-merged: cannot write "${odd}" in lower case`);
  return frontCodeSet(names.map((name) => name.toLowerCase()));
}

module.exports = { mergedFirstNames };
