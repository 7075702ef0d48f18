/**
 * Webpack loader for the on-send bundle: writes each long list of plain strings in the source as one string
 * split at run time. `['skicka inte', 'skicka aldrig', …]` becomes `"skicka inte|skicka aldrig|…".split("|")`.
 *
 * Why: the detector's vocabulary is thousands of short strings in arrays, and the quotes and commas between
 * them cost about a kilobyte of the 100 KB budget after gzip (docs/adr/0053-word-lists-in-the-bundle.md).
 * The source keeps its readable arrays; only the bundle changes, and `.split` gives the same fresh array.
 *
 * Left as written: short lists, lists with anything but string literals, lists whose strings hold the
 * separator, and `as const` lists (their literal types are the point).
 */
const ts = require('typescript');

/** Below this many items the `.split` call costs about what the quotes it saves do. */
const MIN_ITEMS = 6;
const SEPARATOR = '|';

/** Whether `node` is a list worth joining: only plain strings, enough of them, none holding the separator. */
function isWordList(node) {
  if (!ts.isArrayLiteralExpression(node) || node.elements.length < MIN_ITEMS) return false;
  if (node.parent && ts.isAsExpression(node.parent)) return false;
  return node.elements.every(
    (e) => (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && !e.text.includes(SEPARATOR),
  );
}

/** The source with every word list joined (see the file header); the rest untouched, byte for byte. */
function joinWordLists(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (isWordList(node)) {
      const joined = node.elements.map((e) => e.text).join(SEPARATOR);
      edits.push({
        start: node.getStart(file),
        end: node.end,
        text: `${JSON.stringify(joined)}.split(${JSON.stringify(SEPARATOR)})`,
      });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

module.exports = function wordListsLoader(source) {
  return joinWordLists(source, this.resourcePath);
};
module.exports.joinWordLists = joinWordLists;
