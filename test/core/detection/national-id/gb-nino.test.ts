import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { gbNino } from '../../../../src/core/detection/recognizers/national-id';
import { column, found, scan } from './helpers';

// Numbers: HMRC's prefix and suffix rules applied to made-up values (AB 12 34 56 C is the common
// illustration; QQ 12 34 56 C is HMRC's own, invalid by design).
const only = (text: string): string[] => found(text, [gbNino]);

describe('gb-nino: true positives', () => {
  it.each([
    ['complete, print form, no keyword', 'AB 12 34 56 C', 'AB 12 34 56 C'],
    ['complete, compact, no keyword', 'Details: AB123456C', 'AB123456C'],
    ['with a keyword', 'Her National Insurance number is JG103759A.', 'JG103759A'],
    ['NI number, no suffix', 'NI number: AB123456', 'AB123456'],
    ['NINO, spaced, no suffix', 'NINO AB 12 34 56', 'AB 12 34 56'],
    ['in a sentence', 'New starter Tom Hale (NI no. OA 12 34 56 D) begins Monday.', 'OA 12 34 56 D'],
    ['Nynorsk "eg" (I) is no example word', 'Eg har fått NI number AB123456C frå Sam.', 'AB123456C'],
  ])('%s: %s', (_name, text, value) => {
    expect(only(text)).toEqual([`gb-nino ${value}`]);
  });

  it('explains itself and masks all but the prefix', () => {
    const [alone] = scan('AB 12 34 56 C', [gbNino]);
    expect(alone?.reasons).toEqual(['check:format']);
    expect(alone?.score).toBe(0.6);
    expect(alone?.masked).toBe('AB ** ** ** *');
    const [weak] = scan('NI number: AB123456', [gbNino]);
    expect(weak?.reasons).toEqual(['weak:no-suffix', 'keyword:ni number']);
    expect(weak?.masked).toBe('AB******');
  });

  it('counts a column header for suffix-less cells', () => {
    expect(found(column('NI number', ['AB123456', 'CE 12 34 56']), [gbNino])).toEqual([
      'gb-nino AB123456',
      'gb-nino CE 12 34 56',
    ]);
  });
});

describe('gb-nino: true negatives', () => {
  it.each([
    ['no suffix, no keyword', 'Company SC123456 was struck off'],
    ['HMRC example prefix QQ', 'National Insurance number QQ 12 34 56 C'],
    ['D first', 'NINO DA123456A'],
    ['O second', 'NINO AO123456A'],
    ['unallocated GB', 'NINO GB123456A'],
    ['temporary TN', 'NINO TN 01 02 80 A'],
    ['suffix E', 'NINO AB123456E'],
    ['lower case', 'ab123456c'],
    ['seven digits', 'NINO AB1234567C'],
    ['inside a longer token', 'XAB123456C and AB123456C9'],
    ['more spaced digits', 'NI number AB 12 34 56 78'],
  ])('%s: %s', (_name, text) => {
    expect(only(text)).toEqual([]);
  });
});

describe('gb-nino: traps', () => {
  it.each([
    ['part number', 'Replacement part no AB123456C is in stock'],
    ['order number', 'Order AB123456C has shipped'],
    ['serial number', 'Serial AB 12 34 56 C, firmware 2.1'],
    ['SKU', 'SKU CE123456A, qty 4'],
    ['policy text with an example', 'Enter your National Insurance number, e.g. AB 12 34 56 C, on page 2.'],
    ['a tracking code with more digits', 'Tracking AB123456789GB'],
    ['a date and a phone number', 'NI number to follow; call 020 7946 0018 on 12 03 2025'],
  ])('%s: %s', (_name, text) => {
    expect(only(text)).toEqual([]);
  });
});

describe('gb-nino: through DEFAULT_RECOGNIZERS', () => {
  it('reports the number as national-id, sensitive', () => {
    const text = 'Hi Sam, my NI number is JG 10 37 59 A for the payroll. Thanks';
    const ids = scan(text, DEFAULT_RECOGNIZERS).filter((f) => f.category === 'national-id');
    expect(ids.map((f) => `${f.type} ${f.value} ${f.severity}`)).toEqual(['gb-nino JG 10 37 59 A sensitive']);
  });
});
