import { identityDocument } from '../../../../src/core/detection/recognizers/national-id';
import { found, scan } from './helpers';

describe('identity-document', () => {
  it.each([
    ['Passnummer: 12345678, giltigt till 2029-05-01', '12345678', 'keyword:passnummer'],
    ['Mitt pass 87654321 går ut i maj', '87654321', 'keyword:pass'],
    ['Passport no. XP8271602 (Finland)', 'XP8271602', 'keyword:passport no'],
    ['Her pasnummer er 123456789', '123456789', 'keyword:pasnummer'],
    ['Kopia på körkortet bifogas, körkortsnummer 90123456', '90123456', 'keyword:körkortet'],
    ['Nationellt id-kort 55512345 utfärdat av Polisen', '55512345', 'keyword:nationellt id-kort'],
    ['Førerkort: C1234567', 'C1234567', 'keyword:førerkort'],
    // Finnish inflects the noun: the genitive "passin" is the usual label.
    ['Passin numero: FP4418273', 'FP4418273', 'keyword:passin numero'],
    ['Passissa on numero FP4418273, voimassa 2028 asti', 'FP4418273', 'keyword:passissa'],
    // the travel trade's abbreviation
    ['Traveller: Jens Hedlund, PP# 87305192, exp. 2030-11-02', '87305192', 'keyword:pp#'],
    // Finnish writes "passport number" as one word; residence permit cards carry a document number too
    ['Passinumero FP4418273', 'FP4418273', 'keyword:passinumero'],
    ['Uppehållstillståndskort nr: SE1234567 för Ahmed.', 'SE1234567', 'keyword:uppehållstillstånd*'],
    ['Oppholdskort nummer 12345678 for Ali.', '12345678', 'keyword:oppholdskort*'],
  ])('%s', (text, value, keyword) => {
    const [hit] = scan(text, [identityDocument]);
    expect(hit?.value).toBe(value);
    expect(hit?.category).toBe('identity-document');
    expect(hit?.reasons).toEqual(['weak:no-check-digit', keyword]);
    expect(hit?.masked).toBe(value.slice(0, 2) + '*'.repeat(value.length - 2));
  });

  it.each([
    ['no keyword', 'Vi har 12345678 rader i tabellen'],
    ['"pass" as an English verb far away', 'Did the build pass? Run 12345678 is green'],
    ['expiry date next to the keyword', 'Passet går ut 20291105'],
    ['order number after the keyword', 'Passnummer saknas, order 12345678'],
    ['too short', 'Passnummer 1234567'],
    ['"passin" far before, another number', 'Passin kuva tulee myöhemmin.\n\nTilausnumero FP4418273'],
  ])('no finding: %s', (_name, text) => {
    expect(found(text, [identityDocument])).toEqual([]);
  });
});

describe('identity-document: a passport’s machine-readable zone', () => {
  const PASTED =
    'His scan was too blurry, so I copied the bottom lines:\n\nP<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n';

  it('finds the second line by its check digits, with no document word', () => {
    const [hit] = scan(PASTED, [identityDocument]);
    expect(hit?.value).toBe('L898902C36UTO7408122F1204159ZE184226B<<<<<10');
    expect(hit?.explanation.pattern).toBe('passport-mrz');
    expect(hit?.reasons).toEqual(['checksum']);
    expect(hit?.masked).not.toContain('L898902C3');
  });

  it.each([
    ['one check digit off', 'L898902C37UTO7408122F1204159ZE184226B<<<<<10'],
    ['a 44-character code of another kind', 'ABCDEFGHI1XYZ1234567M1234567ABCDEFGHIJKLMN12'],
  ])('no finding: %s', (_name, text) => {
    expect(found(text, [identityDocument])).toEqual([]);
  });
});

describe('identity-document: a British driving licence number', () => {
  it.each([
    ['a car hire form', 'Licence no.: HARRI707158DJ9AB\nDVLA check code: Xk7P2mQa', 'HARRI707158DJ9AB'],
    ['no document word', 'Hers is MORGA753116SM9IJ, issued 2019.', 'MORGA753116SM9IJ'],
    ['a short surname padded with 9', 'Driver: MAY99612204J99AB', 'MAY99612204J99AB'],
  ])('finds %s by its structure', (_name, text, value) => {
    const [hit] = scan(text, [identityDocument]);
    expect(hit?.value).toBe(value);
    expect(hit?.explanation.pattern).toBe('gb-driving-licence');
  });

  it.each([
    ['a month that does not exist', 'Part no ABCDE123456FG7HI in stock'],
    ['a day that does not exist', 'Ref MORGA702326SM9IJ'],
    ['lower case, a token in a URL', 'https://example.com/morga753116sm9ij'],
    ['longer than sixteen', 'Key MORGA753116SM9IJX'],
  ])('no finding: %s', (_name, text) => {
    expect(found(text, [identityDocument])).toEqual([]);
  });
});
