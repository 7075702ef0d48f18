import { findTermPatterns } from '../../../../src/core/detection/recognizers/sensitive-terms/term-patterns';

describe('term patterns: phrases a word list cannot hold', () => {
  it.each([
    // true positives
    ['she is of Somali origin', ['of somali origin']],
    ['han är av kurdisk härkomst', ['av kurdisk härkomst']],
    ['hun er af tyrkisk afstamning', ['af tyrkisk afstamning']],
    ['hän on Insinööriliiton jäsen', ['insinööriliiton jäsen']],
    ['of Turkish descent, av polsk ursprung', ['of turkish descent', 'av polsk ursprung']],
    // traps: the literal is there, the phrase is not
    ['the origin of the bug', []],
    ['ursprunget till felet', []],
    ['liitoprindelse', []],
    ['', []],
  ])('%j -> %j', (text, phrases) => {
    const lower = text.toLowerCase();
    expect(findTermPatterns(lower).map((m) => lower.slice(m.start, m.end))).toEqual(phrases);
  });
});
