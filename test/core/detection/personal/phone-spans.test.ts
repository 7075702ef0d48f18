import {
  SpanSet,
  keywordNear,
  keywordWindows,
} from '../../../../src/core/detection/recognizers/personal/phone-spans';

describe('phone span bookkeeping', () => {
  it('SpanSet detects overlaps on either side and keeps order', () => {
    const set = new SpanSet();
    set.add({ start: 10, end: 20 });
    set.add({ start: 40, end: 50 });
    set.add({ start: 25, end: 30 });
    expect(set.overlaps({ start: 19, end: 22 })).toBe(true);
    expect(set.overlaps({ start: 5, end: 11 })).toBe(true);
    expect(set.overlaps({ start: 29, end: 41 })).toBe(true);
    expect(set.overlaps({ start: 20, end: 25 })).toBe(false);
    expect(set.overlaps({ start: 50, end: 60 })).toBe(false);
    expect(set.overlaps({ start: 0, end: 10 })).toBe(false);
  });

  it.each([
    ['keyword just before', { start: 20, end: 30 }, true],
    ['keyword too far before', { start: 60, end: 70 }, false],
    ['keyword just after', { start: 80, end: 95 }, true],
    ['keyword too far after', { start: 70, end: 80 }, false],
  ])('keywordNear: %s', (_name, span, near) => {
    const keywords = [
      { start: 10, end: 15 },
      { start: 100, end: 105 },
    ];
    expect(keywordNear(keywords, span, 10, 10)).toBe(near);
  });

  it('stretches windows over a number and merges touching ones', () => {
    const text = 'tel 22 33 44 55 och mobil 98 76 54 32 slut';
    const keywords = [
      { start: 0, end: 3 },
      { start: 20, end: 25 },
    ];
    const windows = keywordWindows(text, keywords, 8);
    expect(windows).toEqual([{ start: 0, end: 38 }]);
    expect(text.slice(0, 38)).toBe('tel 22 33 44 55 och mobil 98 76 54 32 ');
  });
});
