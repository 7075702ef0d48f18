/**
 * The greeting of the sender's own text ("Hej Anna,", "Dear Mr Berg") and the names it greets, for the
 * autocomplete mistake: the greeting names someone no recipient is.
 */
import type { Span } from '../detection/types';

export interface Greeted {
  readonly name: string;
  readonly span: Span;
}

/**
 * A greeting word at the start of a line, then the rest of the line. Case-insensitive; the names
 * after it must be capitalised. Longer phrases first so `god morgon` wins over `god`.
 */
const GREETING =
  /^[ \t]*(?:hej hej|hejsan|hej|hallå|hallo|hello|hi|hey|dear|kära|käre|bästa|bäste|god morgon|good morning|good afternoon|tjena|tja|hei|kjære|moi|hyvä)[ \t]+([^\n]*)/i;

/** Words after a greeting that address no particular person ("Hej alla", "Hi team", "Dear Sir or Madam"). */
const NOT_A_PERSON: { [w: string]: true } = {};
for (const w of (
  'alla allihop allihopa allesammans samtliga team teamet gänget gruppen kollegor kollegaer vänner ' +
  'all everyone everybody there folks guys team colleagues friends both you ya y’all sir madam ' +
  'mr mrs ms miss dr herr fru prof again igen och and er ni du dere dig you båda kund customer ' +
  'kunder customers support sales hr world alle kaikki'
).split(' '))
  NOT_A_PERSON[w] = true;

/** Titles before a surname: "Dear Mr Berg", "Bäste herr Berg". */
const TITLES: { readonly [w: string]: true } = {
  mr: true,
  mrs: true,
  ms: true,
  miss: true,
  dr: true,
  herr: true,
  fru: true,
  prof: true,
};

/** A capitalised name word, hyphenated names included (Anna-Karin); letters of the Nordic languages. */
const NAME_WORD = /^[A-ZÅÄÖÆØÜÉ][a-zåäöæøüéèáßA-ZÅÄÖÆØÜÉ'’]*(?:-[A-ZÅÄÖÆØÜÉ][a-zåäöæøüéèáß'’]+)*$/;

/** Lines of the greeting's search: the first few non-empty lines of the sender's own text. */
const LINES_SEARCHED = 3;
/** A greeting names at most a few people; a longer run is a sentence, not a greeting. */
const MAX_WORDS = 6;

/**
 * The names greeted in `own` (the sender's own text, history excluded), with their spans. Empty when
 * the first lines hold no greeting, or one to no particular person.
 */
export function greetedNames(own: string): readonly Greeted[] {
  let lineStart = 0;
  let seen = 0;
  while (lineStart < own.length && seen < LINES_SEARCHED) {
    const nl = own.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? own.length : nl;
    const line = own.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      seen++;
      const m = GREETING.exec(line);
      if (m) return namesIn(m[1] as string, lineStart + line.length - (m[1] as string).length);
    }
    lineStart = lineEnd + 1;
  }
  return [];
}

/** Names in the text after the greeting word, up to the first punctuation. */
function namesIn(rest: string, offset: number): readonly Greeted[] {
  const cut = rest.search(/[,!.:;?(]/);
  const segment = cut < 0 ? rest : rest.slice(0, cut);
  const words: Array<{ text: string; start: number }> = [];
  const re = /[^\s&/+]+/g;
  for (let m = re.exec(segment); m; m = re.exec(segment)) words.push({ text: m[0], start: m.index });
  if (words.length === 0 || words.length > MAX_WORDS) return [];
  const names: Greeted[] = [];
  for (const w of words) {
    const lower = w.text.toLowerCase();
    if (TITLES[lower.replace(/\.$/, '')] === true || lower === 'och' || lower === 'and' || lower === 'og')
      continue;
    if (NOT_A_PERSON[lower] === true) return [];
    // A lower-case word or a sentence ("Hi there, …", "Hej på dig") is not a name: no person greeted.
    if (!NAME_WORD.test(w.text)) return [];
    names.push({ name: w.text, span: { start: offset + w.start, end: offset + w.start + w.text.length } });
  }
  return names;
}

/** Lower case without accents, for comparing names: `Åsa` → `asa`, `Björn` → `bjorn`. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}
