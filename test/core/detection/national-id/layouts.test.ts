import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { scan } from './helpers';

/** National-id findings as `type value` (line breaks shown as ⏎). */
function ids(text: string): string[] {
  return scan(text, DEFAULT_RECOGNIZERS)
    .filter((f) => f.category === 'national-id')
    .map((f) => `${f.type} ${f.value.replace(/\n/g, '⏎')}`);
}

describe('identity numbers in the layouts people use', () => {
  it.each([
    // broken over two lines, with and without a separator, quoted history included
    ['har personnumret 850709-\n9805. Lön 46 500 kr', 'se-personnummer 850709-⏎9805'],
    ['personal identity number 199110\n23-0860, monthly salary', 'se-personnummer 199110⏎23-0860'],
    ['> personnummer 850709-\n> 9805 enligt avtalet', 'se-personnummer 850709-⏎> 9805'],
    ['Hans CPR-nr. er 150785-\n1234, og han er ansat.', 'dk-cpr 150785-⏎1234'],
    // twelve digits, no separator, no keyword: century + date + Luhn is enough
    ['Lönekonto för 197903142342', 'se-personnummer 197903142342'],
    // a spaced fødselsnummer in a column after a name (two or more blanks are a column gap)
    ['Thomas Vik      220881 21582', 'no-fodselsnummer 220881 21582'],
    // a dashed number of a recent date whose tail is a clock time still counts beside a keyword or a name
    ['Barnets personnummer: 20250315-1231 till Försäkringskassan.', 'se-personnummer 20250315-1231'],
    ['Lilla Elsa Ek 20251120-0939 ska in på förskolan.', 'se-personnummer 20251120-0939'],
  ])('%j → %s', (text, expected) => {
    expect(ids(text)).toEqual([expected]);
  });

  it.each([
    ['a twelve-digit timestamp of last year', 'Loggfil skapad 202510051234 av servern'],
    ['a date and a clock time of last year, dashed', 'Loggen visar fel 20251120-0939 i gatewayen'],
    ['an order number broken over a line', 'Order 850709\n9805 skickad'],
    ['a phone list: one number per line', 'Ring 070-850709\n9805 är kundnumret'],
    ['a version string', 'build 850709-\n9805.3 released'],
  ])('%s: no identity number', (_name, text) => {
    expect(ids(text)).toEqual([]);
  });
});
