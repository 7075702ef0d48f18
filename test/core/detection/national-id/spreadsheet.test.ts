import { NATIONAL_ID_RECOGNIZERS } from '../../../../src/core/detection/recognizers/national-id';
import { leadingZeroCells } from '../../../../src/core/detection/recognizers/national-id/spreadsheet-cells';
import { column, found, scan } from './helpers';

describe('table column headers as context', () => {
  it.each([
    ['Personnummer', '198507099805', 'se-personnummer'],
    ['Personnummer', '8507099805', 'se-personnummer'],
    ['Personnr', '7302889931', 'se-samordningsnummer'],
    ['Fødselsnummer', '13097248022', 'no-fodselsnummer'],
    ['CPR-nr', '1306729647', 'dk-cpr'],
    ['Passnummer', '12345678', 'identity-document'],
  ])('a %s header makes the bare value %s a finding', (header, value, type) => {
    const findings = scan(column(header, [value]));
    expect(findings.map((f) => `${f.type} ${f.value}`)).toEqual([`${type} ${value}`]);
    expect(findings[0]?.reasons.some((r) => r.startsWith('header:'))).toBe(true);
  });

  it('the same bare values without a header are not findings (but a twelve-digit personnummer stands alone)', () => {
    expect(found('198507099805\n8507099805\n7302889931\n13097248022\n1306729647\n12345678\n')).toEqual([
      'se-personnummer 198507099805',
    ]);
  });

  it.each([
    // 000405-9937 and 000229-2399 (list.json, born 2000) typed into Excel as numbers
    ['4059937', 'all three zeros dropped'],
    ['2292399', 'all three zeros dropped'],
    ['00405-9937', 'one zero dropped, separator kept as text'],
    ['229-2399', 'three zeros dropped, separator kept'],
    ['123456789', 'not a shortened personnummer (month 23)'],
  ])('restores leading zeros in a Personnummer column: %s (%s)', (value, why) => {
    const reported = scan(column('Personnummer', [value])).map((f) => f.value);
    expect(reported).toEqual(why.startsWith('not') ? [] : [value]);
  });

  it('finds a shortened value only under an identity header', () => {
    const input = column('Personnummer', ['004059937']);
    const [hit] = scan(input);
    expect(hit?.reasons).toEqual(['checksum', 'header:personnummer', 'se-spreadsheet-leading-zero']);
    expect(scan(column('Antal', ['004059937']))).toEqual([]);
    expect(found('Personnummer 004059937')).toEqual([]);
  });

  it('a header is looked up once per scan and column, yet every column and every scan is judged on its own', () => {
    // Two columns of the same values, one under an identity header: only that column's cells count.
    const text = 'Personnummer\tAntal\n4059937\t4059937\n2292399\t2292399\n';
    const cells = [
      { header: 'Personnummer', start: 19, end: 26 },
      { header: 'Antal', start: 27, end: 34 },
      { header: 'Personnummer', start: 35, end: 42 },
      { header: 'Antal', start: 43, end: 50 },
    ];
    const once = scan({ text, cells });
    expect(once.map((f) => `${f.start} ${f.reasons.join(',')}`)).toEqual([
      '19 checksum,header:personnummer,se-spreadsheet-leading-zero',
      '35 checksum,header:personnummer,se-spreadsheet-leading-zero',
    ]);
    // The same text with the headers swapped: what was remembered for the first scan does not carry over.
    const swapped = cells.map((c) => ({ ...c, header: c.header === 'Antal' ? 'Personnummer' : 'Antal' }));
    expect(scan({ text, cells: swapped }).map((f) => f.start)).toEqual([27, 43]);
    expect(scan({ text, cells }).map((f) => f.start)).toEqual([19, 35]);
  });

  it('cells of two identity columns come in document order, the same on a second look', () => {
    const finder = leadingZeroCells(['personnummer'], 0.5);
    const headers = ['Personnummer', 'Personnummer make', 'Antal'];
    const rows = [
      ['4059937', '2292399', '4059937'],
      ['2292399', '4059937', '7'],
    ];
    let text = `${headers.join('\t')}\n`;
    const cells: { header: string; start: number; end: number }[] = [];
    for (const row of rows)
      row.forEach((value, i) => {
        cells.push({ header: headers[i] ?? '', start: text.length, end: text.length + value.length });
        text += value + (i === row.length - 1 ? '\n' : '\t');
      });
    const doc = { text, lower: text.toLowerCase(), cells };
    const expected = [0, 1, 3, 4].map((i) => cells[i]?.start);
    expect([...finder(doc)].map((c) => c.start)).toEqual(expected);
    expect([...finder(doc)].map((c) => c.start)).toEqual(expected);
  });

  it('a Telefon column sinks valid-looking numbers', () => {
    expect(scan(column('Telefon', ['0701740607', '850709-9805']))).toEqual([]);
  });

  it('a realistic CSV export: every valid personnummer cell is found', () => {
    const rows = [
      ['Anna Andersson', '198507099805', 'Sälj'],
      ['Bo Berg', '20000229-2399', 'Ekonomi'],
      ['Cecilia Ceder', '4608239986', 'IT'],
      ['David Dahl', '197004289895', 'HR'], // Luhn fails: not found
    ];
    const headers = ['Namn', 'Personnummer', 'Avdelning'];
    let text = `${headers.join(';')}\n`;
    const cells: { header: string; start: number; end: number }[] = [];
    for (const row of rows) {
      row.forEach((value, i) => {
        cells.push({ header: headers[i] ?? '', start: text.length, end: text.length + value.length });
        text += value + (i === row.length - 1 ? '\n' : ';');
      });
    }
    expect(scan({ text, cells }, NATIONAL_ID_RECOGNIZERS).map((f) => f.value)).toEqual([
      '198507099805',
      '20000229-2399',
      '4608239986',
    ]);
  });
});
