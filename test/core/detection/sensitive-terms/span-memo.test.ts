import { memoBySpan } from '../../../../src/core/detection/recognizers/sensitive-terms/span-memo';
import type { ScanDocument, Span } from '../../../../src/core/detection/types';

function doc(text: string): ScanDocument {
  return { text, lower: text.toLowerCase(), cells: [] };
}

describe('memoBySpan: a question about a span is answered once per document', () => {
  it('asks once per document and span, remembers undefined, and keeps documents apart', () => {
    const asked: string[] = [];
    const firstWord = memoBySpan((d: ScanDocument, s: Span): string | undefined => {
      asked.push(`${s.start}:${s.end}`);
      const word = /\S+/.exec(d.text.slice(s.start, s.end));
      return word === null ? undefined : word[0];
    });
    const a = doc('Hon är sjukskriven.   ');
    const b = doc('Han är sjukskriven.');
    expect(firstWord(a, { start: 0, end: 3 })).toBe('Hon');
    expect(firstWord(a, { start: 0, end: 3 })).toBe('Hon');
    expect(firstWord(a, { start: 19, end: 22 })).toBeUndefined();
    expect(firstWord(a, { start: 19, end: 22 })).toBeUndefined();
    // Same span in another document, and spans that would collide if joined carelessly (1:23 vs 12:3).
    expect(firstWord(b, { start: 0, end: 3 })).toBe('Han');
    expect(firstWord(a, { start: 1, end: 3 })).toBe('on');
    expect(asked).toEqual(['0:3', '19:22', '0:3', '1:3']);
  });
});
