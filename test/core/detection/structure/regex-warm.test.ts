import { warmRegex } from '../../../../src/core/detection/regex-warm';

describe('warmRegex', () => {
  it('returns the same regex, at lastIndex 0, finding what it finds unwarmed', () => {
    const text = 'a sjukskriven  kollega, sjuk igen';
    const cold = /(?:^|[^a-z])(sjuk[a-z]*)(?![a-z])/g;
    const warm = /(?:^|[^a-z])(sjuk[a-z]*)(?![a-z])/g;
    warm.lastIndex = 7;
    expect(warmRegex(warm)).toBe(warm);
    expect(warm.lastIndex).toBe(0);
    expect(text.match(warm)).toEqual(text.match(cold));
  });

  it('leaves lastIndex at 0 also for a regex that matches blanks', () => {
    const blanks = / +/g;
    warmRegex(blanks);
    expect(blanks.lastIndex).toBe(0);
  });
});
