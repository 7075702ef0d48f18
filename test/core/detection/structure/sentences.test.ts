import {
  isSentenceEnd,
  leadIn,
  paragraphEnd,
  paragraphStart,
  sentenceAround,
} from '../../../../src/core/detection/sentences';

function sentenceOf(text: string, word: string): string {
  const start = text.indexOf(word);
  const span = sentenceAround(text, { start, end: start + word.length }, 200);
  return text.slice(span.start, span.end).trim();
  // (the sentence's own full stop is its boundary, not part of it)
}

describe('sentences: abbreviations, initials, wrapped lines', () => {
  it.each([
    ['Enligt GDPR art. 9 är hälsa känsligt.', 'hälsa', 'Enligt GDPR art. 9 är hälsa känsligt'],
    ['Vi tar t.ex. sjukskrivningar.', 'sjukskrivningar', 'Vi tar t.ex. sjukskrivningar'],
    ['Ring Dr. Berg om remissen.', 'remissen', 'Ring Dr. Berg om remissen'],
    ['Möte med A. Berg. Hon är sjukskriven.', 'sjukskriven', 'Hon är sjukskriven'],
    ['Special categories, e.g. health, are listed.', 'health', 'Special categories, e.g. health, are listed'],
    ['Det kostar ca. fem kronor. Hon har feber.', 'feber', 'Hon har feber'],
    [
      'Vi välkomnar sökande\noavsett kön eller funktionsnedsättning.',
      'funktionsnedsättning',
      'Vi välkomnar sökande\noavsett kön eller funktionsnedsättning',
    ],
    ['Status:\nHon är sjukskriven', 'sjukskriven', 'Hon är sjukskriven'],
    ['Hej Anna\nJag har feber idag', 'feber', 'Jag har feber idag'],
  ])('%j: the sentence of %s', (text, word, sentence) => {
    expect(sentenceOf(text, word)).toBe(sentence);
  });

  it.each([
    ['v1.2 is out', 2, false],
    ['Klart. Nu', 5, true],
    ['nr. 4', 2, false],
  ])('%j: a dot at %i ends a sentence: %s', (text, i, ends) => {
    expect(isSentenceEnd(text, i)).toBe(ends);
  });

  it('a list item belongs to its lead-in line', () => {
    const text = 'Hej,\n\nHR-nyckeltal Q3:\n- sjukfrånvaro 3,1 %\n- personalomsättning 4 %\n';
    const lead = leadIn(text, text.indexOf('personalomsättning'));
    expect(lead && text.slice(lead.start, lead.end)).toBe('HR-nyckeltal Q3:');
    expect(leadIn(text, text.indexOf('Hej'))).toBeUndefined();
  });

  it('paragraphs end at a blank line', () => {
    const text = 'Hemadress: Storgatan 1.\n\nKontoret ligger i Göteborg.';
    const at = text.indexOf('Kontoret');
    expect(paragraphStart(text, at, 100)).toBe(at);
    expect(paragraphEnd(text, 0, 100)).toBe(text.indexOf('\n\n'));
  });
});
