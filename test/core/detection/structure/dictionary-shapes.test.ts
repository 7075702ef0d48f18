import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import {
  compileDictionary,
  findWords,
  type Dictionary,
  type WordMatch,
} from '../../../../src/core/detection/words';
import { alternativesOf, flatRegex, trieAgreesWithFlat } from '../../../../src/core/detection/word-regex';
import { compileTrieDictionary } from '../../../../src/core/detection/recognizers/sensitive-terms/trie-dictionary';
import {
  HEALTH_CAUTIOUS,
  HEALTH_STRONG,
  HEALTH_WEAK,
  HEALTH_WEAK_CAUTIOUS,
} from '../../../../src/core/detection/recognizers/sensitive-terms/health-terms';
import {
  NORDIC_HEALTH_CAUTIOUS,
  NORDIC_HEALTH_STRONG,
  NORDIC_HEALTH_WEAK,
  NORDIC_HEALTH_WEAK_CAUTIOUS,
} from '../../../../src/core/detection/recognizers/sensitive-terms/health-terms-nordic';
import { SPECIAL_TERMS } from '../../../../src/core/detection/recognizers/sensitive-terms/art9-terms';
import { NORDIC_SPECIAL_TERMS } from '../../../../src/core/detection/recognizers/sensitive-terms/art9-terms-nordic';
import {
  POLICY_TALK,
  TECHNICAL_WORDS,
  TRAP_PHRASES,
} from '../../../../src/core/detection/recognizers/sensitive-terms/traps';
import {
  COLLECTIVE_PHRASES,
  EVENT_WORDS,
  HR_CONTEXT,
  MEMBERSHIP_PHRASES,
  PERSON_WORDS,
} from '../../../../src/core/detection/recognizers/sensitive-terms/anchor-words';
import {
  AGGREGATE_WORDS,
  CATEGORY_NAMES,
  GENERIC_WORDS,
  OFFER_WORDS,
  ROLE_WORDS,
} from '../../../../src/core/detection/recognizers/sensitive-terms/about-words';
import {
  BUSINESS_NUMBER_WORDS,
  PHONE_WORDS,
  PERSON_WORDS as NUMBER_PERSON_WORDS,
} from '../../../../src/core/detection/recognizers/personal/context-words';
import { mailLikeText } from '../../../../bench/mail-text';

/** What `re` finds, with each match's entry as `dict` reports it. */
function byRegex(re: RegExp, dict: Dictionary, lower: string, from: number, to: number): WordMatch[] {
  const global = new RegExp(re.source, 'g');
  const slice = lower.slice(from, to);
  const out: WordMatch[] = [];
  let m: RegExpExecArray | null;
  while ((m = global.exec(slice)) !== null) {
    const word = m[1] ?? '';
    const start = from + m.index + m[0].length - word.length;
    out.push({ start, end: start + word.length, word: findWords(dict, word)[0]?.word ?? word });
  }
  return out;
}

/** Entries whose matches are easy to get wrong: non-word characters at either end, stems over phrases. */
// prettier-ignore
const TRICKY = [
  'abc.d', 'ab*', 'a b', 'a  b*', 'x-', '.net', "doctor's note", 't.ex.', 'e.g.', '1177', 'sjuk i huvudet',
  'sjuk*', 'sjukdom', 'sjukdom*', 'sjuk', 'ill-formed', 'ill', 's/n', 'art.nr', 'ab-c*', 'ab-cd', 'é',
];

