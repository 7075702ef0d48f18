import { findTermPatterns } from '../../../../src/core/detection/recognizers/sensitive-terms/term-patterns';

/** The phrases the patterns find in `text`, as written (lower case). */
function phrasesIn(text: string): string[] {
  const lower = text.toLowerCase();
  return findTermPatterns(lower).map((m) => lower.slice(m.start, m.end));
}

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
    expect(phrasesIn(text)).toEqual(phrases);
  });
});

describe('body-part compounds: a body part and an injury or ailment, head-final', () => {
  it.each([
    ['hon har en ryggskada', ['ryggskada']],
    ['misstänkt revbensfraktur', ['revbensfraktur']],
    ['efter knäoperationen', ['knäoperationen']],
    ['han har rygsmerter igen', ['rygsmerter']],
    ['nakkeplager og hodepine', ['nakkeplager']],
    ['lungebetennelse', ['lungebetennelse']],
    ['höger axelskada', ['axelskada']],
    ['njursten', ['njursten']],
  ])('%j -> %j', (text, phrases) => {
    expect(phrasesIn(text)).toEqual(phrases);
  });

  it.each([
    // the head without a body part, or a body part inside another word
    'vattenskada i källaren',
    'transportskador på pallen',
    'huvudproblemet är tiden',
    'led-problemen kvarstår',
    'leveransskada på gatewayen',
    'avtalsbrudd og kontraktsbrudd',
    'ryggsäcken och handskarna',
    'backend-problem i armv8',
  ])('%j: no phrase', (text) => {
    expect(phrasesIn(text)).toEqual([]);
  });
});
