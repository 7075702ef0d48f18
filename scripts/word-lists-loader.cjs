/**
 * Webpack loader for the on-send bundle: writes the detector's word lists more compactly than the source
 * does, for the 100 KB budget (docs/adr/0053-word-lists-in-the-bundle.md). The source stays as written.
 *
 * - Each long list of plain strings becomes one string split at run time: `['skicka inte', 'skicka
 *   aldrig', …]` is `"skicka inte|skicka aldrig|…".split("|")`; `.split` gives the same fresh array. Left as
 *   written: short lists, lists with anything but string literals, lists whose strings hold the separator, and
 *   `as const` lists (their literal types are the point).
 * - The sorted first-name lists (`first-names-*.ts`: constants holding space-separated names) are
 *   front-coded: each name after the first as the number of letters it shares with the name before it (2 to
 *   9) and the rest, "Anna 3eli 3ika" for "Anna Anneli Annika". `first-names.ts` reads both forms.
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

/** `items` sorted, each written as the characters it shares with the one before (`B`–`I`) and the rest. */
function frontCodeSet(items) {
  let previous = '';
  return items
    .slice()
    .sort()
    .map((item) => {
      let shared = 0;
      while (shared < 9 && shared < previous.length && previous[shared] === item[shared]) shared++;
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

/** Names that can be front-coded: letters, hyphens and apostrophes, one space between names. */
const NAME_LIST = /^[^\s\d]+(?: [^\s\d]+)*$/;
const NAME_LIST_FILE = /(?:^|[\\/])first-names-[a-z-]+\.ts$/;

/**
 * "Anna Anneli Annika" as "Anna 3eli 3ika": each name as the letters shared with the one before, then the rest.
 */
function frontCode(names) {
  let previous = '';
  return names
    .split(' ')
    .map((name) => {
      let shared = 0;
      while (shared < 9 && shared < previous.length && previous[shared] === name[shared]) shared++;
      previous = name;
      return shared >= 2 ? `${shared}${name.slice(shared)}` : name;
    })
    .join(' ');
}

/** The value of a string literal or of a `+` chain of them, or undefined for anything else. */
function stringValue(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return stringValue(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = stringValue(node.left);
    const right = stringValue(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

/** The source with every word list joined (see the file header); the rest untouched, byte for byte. */
function joinWordLists(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const names = NAME_LIST_FILE.test(fileName);
  let sets = false;
  const visit = (node) => {
    if (names && ts.isVariableDeclaration(node) && node.initializer !== undefined) {
      const value = stringValue(node.initializer);
      if (value !== undefined && NAME_LIST.test(value)) {
        edits.push({
          start: node.initializer.getStart(file),
          end: node.initializer.end,
          text: JSON.stringify(frontCode(value)),
        });
        return;
      }
    }
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
module.exports.frontCode = frontCode;
module.exports.frontCodeSet = frontCodeSet;
