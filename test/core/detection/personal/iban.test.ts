import { ibanRecognizer } from '../../../../src/core/detection/recognizers/personal';
import { scan, trickyCase, values } from './helpers';

describe('iban', () => {
  it.each([
    [
      'Swedish, grouped, with keyword',
      'Betala till IBAN SE45 5000 0000 0583 9825 7466 senast fredag.',
      'SE45 5000 0000 0583 9825 7466',
      ['checksum', 'keyword:iban'],
    ],
    [
      'Swedish, unspaced',
      'Mitt konto: SE4550000000058398257466.',
      'SE4550000000058398257466',
      ['checksum', 'keyword:konto', 'keyword:mitt konto'],
    ],
    [
      'German, no keyword',
      'Please use DE89 3704 0044 0532 0130 00 for the refund',
      'DE89 3704 0044 0532 0130 00',
      ['checksum'],
    ],
    [
      'British with letters in the BBAN',
      'Account GB29 NWBK 6016 1331 9268 19',
      'GB29 NWBK 6016 1331 9268 19',
      ['checksum', 'keyword:account'],
    ],
    [
      'followed by an upper-case word',
      'IBAN SE45 5000 0000 0583 9825 7466 TACK',
      'SE45 5000 0000 0583 9825 7466',
      ['checksum', 'keyword:iban'],
    ],
  ])('finds %s', (_name, text, value, reasons) => {
    const findings = scan(text, [ibanRecognizer]);
    expect(values(findings)).toEqual([value]);
    expect(findings[0]?.category).toBe('financial');
    expect(findings[0]?.reasons).toEqual(reasons);
    expect(findings[0]?.explanation.validation).toEqual({ kind: 'valid', check: 'mod97' });
  });

  it('finds the three Nordic registry examples of the tricky cases', () => {
    const text = trickyCase('NO93 8601').text;
    expect(values(scan(text, [ibanRecognizer]))).toEqual([
      'NO93 8601 1117 947',
      'DK50 0040 0440 1162 43',
      'FI21 1234 5600 0007 85',
    ]);
  });

  it.each([
    ['mod-97 fails (tricky case)', trickyCase('IBAN SE45 5000 0000 0583 9825 7467').text],
    ['too short for SE', 'IBAN SE45 5000 0000 0583 9825 746'],
    ['unknown country', 'IBAN XX45 5000 0000 0583 9825 7466'],
    ['inside a longer token', 'hash ASE4550000000058398257466'],
    ['an order reference shaped like an IBAN', 'Ordern AB12 3456 7890 1234 levereras'],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [ibanRecognizer])).toEqual([]);
  });
});