const lists: readonly (readonly [string, readonly string[]])[] = [
  ['health', HEALTH_STRONG.concat(HEALTH_CAUTIOUS, HEALTH_WEAK, HEALTH_WEAK_CAUTIOUS)],
  [
    'nordic health',
    NORDIC_HEALTH_STRONG.concat(NORDIC_HEALTH_CAUTIOUS, NORDIC_HEALTH_WEAK, NORDIC_HEALTH_WEAK_CAUTIOUS),
  ],
  [
    'art. 9',
    SPECIAL_TERMS.concat(NORDIC_SPECIAL_TERMS).flatMap((t) => t.strong.concat(t.anchored, t.membership)),
  ],
  ['traps', TRAP_PHRASES],
  ['technical', TECHNICAL_WORDS],
  ['policy', POLICY_TALK],
  ['anchors', PERSON_WORDS.concat(COLLECTIVE_PHRASES, EVENT_WORDS, HR_CONTEXT, MEMBERSHIP_PHRASES)],
  ['about', AGGREGATE_WORDS.concat(CATEGORY_NAMES, GENERIC_WORDS, OFFER_WORDS, ROLE_WORDS)],
  ['number context', BUSINESS_NUMBER_WORDS.concat(PHONE_WORDS, NUMBER_PERSON_WORDS)],
  [
    'recognizer context',
    DEFAULT_RECOGNIZERS.flatMap((r) =>
      (r.context ?? []).concat(r.negativeContext ?? []).flatMap((c) => c.words),
    ),
  ],
  ['tricky', TRICKY],
];

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Entries bare, inflected, glued to neighbours and split by odd white space; plus mail and noise. */
function textFor(list: readonly string[], seed: number): string {
  const next = random(seed);
  const glue = [' ', '  ', '\n', '\t', '-', '.', ', ', 'x', 'é', '1', '', ' . ', '\u00a0', '/'];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const words = list.map((e) => e.replace('*', ''));
  const parts: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const word = pick(words);
    const variant =
      [word, `${word}en`, `x${word}`, word.replace(' ', pick(glue)), word.slice(0, -1)][i % 5] ?? '';
    parts.push(variant, pick(glue));
  }
  const folder = path.join(__dirname, '../../../fixtures/eml');
  const mail = readdirSync(folder)
    .filter((n) => n.endsWith('.eml'))
    .slice(0, 20)
    .map((n) => readFileSync(path.join(folder, n), 'utf8'))
    .join('\n');
  return (parts.join('') + mail + mailLikeText(20000, seed)).toLowerCase();
}

describe('dictionary shapes: the trie-shaped regex finds what the flat alternation finds', () => {
  it.each(lists.map(([name, list], i) => [name, list, i] as const))('%s', (_name, list, i) => {
    const text = textFor(list, i + 1);
    const flat = flatRegex(alternativesOf(list).alternatives);
    // compileDictionary promises the flat order's matches, whichever shape it runs.
    for (const dict of [compileDictionary(list)]) {
      expect(findWords(dict, text)).toEqual(byRegex(flat, dict, text, 0, text.length));
      // Ranges: the regex sees only the slice, with `^` and `$` at its ends.
      const next = random(i + 100);
      for (let k = 0; k < 50; k++) {
        const from = Math.floor(next() * text.length);
        const to = Math.min(text.length, from + Math.floor(next() * 400));
        expect(findWords(dict, text, from, to)).toEqual(byRegex(flat, dict, text, from, to));
      }
    }
  });

  it('runs the faster trie shape for the flat lists the recognizers scan whole documents with', () => {
    for (const [name, list] of lists.filter(([n]) => n === 'number context' || n === 'recognizer context')) {
      expect([name, trieAgreesWithFlat(alternativesOf(list).alternatives)]).toEqual([name, true]);
    }
  });

  it.each([
    // [entries, text, flat order's matches, trie shape's matches]: where the two shapes differ
    [['abc.d', 'ab*'], 'abc.d', ['abc.d'], ['ab*']],
    [['abc*', 'abc.'], 'abc. x', ['abc*'], ['abc.']],
    [['a  b', 'a b.c'], 'a b.c', ['a b.c'], ['a b.c']],
  ] as const)('%j in %j: flat %j, trie %j', (entries, text, flat, trie) => {
    expect(trieAgreesWithFlat(alternativesOf(entries).alternatives)).toBe(false);
    expect(findWords(compileDictionary(entries), text).map((m) => m.word)).toEqual(flat);
    expect(findWords(compileTrieDictionary(entries), text).map((m) => m.word)).toEqual(trie);
  });

  it.each([
    [['sick', 'sick leave'], 'sick\n  leave, sick', ['sick leave', 'sick']],
    [['.net'], 'x.net .net', ['.net']],
    [['sjuk'], 'sjukå sjuk ösjuk', ['sjuk']],
    [['ill'], 'ill-formed, skill, ill.', ['ill', 'ill']],
    [['sjuk*', 'sjukdom'], 'sjukdomar, sjukdom', ['sjuk*', 'sjukdom']],
  ] as const)('%j in %j: %j in both shapes', (entries, text, words) => {
    expect(trieAgreesWithFlat(alternativesOf(entries).alternatives)).toBe(true);
    expect(findWords(compileDictionary(entries), text).map((m) => m.word)).toEqual(words);
    expect(findWords(compileTrieDictionary(entries), text).map((m) => m.word)).toEqual(words);
  });
});

describe('compiled dictionaries are shared by content only', () => {
  it('keeps lists apart that would join to the same text', () => {
    const joined = compileDictionary(['a\nb']);
    const split = compileDictionary(['a', 'b']);
    expect(findWords(split, 'a b').map((m) => m.word)).toEqual(['a', 'b']);
    expect(findWords(joined, 'a b')).toEqual([]);
    expect(findWords(compileDictionary(['a', 'b']), 'b').map((m) => m.word)).toEqual(['b']);
  });
});
