/**
 * Webpack loader for the on-send bundle: writes the detector's word lists more compactly than the source
 * does, for the 100 KB budget (docs/adr/0053-word-lists-in-the-bundle.md). The source stays as written.
 *
 * - Each long list of plain strings becomes one string split at run time: `['skicka inte', 'skicka
 *   aldrig', …]` is `"skicka inte|skicka aldrig|…".split("|")`; `.split` gives the same fresh array. Left as
 *   written: short lists, lists with anything but string literals, lists whose strings hold the separator, and
 *   `as const` lists (their literal types are the point).
 * - `frontCodeSet` writes a list used as a set sorted and front-coded (see `isSetList`); the on-send build
 *   also writes every first name so, in lower case (scripts/first-names-merged.cjs).
 */
const path = require('path');
const ts = require('typescript');

/**
 * From three items on, the joined string gzips smaller than the array, `.split` call included (measured on
 * the bundle: 68 B less than from six).
 */
const MIN_ITEMS = 3;
const SEPARATOR = '|';

/** Whether `node` is a list worth joining: only plain strings, enough of them, none holding the separator. */
function isWordList(node) {
  if (!ts.isArrayLiteralExpression(node) || node.elements.length < MIN_ITEMS) return false;
  if (node.parent && ts.isAsExpression(node.parent)) return false;
  return node.elements.every(
    (e) => (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && !e.text.includes(SEPARATOR),
  );
}

/**
 * Lists the detector uses as sets (dictionaries, context words, membership checks), front-coded after sorting
 * (`readWordSet` in src/core/detection/word-set-code.ts reads them): long lists, no capital letters (a
 * capital marks the shared length), in the detector's files. Not in injury-patterns.ts, whose lists are
 * joined into regular expressions in their written order.
 */
const SET_MIN_ITEMS = 6;
const SET_FILE = /[\\/]src[\\/]core[\\/]detection[\\/]/;
const NOT_SET_FILE = /injury-patterns\.ts$/;
const WORD_SET_READER = path.resolve(__dirname, '../src/core/detection/word-set-code.ts');

/**
 * `items` sorted, each written as the number of characters it shares with the one before (a capital, `B`–`Z`:
 * 2 to 26) and the rest.
 */
function frontCodeSet(items) {
  let previous = '';
  return items
    .slice()
    .sort()
    .map((item) => {
      let shared = 0;
      while (shared < 26 && shared < previous.length && previous[shared] === item[shared]) shared++;
      previous = item;
      return shared >= 2 ? String.fromCharCode(64 + shared) + item.slice(shared) : item;
    })
    .join(SEPARATOR);
}

/** Whether a joined list may be written as a front-coded set (see SET_MIN_ITEMS). */
function isSetList(items, fileName) {
  return (
    items.length >= SET_MIN_ITEMS &&
    SET_FILE.test(fileName) &&
    !NOT_SET_FILE.test(fileName) &&
    items.every((item) => !/[A-Z]/.test(item))
  );
}

/** The source with every word list joined (see the file header); the rest untouched, byte for byte. */
function joinWordLists(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  let sets = false;
  const visit = (node) => {
    if (isWordList(node)) {
      const items = node.elements.map((e) => e.text);
      const set = isSetList(items, fileName);
      if (set) sets = true;
      edits.push({
        start: node.getStart(file),
        end: node.end,
        text: set
          ? `__readWordSet(${JSON.stringify(frontCodeSet(items))})`
          : `${JSON.stringify(items.join(SEPARATOR))}.split(${JSON.stringify(SEPARATOR)})`,
      });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  if (!sets) return out;
  return `import { readWordSet as __readWordSet } from ${JSON.stringify(WORD_SET_READER)};\n${out}`;
}

module.exports = function wordListsLoader(source) {
  return joinWordLists(source, this.resourcePath);
};
module.exports.joinWordLists = joinWordLists;
module.exports.frontCodeSet = frontCodeSet;
