import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { usSsn } from '../../../../src/core/detection/recognizers/national-id';
import { column, found, scan } from './helpers';

// Numbers: the SSA's rules applied to made-up values (536-90-4399 and 111-22-3333 are python-stdnum's
// documentation examples); the advertised numbers are the published ones.
const only = (text: string): string[] => found(text, [usSsn]);

describe('us-ssn: true positives (a keyword is always there)', () => {
  it.each([
    ['SSN: 536-90-4399', '536-90-4399'],
    ['SSN# 536-90-4399', '536-90-4399'],
    ['SS# 111-22-3333', '111-22-3333'],
    ['Social Security number 536 90 4399', '536 90 4399'],
    ['Her social security no. is 536904399.', '536904399'],
    ['Employee: Jane Roe, DOB 1980-04-02, SSN 772-12-3456, start date May 1', '772-12-3456'],
    ['536-90-4399 (SSN)', '536-90-4399'], // keyword just after
    ['Amerikanskt socialförsäkringsnummer: 536-90-4399', '536-90-4399'],
    // a US tax form that carries it
    ['To file the 1099-NEC for our contractor:\n\nMichael Brennan\n536-90-4399', '536-90-4399'],
    ['His W-9 lists 536-90-4399.', '536-90-4399'],
  ])('%s', (text, value) => {
    expect(only(text)).toEqual([`us-ssn ${value}`]);
  });

  it('explains itself and masks all but two digits', () => {
    const [hit] = scan('SSN: 536-90-4399', [usSsn]);
    expect(hit?.reasons).toEqual(['check:format', 'keyword:ssn']);
    expect(hit?.score).toBe(0.85);
    expect(hit?.masked).toBe('53*-**-****');
    expect(hit?.severity).toBe('sensitive');
  });

  it('counts an SSN column header for every cell', () => {
    expect(found(column('SSN', ['536-90-4399', '111223333']), [usSsn])).toEqual([
      'us-ssn 536-90-4399',
      'us-ssn 111223333',
    ]);
  });
});

describe('us-ssn: true negatives', () => {
  it.each([
    ['no keyword, separated', 'Please find 536-90-4399 attached.'],
    ['no keyword, bare nine digits', 'Reference number 536904399'],
    ['area 000', 'SSN 000-12-3456'],
    ['area 666', 'SSN 666-12-3456'],
    ['area 9xx (ITIN)', 'SSN 912-70-1234'],
    ['group 00', 'SSN 536-00-4399'],
    ['serial 0000', 'SSN 536-90-0000'],
    ['the wallet-insert number', 'SSN 078-05-1120'],
    ['an advertised number', 'Social Security number 219-09-9999'],
    ['glued to a longer number', 'SSN 536-90-4399-12'],
    ['inside a longer digit run', 'SSN 15369043991'],
    ['a lower-case keyword inside another word', 'classname 536-90-4399'],
  ])('%s: %s', (_name, text) => {
    expect(only(text)).toEqual([]);
  });
});

describe('us-ssn: traps', () => {
  it.each([
    ['order number', 'SSN on file. Order 536-90-4399 ships Monday.'],
    ['invoice number', 'Invoice 536904399 — SSN not required'],
    ['part number', 'Your SSN is not needed; part no 536-90-4399.'],
    ['serial number', 'SSN update: serial 536 90 4399'],
    ['phone number', 'Questions about your SSN? Call 536-904-3991.'],
    ['phone number with tel', 'SSN office, tel 536 90 4399'],
    ['dates', 'SSN card issued 2019-04-12, renewed 12-04-2024'],
    ['policy text with an example', 'Never email an SSN (e.g. 536-90-4399) or a card number.'],
    ['policy text with a format', 'SSN format: 123-45-6789 — do not send these by email.'],
    ['policy text with no number', 'Our SSN policy 2024 requires encryption of every SSN.'],
    ['a ticket number under an SSN heading', 'SSN handling, case 536-90-4399'],
  ])('%s: %s', (_name, text) => {
    expect(only(text)).toEqual([]);
  });
});

describe('us-ssn: through DEFAULT_RECOGNIZERS', () => {
  it('reports the SSN, blocking (national-id), and nothing else for it', () => {
    const text = 'Hi, for the payroll form: SSN 536-90-4399. Thanks, Jane';
    const ids = scan(text, DEFAULT_RECOGNIZERS).filter((f) => f.category === 'national-id');
    expect(ids.map((f) => `${f.type} ${f.value} ${f.severity}`)).toEqual(['us-ssn 536-90-4399 sensitive']);
  });

  it('does not read a Swedish personnummer as an SSN', () => {
    const ids = scan('SSN 811218-9876', DEFAULT_RECOGNIZERS).filter((f) => f.category === 'national-id');
    expect(ids.map((f) => f.type)).toEqual(['se-personnummer']);
  });
});
