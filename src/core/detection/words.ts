/**
 * Whole-word dictionary matching on lower-cased text, with word boundaries that treat å, ä, ö, æ, ø, é
 * and the other Latin letters as letters (JavaScript's `\b` is ASCII-only). A word ending in `*` matches
 * as a stem: `sjukskriv*` covers sjukskriven, sjukskrivning, sjukskrivningen.
 * A whole dictionary compiles into ONE regular expression, so the text is walked once per dictionary.
 */

/** Letters and digits that continue a word (Latin-1 and Latin Extended-A/B letters included). */
export const WORD_CHARS = '0-9a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F';
const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`);

export interface WordMatch {
  readonly start: number;
  readonly end: number;
  /** The dictionary entry that matched (as written in the list, `*` included). */
  readonly word: string;
}

/** A compiled dictionary. */
export interface Dictionary {
  readonly regex: RegExp;
  readonly entries: readonly string[];
  /** Lower-cased entry (without `*`) -> entry as listed. */
  readonly byKey: { readonly [key: string]: string };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compile a list of words/phrases (case-insensitive; `*` suffix = stem) into one matcher. */
export function compileDictionary(entries: readonly string[]): Dictionary {
  const byKey: { [key: string]: string } = {};
  const alternatives: string[] = [];
  // Longest first, so "sick leave" wins over "sick" at the same position.
  const sorted = entries.slice().sort((a, b) => b.length - a.length);
  for (const entry of sorted) {
    const stem = entry.charAt(entry.length - 1) === '*';
    const key = (stem ? entry.slice(0, -1) : entry).toLowerCase();
    if (key.length === 0 || byKey[key] !== undefined) continue;
    byKey[key] = entry;
    // Spaces in phrases match any run of whitespace; a stem may continue with word characters.
    const body = escape(key).replace(/ +/g, '\\s+');
    alternatives.push(stem ? `${body}[${WORD_CHARS}]*` : body);
  }
  // Group 1 is the matched word; the leading alternative consumes one non-word character (no lookbehind).
  const source =
    alternatives.length === 0
      ? '(?!)'
      : `(?:^|[^${WORD_CHARS}])(${alternatives.join('|')})(?![${WORD_CHARS}])`;
  return { regex: new RegExp(source, 'g'), entries, byKey };
}

/** Which listed entry a matched word belongs to (stems resolve to their `*` entry). */
function entryFor(dict: Dictionary, matched: string): string {
  const key = matched.toLowerCase().replace(/\s+/g, ' ');
  const exact = dict.byKey[key];
  if (exact !== undefined) return exact;
  for (let len = key.length - 1; len > 0; len--) {
    const stem = dict.byKey[key.slice(0, len)];
    if (stem !== undefined && stem.charAt(stem.length - 1) === '*') return stem;
  }
  return matched;
}

/** Every whole-word match of the dictionary in `lower` (already lower-cased), optionally within a range. */
export function findWords(dict: Dictionary, lower: string, from = 0, to = lower.length): WordMatch[] {
  const matches: WordMatch[] = [];
  const re = dict.regex;
  const slice = from === 0 && to === lower.length ? lower : lower.slice(from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length;
    matches.push({ start: from + start, end: from + start + word.length, word: entryFor(dict, word) });
    if (m[0].length === 0) re.lastIndex++;
  }
  return matches;
}

/** First entry of the dictionary found in `lower`, or undefined. */
export function firstWord(dict: Dictionary, lower: string): string | undefined {
  dict.regex.lastIndex = 0;
  const m = dict.regex.exec(lower);
  return m === null ? undefined : entryFor(dict, m[1] ?? '');
}

/** Whether the character at `i` continues a word. */
export function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD_CHAR.test(text.charAt(i).toLowerCase());
}
