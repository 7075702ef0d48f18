import {
  bankAccount,
  bankgiro,
  noBankAccount,
  plusgiro,
  personalDataRecognizers,
} from '../../../../src/core/detection/recognizers/personal';
import { libphonenumberPhones } from '../../../../src/core/detection/recognizers/personal/libphonenumber-phones';
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { scan, trickyCase, values } from './helpers';

const PERSONAL_DATA_RECOGNIZERS = personalDataRecognizers(libphonenumberPhones);

const WITH_SUPPRESSORS = [bankgiro, plusgiro, bankAccount];

describe('se-bank-account', () => {
  it.each([
    [
      'Swedbank 5-digit clearing, valid',
      'Mitt kontonummer är 8424-4, 983 189 224-6 (Swedbank).',
      '8424-4, 983 189 224-6',
      ['checksum', 'keyword:kontonummer'],
    ],
    [
      'Handelsbanken 9 digits, valid',
      'Handelsbanken clearing 6789, 123 456 789',
      '6789, 123 456 789',
      ['checksum', 'keyword:clearing'],
    ],
    [
      'Multitude type 1, valid',
      'Lönen går till konto 9071, 417 23 83 tack',
      '9071, 417 23 83',
      ['checksum', 'keyword:konto'],
    ],
    [
      'Klarna unbroken 11 digits, valid',
      'Please pay to account no 97891111113',
      '97891111113',
      ['checksum', 'keyword:account no'],
    ],
    [
      'Swedbank shape of the brief, check digit unverified',
      'Mitt kontonummer är 8327-9, 123 456 789-0 (Swedbank).',
      '8327-9, 123 456 789-0',
      ['weak:check-digit-unverified', 'keyword:kontonummer'],
    ],
    [
      'Nordea type 1, check digit unverified',
      'Lönen sätts in på konto 1234-12 345 67',
      '1234-12 345 67',
      ['weak:check-digit-unverified', 'keyword:konto'],
    ],
    [
      'SEB with spaces, check digit unverified',
      'Bankkonto: 5001 12 345 67',
      '5001 12 345 67',
      ['weak:check-digit-unverified', 'keyword:bankkonto'],
    ],
  ])('finds %s', (_name, text, value, reasons) => {
    const findings = scan(text, WITH_SUPPRESSORS);
    expect(values(findings)).toEqual([value]);
    expect(findings[0]?.category).toBe('financial');
    expect(findings[0]?.reasons).toEqual(reasons);
  });

  it('scores a verified check digit above an unverified one', () => {
    const verified = scan('konto 9071, 417 23 83', WITH_SUPPRESSORS)[0]?.score ?? 0;
    const unverified = scan('konto 9071, 417 23 84', WITH_SUPPRESSORS)[0]?.score ?? 0;
    expect(verified).toBeGreaterThan(unverified);
    expect(unverified).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['no account keyword', 'Ring 1234-12 345 67 om du har frågor'],
    ['valid check digit but no keyword', 'Referens 9071, 417 23 83 i systemet'],
    ['unassigned clearing range', 'Konto 9999-12 345 67'],
    ['account too short', 'Konto 1234-12 345'],
    ['an article number after konto-word is demoted', 'Kontot för artikelnr 5001 12 345 67'],
    ['clearing starting with 0', 'Konto 0123-12 345 67'],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, WITH_SUPPRESSORS)).toEqual([]);
  });
});

describe('no-bank-account', () => {
  it.each([
    // The BBAN of the SWIFT registry's Norwegian IBAN example NO93 8601 1117 947.
    ['dotted, registry example', 'Kontonummer 8601.11.17947 i DNB', '8601.11.17947'],
    ['spaced', 'Lønn til bankkonto 1234 56 78903', '1234 56 78903'],
  ])('finds %s', (_name, text, value) => {
    const findings = scan(text, [noBankAccount]);
    expect(values(findings)).toEqual([value]);
    expect(findings[0]?.category).toBe('financial');
    expect(findings[0]?.reasons[0]).toBe('checksum');
  });

  it.each([
    ['mod-11 fails', 'Kontonummer 1234.56.78904'],
    ['no keyword', 'Referanse 8601.11.17947'],
    ['unbroken (fødselsnummer shape)', 'Kontonummer 86011117947'],
    ['mixed separators', 'Kontonummer 8601.11 17947'],
    ['part of a longer dotted number', 'Konto 1.8601.11.17947'],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [noBankAccount])).toEqual([]);
  });
});

describe('bankgiro and plusgiro suppressors', () => {
  it.each([
    ['bankgiro (tricky case)', trickyCase('Bankgiro 505-0109').text],
    ['plusgiro (tricky case)', trickyCase('Plusgiro 4470-1').text],
    ['bankgiro as BG', 'Betala till BG 5555-5551 senast 30 dagar netto.'],
    ['plusgiro in pairs', 'PG 12 34 56-7 används inte längre'],
  ])('are never reported: %s', (_name, text) => {
    expect(scan(text, PERSONAL_DATA_RECOGNIZERS)).toEqual([]);
    expect(scan(text, DEFAULT_RECOGNIZERS)).toEqual([]);
  });

  it.each([
    ['bankgiro keyword required', 'Ring 555-5551 nu', bankgiro],
    ['bankgiro Luhn required', 'Bankgiro 5555-5552', bankgiro],
    ['plusgiro keyword required', 'Rum 4470-1', plusgiro],
  ])('do not match without their evidence: %s', (_name, text, recognizer) => {
    // A suppressor that fired would remove this overlapping probe finding.
    const probe = {
      id: 'se-bank-account' as const,
      category: 'financial' as const,
      patterns: [{ name: 'digits', regex: /\d{3,4}-\d{1,4}/g, score: 0.9 }],
    };
    expect(values(scan(text, [recognizer, probe]))).toHaveLength(1);
  });

  it('removes an overlapping finding when they fire', () => {
    const probe = {
      id: 'se-bank-account' as const,
      category: 'financial' as const,
      patterns: [{ name: 'digits', regex: /\d{3,4}-\d{1,4}/g, score: 0.9 }],
    };
    expect(scan('Bankgiro 5555-5551', [bankgiro, probe])).toEqual([]);
    expect(scan('Plusgiro 4470-1', [plusgiro, probe])).toEqual([]);
  });
});
