/**
 * Structure as context for keywords and for whose data it is: a list's lead-in line (bulleted, or a colon
 * line over plain lines or over an HTML table's rows) counts like a column header; a compound headed by an
 * office word is an office; labelled bank parts on one line; file names that glue a name to a number.
 */
import { DEFAULT_RECOGNIZERS } from '../../../src/core/detection';
import { scan } from './sensitive-terms/scan';

const types = (text: string): string[] =>
  scan(text, DEFAULT_RECOGNIZERS)
    .filter((f) => f.severity !== 'info' && f.category !== 'name')
    .map((f) => f.type);

describe('structure gives context', () => {
  it.each([
    ['Fødselsdagene i teamet:\nLouise Friis 3. februar 1995\nKasper Lund 8. august 1991', 'date-of-birth'],
    ['Som lovet, fødselsdagene i DK-teamet:\n \n  Louise Friis   3. februar 1995', 'date-of-birth'],
    ['Pasoplysninger:\n • Ida Lauridsen, pasnr. 208455371, udløber 2031-05-12', 'identity-document'],
    ['Utlägget betalas till hennes konto, clearing 8327-9, kontonr 934 215 876-3.', 'se-bank-account'],
    ['adgangskort_LouiseFriis_090386-2745.txt', 'dk-cpr'],
    ['använd mitt privata kort\n\n4532 0145 6781\n2342  exp 09/28  cvc 417', 'payment-card'],
    // the label opening the next line is that line's: "Tlf:" does not make the number above a phone
    ['Fødselsnummer (til søknaden): 12034143313\nTlf: 67 07 31 92 (fasttelefon)', 'no-fodselsnummer'],
  ])('%j → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  it.each([
    // an invoice's lead-in says whose account it is
    ['Lasku hyväksytty maksuun:\nToimittaja:\tTampereen Piiri Oy\nTilinumero:\tFI21 1234 5600 0007 85'],
    // a date under a lead-in about meetings is a meeting
    ['Möten i höst:\nAnna Berg 3 februari 1995'],
  ])('%j: no finding', (text) => {
    expect(types(text)).toEqual([]);
  });

  it('an office compound right before an address makes it the office’s', () => {
    const found = scan(
      'Två lådor till Stockholmskontoret,\nKungsgatan 37, 111 56 Stockholm',
      DEFAULT_RECOGNIZERS,
    );
    expect(found.filter((f) => f.type === 'postal-address')).toEqual([]);
  });

  it('an office word elsewhere in the sentence only lowers it', () => {
    const found = scan(
      'Hon jobbar på Stockholmskontoret men bor på Kungsgatan 37, 111 56 Stockholm',
      DEFAULT_RECOGNIZERS,
    );
    expect(found.find((f) => f.type === 'postal-address')?.reasons).toContain('negative:kontoret');
  });
});
