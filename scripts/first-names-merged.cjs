// Every first name of the per-country lists as one sorted, front-coded string, worked out when onsend.js is
// built: src/core/detection/recognizers/sensitive-terms/first-name-set.ts is bundled and run here, and the
// bundle reads this one list in its place (src/onsend/first-name-set-built.ts). One sorted list front-codes
// smaller than six, each sorted on its own: about 0.6 KB of the 100 KB budget
// (docs/adr/0053-word-lists-in-the-bundle.md).
const { moduleExports } = require('./module-exports.cjs');
const { frontCode } = require('./word-lists-loader.cjs');

/** All first names the project's lists under `root` hold, sorted and front-coded ("Anna 3eli 3ika"). */
function mergedFirstNames(root) {
  const { FIRST_NAMES } = moduleExports(
    root,
    "export { FIRST_NAMES } from './src/core/detection/recognizers/sensitive-terms/first-name-set';",
  );
  // Code-unit order: front-coding needs only names that share a beginning to stand together.
  return frontCode([...FIRST_NAMES].sort().join(' '));
}

module.exports = { mergedFirstNames };
