// Whether a person is named on a candidate's line, in the three readings of person-line.ts: near the
// candidate (a number's named context), the line's first word (a phone number's contact-list line) and a
// list item's first word (a list of people under a lead-in).
import { namedOnLine } from '../../../../src/core/detection/person-line';
import type { ScanDocument, Span } from '../../../../src/core/detection/types';

function doc(text: string): ScanDocument {
  return { text, lower: text.toLowerCase(), cells: [] };
}

/** The span of `part` in `text` (its first occurrence). */
function spanOf(text: string, part: string): Span {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

describe('a person named near the candidate', () => {
  it.each([
    ['Anna Berg 9004152386', true],
    ['Rad 2\nAnna Berg;9004152386;IT', true],
    ['adgangskort_LouiseFriis_9004152386.pdf', true],
    // an everyday word that is also a name counts only with a surname after it
    ['Hans ordre 9004152386 er sendt.', false],
    ['Hans Berg 9004152386', true],
    // a name on another line, or far back on a long line, is someone else's
    ['Anna Berg\n9004152386', false],
    [`Anna Berg ${'x '.repeat(45)}9004152386`, false],
  ])('%j → %s', (text, expected) => {
    expect(namedOnLine(doc(text), spanOf(text, '9004152386'))).toBe(expected);
  });
});

describe("a person's name opening the line", () => {
  it.each([
    ['Mark Thompson, SmartGrid UK, +44 20 7946 0018', true],
    ['Gäster:\n- Anna: +47 22 33 44 55', true],
    ['Ring Anna på +47 22 33 44 55', false],
  ])('%j → %s', (text, expected) => {
    expect(namedOnLine(doc(text), spanOf(text, '+'), { leadOnly: 'line' })).toBe(expected);
  });
});

describe("a person's name opening a list item", () => {
  it.each([
    ['Anna-Lena Berg', true],
    ['(Anna Berg)', true],
    ['Nuts', false],
    ['Ring Anna', false],
  ])('%j → %s', (item, expected) => {
    const text = `Sjukskrivna:\n${item}\n`;
    expect(namedOnLine(doc(text), spanOf(text, item), { leadOnly: 'item' })).toBe(expected);
  });
});
