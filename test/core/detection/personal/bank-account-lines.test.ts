// A Swedish bank account given as labelled parts on two lines ("Clearingnummer: 6152" /
// "Kontonummer: 284 117 903"), as forms and payment requests write it, is one account number.
import { bankAccount } from '../../../../src/core/detection/recognizers/personal';
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { scan } from './helpers';

describe('se-bank-account in labelled lines', () => {
  it.each([
    [
      'Handelsbanken, 9-digit account',
      'Kontoinnehavare: Gunnar Holmberg\nBank: Handelsbanken\nClearingnummer: 6152\nKontonummer: 284 117 903\n',
      '6152\nKontonummer: 284 117 903',
      '6152\nKontonummer: *** *** ***',
    ],
    [
      'Swedbank 5-digit clearing, short labels',
      'Clearingnr 8424-4\nKonto 983 189 224-6\n',
      '8424-4\nKonto 983 189 224-6',
      '8424-*\nKonto *** *** ***-*',
    ],
    [
      'English labels',
      'Clearing: 9071\nAccount number: 417 23 83\n',
      '9071\nAccount number: 417 23 83',
      '9071\nAccount number: *** ** **',
    ],
  ])('%s', (_label, text, value, masked) => {
    const [hit] = scan(text, [bankAccount]);
    expect(hit?.value).toBe(value);
    expect(hit?.masked).toBe(masked);
    expect(hit?.severity).toBe('personal');
    expect(hit?.reasons.some((r) => r.startsWith('keyword:clearing'))).toBe(true);
  });

  it.each([
    ['an unassigned clearing range', 'Clearingnummer: 0152\nKontonummer: 284 117 903\n'],
    ['the account too short for the bank', 'Clearingnummer: 6152\nKontonummer: 2841\n'],
    ['a blank line between the parts', 'Clearingnummer: 6152\n\nKontonummer: 284 117 903\n'],
    ['other labels', 'Projekt: 6152\nOrdernummer: 284 117 903\n'],
  ])('no finding: %s', (_label, text) => {
    expect(scan(text, [bankAccount])).toEqual([]);
  });

  it('the same request through every recognizer warns, never blocks', () => {
    const text =
      'Hej,\n\nHan vill ha reseersättningen till sitt konto:\n\nKontoinnehavare: Gunnar Holmberg\n' +
      'Clearingnummer: 6152\nKontonummer: 284 117 903\n\nBelopp: 2 840 kr\n';
    const findings = scan(text, DEFAULT_RECOGNIZERS);
    expect(findings.filter((f) => f.type === 'se-bank-account').map((f) => f.severity)).toEqual(['personal']);
    expect(findings.filter((f) => f.severity === 'sensitive')).toEqual([]);
  });

  it('keeps the clearing number visible and masks the account in the single-line shapes too', () => {
    const [hit] = scan('Mitt kontonummer är 8327-9, 123 456 789-0 (Swedbank).', [bankAccount]);
    expect(hit?.masked).toBe('8327-*, *** *** ***-*');
  });
});
