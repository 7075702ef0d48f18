// The window a negative cue may reach: the same sentence ends as everywhere (sentences.ts), with lines
// running on when asked to.
import { sentenceEndWithin, sentenceStartWithin } from '../../../../src/core/detection/sentences';

/** The text from the sentence start before `word` to the sentence end after it (whole text when none). */
function window(text: string, word: string, lineBreaks: boolean): string {
  const at = text.indexOf(word);
  const start = sentenceStartWithin(text, at, 200, lineBreaks);
  const end = sentenceEndWithin(text, at + word.length, 200, lineBreaks);
  return text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end);
}

describe('sentence window', () => {
  it.each([
    ['Tack för din order. Ditt kort 5500 slutar här.', 'kort', true, 'Ditt kort 5500 slutar här.'],
    ['Ordernr. 2103 gäller kortet 5500.', 'kortet', true, 'Ordernr. 2103 gäller kortet 5500.'],
    ['Se t.ex. kortet 5500 nedan.', 'kortet', true, 'Se t.ex. kortet 5500 nedan.'],
    ['Hej A. Berg, kortet 5500.', 'kortet', true, 'Hej A. Berg, kortet 5500.'],
    ['Ordernr:\n8507099805 skickad.', '8507', false, 'Ordernr:\n8507099805 skickad.'],
    ['Ordernr:\n8507099805 skickad.', '8507', true, '8507099805 skickad.'],
  ])('%j around %s (line breaks end: %s)', (text, word, lineBreaks, expected) => {
    expect(window(text, word, lineBreaks)).toBe(expected);
  });

  it('finds no end beyond the reach', () => {
    expect(sentenceEndWithin('ett två tre. Fyra', 0, 5)).toBe(-1);
    expect(sentenceStartWithin('Ett. två tre fyra', 17, 5)).toBe(-1);
  });
});
