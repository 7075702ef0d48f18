import { compileDictionary } from '../../../../src/core/detection/words';
import { findHeads, headLexicon, headOf } from '../../../../src/core/detection/compounds';

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
