import { compileDictionary } from '../../../../src/core/detection/words';
import { findHeads, headLexicon, headOf } from '../../../../src/core/detection/compounds';
import {
  HEALTH_CAUTIOUS,
  HEALTH_STRONG,
  HEALTH_WEAK,
  HEALTH_WEAK_CAUTIOUS,
} from '../../../../src/core/detection/recognizers/sensitive-terms/health-terms';
import { TECHNICAL_WORDS } from '../../../../src/core/detection/recognizers/sensitive-terms/traps';
import { mailLikeText } from '../../../../bench/mail-text';

const lex = headLexicon(
  compileDictionary(['allergi', 'terapi', 'sjukskriv*', 'operation', 'sensor*', 'ill']),
);

describe('compounds: the head of a Nordic compound', () => {
  it.each([
    // true positives: modifier + head, with linking morphemes and inflection endings
    ['jordnötsallergi', 'allergi', 8],
    ['pollenallergin', 'allergi', 6],
    ['samtalsterapi', 'terapi', 7],
    ['samtalsterapier', 'terapi', 7],
    ['deltidssjukskriven', 'sjukskriv*', 7],
    ['knäoperationen', 'operation', 3],
    ['blodtryckssensor', 'sensor*', 10],
  ])('%s → %s', (word, entry, at) => {
    expect(headOf(word, lex)).toEqual({ entry, at });
  });

  it.each([
    ['allergi', 'the word itself is the dictionary’s own match'],
    ['cooperation', '“coo” is a prefix, not a modifier'],
    ['skill', 'heads shorter than five letters are never split off'],
    ['nöallergi', 'modifier shorter than three letters'],
    ['allergivänlig', 'the listed word is the modifier, not the head'],
  ])('%s has no head (%s)', (word) => {
    expect(headOf(word, lex)).toBeUndefined();
  });

  it('finds every headed word in running text, with its offsets', () => {
    const text = 'hon har jordnötsallergi och går i samtalsterapi.';
    expect(findHeads(lex, text).map((h) => text.slice(h.start, h.end))).toEqual([
      'jordnötsallergi',
      'samtalsterapi',
    ]);
  });
});

describe('compounds: findHeads looks only at words that can have a head', () => {
  /** The plain pass it replaces: every word of letters, split by headOf. */
  function everyWord(l: typeof lex, text: string): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    for (const m of text.matchAll(/[a-z\u00DF-\u00F6\u00F8-\u00FF]+/g)) {
      if (headOf(m[0], l) !== undefined) out.push({ start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  const big = headLexicon(
    compileDictionary(
      HEALTH_STRONG.concat(HEALTH_CAUTIOUS, HEALTH_WEAK, HEALTH_WEAK_CAUTIOUS, TECHNICAL_WORDS),
    ),
  );
  const text = [
    mailLikeText(60000, 3),
    'jordnötsallergi, pollenallergin; deltidssjukskriven-sensorn x3allergi nöallergi allergivänlig',
    'blodtryckssensorerna knäoperationen, samtalsterapier. cooperation precancer ångestsyndromet',
  ]
    .join('\n')
    .toLowerCase();

  it.each([
    ['small lexicon', lex],
    ['health and technical words', big],
  ] as const)('%s: the same words as splitting every word', (_name, l) => {
    const found = findHeads(l, text).map((h) => ({ start: h.start, end: h.end }));
    expect(found.length).toBeGreaterThan(3);
    expect(found).toEqual(everyWord(l, text));
    // Within a range, words are cut at its ends as if the range were the whole text.
    const from = 1000;
    const to = 40000;
    expect(findHeads(l, text, from, to).map((h) => ({ start: h.start - from, end: h.end - from }))).toEqual(
      everyWord(l, text.slice(from, to)),
    );
  });
});
