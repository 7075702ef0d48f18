import {
  compileDictionary,
  findWords,
  firstWord,
  type Dictionary,
  type WordMatch,
} from '../../../../src/core/detection/words';
import { compileTrieDictionary } from '../../../../src/core/detection/recognizers/sensitive-terms/trie-dictionary';
import { alternativesOf } from '../../../../src/core/detection/word-regex';
import { mailLikeText } from '../../../../bench/mail-text';

const SHAPES: readonly (readonly [string, (entries: readonly string[]) => Dictionary])[] = [
  ['flat order', compileDictionary],
  ['trie shape', compileTrieDictionary],
];

type Row = readonly [what: string, entries: readonly string[], text: string, found: readonly WordMatch[]];

/**
 * Where a word may start and end: a character outside letters and digits (Latin-1 and Latin Extended
 * letters count as letters) or the edge of the text, and never a character an earlier match consumed.
 */
// prettier-ignore
const ROWS: readonly Row[] = [
  ['word at the start of the text', ['ont'], 'ont i magen', [{ start: 0, end: 3, word: 'ont' }]],
  ['word at the end of the text', ['ont'], 'gör ont', [{ start: 4, end: 7, word: 'ont' }]],
  ['after punctuation', ['ont'], '(ont),ont.-ont', [
    { start: 1, end: 4, word: 'ont' }, { start: 6, end: 9, word: 'ont' }, { start: 11, end: 14, word: 'ont' },
  ]],
  ['after a line break and a tab', ['ont'], 'a\nont\tont', [
    { start: 2, end: 5, word: 'ont' }, { start: 6, end: 9, word: 'ont' },
  ]],
  ['after an ASCII letter', ['ont'], 'font', []],
  ['after å, ä, ö, ø, æ, é', ['ont'], 'åont äont öont øont æont éont', []],
  ['after ß and a Latin Extended letter', ['ont'], 'ßont őont', []],
  ['after a digit', ['ont'], '3ont 0ont', []],
  ['before a letter or a digit', ['ont'], 'ontå ont3 ontx', []],
  ['before a hyphen or a dot', ['ont'], 'ont-x ont.', [
    { start: 0, end: 3, word: 'ont' }, { start: 6, end: 9, word: 'ont' },
  ]],
  ['a stem takes the letters after it', ['sjuk*'], 'sjukskrivningen, ösjuk', [
    { start: 0, end: 15, word: 'sjuk*' },
  ]],
  ['a phrase spans any run of white space', ['sick leave'], 'on sick \n leave', [
    { start: 3, end: 15, word: 'sick leave' },
  ]],
  ['the longer entry wins at one start', ['sick', 'sick leave'], 'sick leave, sick', [
    { start: 0, end: 10, word: 'sick leave' }, { start: 12, end: 16, word: 'sick' },
  ]],
  ['a word inside a match is not found again', ['sick leave', 'leave'], 'sick leave leave', [
    { start: 0, end: 10, word: 'sick leave' }, { start: 11, end: 16, word: 'leave' },
  ]],
  // "t.ex." ends in a dot, so ".net" right after it would start after a non-word character, but that
  // character belongs to the match before: the boundary is consumed, no second match.
  ['no match starts on the boundary an earlier match consumed', ['t.ex.', '.net'], 't.ex..net', [
    { start: 0, end: 5, word: 't.ex.' },
  ]],
  ['a match one character after the consumed boundary', ['t.ex.', 'net'], 't.ex. net', [
    { start: 0, end: 5, word: 't.ex.' }, { start: 6, end: 9, word: 'net' },
  ]],
  // Every "ana" and "nana" inside "banana" is preceded by a letter: none counts, the first that does is
  // the separate word.
  ['inner candidates are passed over until one stands alone', ['ana', 'nana'], 'banana nana', [
    { start: 7, end: 11, word: 'nana' },
  ]],
  ['candidates that all follow a letter', ['ont', 'xont'], 'yxont', []],
  // ".net" follows a letter; "net" one character later follows the dot and stands alone.
  ['a rejected candidate, then a match one character later', ['.net', 'net'], 'a.net', [
    { start: 2, end: 5, word: 'net' },
  ]],
  ['a rejected longer candidate does not hide a later word', ['ont', 'xont'], 'axont ont', [
    { start: 6, end: 9, word: 'ont' },
  ]],
];

describe.each(SHAPES)('word boundaries (%s)', (_shape, compile) => {
  it.each(ROWS)('%s', (_what, entries, text, found) => {
    expect(findWords(compile(entries), text)).toEqual(found);
  });

  it.each(ROWS)('firstWord agrees: %s', (_what, entries, text, found) => {
    expect(firstWord(compile(entries), text)).toBe(found[0]?.word);
  });

  it('a range is searched as if it were the whole text', () => {
    const dict = compile(['ont']);
    // Inside "font" the range starts at "ont": the edge of the range counts as the edge of the text.
    expect(findWords(dict, 'font ont', 1, 4)).toEqual([{ start: 1, end: 4, word: 'ont' }]);
    expect(findWords(dict, 'font ont', 0, 4)).toEqual([]);
  });
});

/** The listed entry for a matched word, computed the long way (normalise, then every shorter prefix). */
function referenceEntry(entries: readonly string[], matched: string): string {
  const { byKey } = alternativesOf(entries);
  const key = matched.toLowerCase().replace(/\s+/g, ' ');
  if (byKey[key] !== undefined) return byKey[key];
  for (let len = key.length - 1; len > 0; len--) {
    const stem = byKey[key.slice(0, len)];
    if (stem !== undefined && stem.endsWith('*')) return stem;
  }
  return matched;
}

describe('the entry reported for a match', () => {
  // prettier-ignore
  const LISTS: readonly (readonly string[])[] = [
    ['sjukskriv*', 'sjukskriven', 'sjuk', 'sjuk*', 'sick leave', 'sick', 'läkarintyg'],
    ['a  b*', 'a b', 'ab*', 'abc'],
    ['tel', 'tel.', 'telefon*', 'e.g.', 't.ex.', "doctor's note", 'x-', 'ill-formed', 'ill*'],
  ];
  const TEXTS = [
    mailLikeText(20_000, 3).toLowerCase(),
    'sjukskrivningen sjuk sjukdom sjukskriven sick  leave SICK LEAVE Läkarintyg',
    'a  b a b a   bcd a\tb ab abc abcd A B',
    "tel. tel telefonnummer e.g. t.ex. doctor’s note doctor's  note x- ill-formed illness",
  ];

  it.each(SHAPES)('is the listed entry the long way finds (%s)', (_shape, compile) => {
    for (const entries of LISTS) {
      const dict = compile(entries);
      for (const text of TEXTS) {
        for (const m of findWords(dict, text)) {
          expect({ matched: text.slice(m.start, m.end), word: m.word }).toEqual({
            matched: text.slice(m.start, m.end),
            word: referenceEntry(entries, text.slice(m.start, m.end)),
          });
        }
      }
    }
  });

  it('finds matches in the test texts at all (the comparison above is not empty)', () => {
    const words = findWords(compileTrieDictionary(LISTS[0] ?? []), TEXTS[1] ?? '').map((m) => m.word);
    // "sjuk" is listed twice; the stem, listed longer, owns the key. Upper case is not matched: callers
    // pass lower-cased text.
    expect(words).toEqual(['sjukskriv*', 'sjuk*', 'sjuk*', 'sjukskriven', 'sick leave']);
  });
});
