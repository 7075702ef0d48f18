// Under an identity-number column, an export's doubled or padded separator ("220493--3106") is still the
// number: the column header says what the value is. Outside such a column the shape is no candidate.
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { column, found, scan } from './helpers';

describe('identity numbers with a doubled or padded separator in a table column', () => {
  it.each([
    ['CPR', '220493--3106', 'dk-cpr'],
    ['CPR-nr', '081186 - 2428', 'dk-cpr'],
    ['Personnummer', '850709--9805', 'se-personnummer'],
    ['Personnummer', '19850709 - 9805', 'se-personnummer'],
    ['Fødselsnummer', '130972--48022', 'no-fodselsnummer'],
  ])('a %s column makes %s a finding', (header, value, type) => {
    const findings = scan(column(header, [value]), DEFAULT_RECOGNIZERS);
    expect(findings.map((f) => `${f.type} ${f.value}`)).toEqual([`${type} ${value}`]);
    expect(findings[0]?.reasons).toContain('cell-loose-separator');
    expect(findings[0]?.reasons.some((r) => r.startsWith('header:'))).toBe(true);
  });

  it.each([
    ['CPR', '320493--3106', 'no such date'],
    ['Personnummer', '850709--9806', 'Luhn fails'],
    ['Ordernr', '220493--3106', 'not an identity column'],
    ['CPR', '220493---3106', 'three dashes: not a separator'],
    ['CPR', '22.04.93--3106', 'a date, not a CPR'],
  ])('no finding: %s %s (%s)', (header, value) => {
    expect(
      scan(column(header, [value]), DEFAULT_RECOGNIZERS).filter((f) => f.category === 'national-id'),
    ).toEqual([]);
  });

  it('the same shape in free text is no candidate', () => {
    expect(found('CPR-kontoret svarer på 220493--3106 inden fredag.')).toEqual([]);
  });

  it('the whole CSV of an enrolment: every row under the CPR column', () => {
    const rows = [
      ['Nikolaj', 'Thomsen', '220493--3106'],
      ['Ida', 'Frederiksen', '081186--2428'],
    ];
    let text = 'Fornavn,Efternavn,CPR\n';
    const cells: { header: string; start: number; end: number }[] = [];
    const headers = ['Fornavn', 'Efternavn', 'CPR'];
    for (const row of rows) {
      row.forEach((value, i) => {
        cells.push({ header: headers[i] ?? '', start: text.length, end: text.length + value.length });
        text += value + (i < row.length - 1 ? ',' : '\n');
      });
    }
    const ids = scan({ text, cells }, DEFAULT_RECOGNIZERS).filter((f) => f.category === 'national-id');
    expect(ids.map((f) => f.value)).toEqual(['220493--3106', '081186--2428']);
    expect(ids.every((f) => f.severity === 'sensitive')).toBe(true);
  });
});

describe('a padded separator in running text, right after the keyword', () => {
  it.each([
    ['samordningsnummer: 880771 - 2651.', 'se-samordningsnummer 880771 - 2651'],
    ['personnummer 850709 – 9805', 'se-personnummer 850709 – 9805'],
    ['pnr 19850709 - 9805', 'se-personnummer 19850709 - 9805'],
    ['CPR 130672 – 9647', 'dk-cpr 130672 – 9647'],
    ['fødselsnummer: 130972 - 48022', 'no-fodselsnummer 130972 - 48022'],
  ])('%j', (text, expected) => {
    expect(found(text, DEFAULT_RECOGNIZERS)).toEqual([expected]);
  });

  it.each([
    ['no keyword', 'Perioden 850709 - 9805 gäller'],
    ["a range after the keyword's sentence", 'Personnummer behövs inte. Intervall: 2019 - 2023'],
    ['a keyword too far before', 'Personnummer, som vi sa på mötet i tisdags förra veckan: 850709 - 9805'],
    ['Luhn fails', 'personnummer: 850709 - 9806'],
    ['a topic word as its label', 'Sag 130672 - 9647'],
  ])('no finding: %s', (_what, text) => {
    expect(found(text, DEFAULT_RECOGNIZERS).filter((f) => !f.startsWith('person-name'))).toEqual([]);
  });
});
