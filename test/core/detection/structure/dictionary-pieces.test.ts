import {
  compileDictionary,
  compileTrieShaped,
  findWords,
  firstWord,
  type Dictionary,
} from '../../../../src/core/detection/words';
import type { Span } from '../../../../src/core/detection/types';
import {
  cutOf,
  eachPieceMatch,
  piecesAt,
  piecesOf,
  WHOLE_SOURCE_LIMIT,
} from '../../../../src/core/detection/dictionary-pieces';
import { alternativesOf, trieRegex } from '../../../../src/core/detection/word-regex';
import * as health from '../../../../src/core/detection/recognizers/sensitive-terms/health-terms';
import * as nordic from '../../../../src/core/detection/recognizers/sensitive-terms/health-terms-nordic';
import { SPECIAL_TERMS } from '../../../../src/core/detection/recognizers/sensitive-terms/art9-terms';
import { NORDIC_SPECIAL_TERMS } from '../../../../src/core/detection/recognizers/sensitive-terms/art9-terms-nordic';
import { mailLikeText } from '../../../../bench/mail-text';

/** Where the whole regex finds words, walked the plain way (the reference the pieces must equal). */
function wholeMatches(dict: Dictionary, lower: string): Span[] {
  const out: Span[] = [];
  const re = dict.regex;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null) {
    const word = m[1] ?? '';
    const start = m.index + m[0].length - word.length;
    out.push({ start, end: start + word.length });
  }
  return out;
}

function spans(found: readonly Span[]): Span[] {
  return found.map(({ start, end }) => ({ start, end }));
}

function rng(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 16) % n;
  };
}

/** Made-up words sharing prefixes, some stems, some phrases: a list long enough to be cut. */
function madeUpList(seed: number): string[] {
  const next = rng(seed);
  const letters = 'abcdeéfghijklmnoprstuvyåäö0';
  const word = (): string =>
    Array.from({ length: 2 + next(7) }, () => letters.charAt(next(letters.length))).join('');
  const entries: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const w = next(6) === 0 ? `${word()} ${word()}` : word();
    entries.push(next(4) === 0 ? `${w}*` : w);
  }
  return entries;
}

/** Text made of the list's own words, cut and joined with spaces, punctuation and other words. */
function textFrom(entries: readonly string[], seed: number): string {
  const next = rng(seed);
  const glue = [' ', ' ', '\n', ', ', '-', '.', 'x', '', '  ', 'é'];
  let text = '';
  while (text.length < 30000) {
    const entry = (entries[next(entries.length)] ?? '').replace('*', next(2) === 0 ? 'en' : '');
    text += entry.slice(0, entry.length - next(2)) + (glue[next(glue.length)] ?? ' ');
  }
  return text;
}

describe('dictionary pieces: a long dictionary regex cut by first letter finds the same', () => {
  it('matches the whole regex on made-up lists, trie and flat shaped', () => {
    for (const seed of [1, 2]) {
      const entries = madeUpList(seed);
      const text = textFrom(entries, seed + 10);
      for (const dict of [compileTrieShaped(entries), compileDictionary(entries)]) {
        expect(dict.regex.source.length).toBeGreaterThan(WHOLE_SOURCE_LIMIT);
        const found = findWords(dict, text);
        expect(spans(found)).toEqual(wholeMatches(dict, text));
        expect(found.length).toBeGreaterThan(500);
        const first = wholeMatches(dict, text.slice(100))[0];
        expect(first).toBeDefined();
        const word = text.slice(100 + (first?.start ?? 0), 100 + (first?.end ?? 0));
        expect(firstWord(dict, text.slice(100))).toEqual(findWords(dict, word)[0]?.word);
      }
    }
  });

  it('matches the whole regex on the health and art. 9 lists over mail text', () => {
    const entries = [
      ...Object.values(health).flat(),
      ...Object.values(nordic).flat(),
      ...SPECIAL_TERMS.concat(NORDIC_SPECIAL_TERMS).flatMap((t) => [
        ...t.strong,
        ...t.anchored,
        ...t.membership,
      ]),
    ].filter((e): e is string => typeof e === 'string');
    const dict = compileTrieShaped(entries);
    expect(dict.regex.source.length).toBeGreaterThan(WHOLE_SOURCE_LIMIT);
    const text = (mailLikeText(200_000, 3) + textFrom(entries, 4)).toLowerCase();
    expect(spans(findWords(dict, text))).toEqual(wholeMatches(dict, text));
  });

  it('keeps a list whole when a key starts with something other than a letter or digit', () => {
    const alternatives = alternativesOf(['abc', ' def', 'ghi']).alternatives;
    expect(piecesOf(alternatives, (group) => trieRegex(group).source)).toBeUndefined();
  });

  it('keeps its cut as data that gives back the same pieces', () => {
    const alternatives = alternativesOf(madeUpList(5)).alternatives;
    const sourceOf = (group: readonly (typeof alternatives)[number][]): string => trieRegex(group).source;
    const cut = cutOf(alternatives, () => trieRegex(alternatives).source.length, sourceOf);
    expect(cut.length).toBeGreaterThan(0);
    expect(piecesAt(alternatives, cut)).toEqual(piecesOf(alternatives, sourceOf));
    expect(cutOf(alternatives, () => WHOLE_SOURCE_LIMIT, sourceOf)).toBe('');
    expect(piecesAt(alternatives, '')).toBeUndefined();
  });

  it('finds the same with any cut, even a damaged one handed in', () => {
    const entries = madeUpList(6);
    const { alternatives } = alternativesOf(entries);
    const dict = compileTrieShaped(entries);
    const text = textFrom(entries, 7);
    for (const cut of ['k', 'zb', 'aäé0', '\u{1F600}x']) {
      const pieces = (piecesAt(alternatives, cut) ?? [alternatives]).map((group) => trieRegex(group));
      const found: Span[] = [];
      eachPieceMatch(pieces, text, (m) => {
        const start = m.index + m[0].length - (m[1] ?? '').length;
        found.push({ start, end: start + (m[1] ?? '').length });
        return true;
      });
      expect(found).toEqual(wholeMatches(dict, text));
    }
  });
});
