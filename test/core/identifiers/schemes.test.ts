// One table per scheme: valid numbers in every written form, a wrong check digit, an impossible date,
// other failures, and the print form. Vectors are published test numbers (Skatteverket, Skatteetaten,
// CPR-kontoret, DVV, the card networks' test PANs, ISO 13616's example IBANs) or built here with a
// wrong digit on purpose.
import {
  cpr,
  fodselsnummer,
  hetu,
  iban,
  interimsnummer,
  organisationsnummer,
  paymentCard,
  personnummer,
  samordningsnummer,
  type Failure,
} from '../../../src/core/identifiers';

const TODAY = { year: 2026, month: 12, day: 5 };

/** `valid`/`weak`, or the failed check, of a result. */
function verdict(r: { kind: string; reason?: Failure }): string {
  return r.kind === 'invalid' ? (r.reason ?? '') : r.kind;
}

describe('se/personnummer', () => {
  it.each([
    ['811218-9876', 'valid'],
    ['8112189876', 'valid'],
    ['19811218-9876', 'valid'],
    ['198112189876', 'valid'],
    ['121212+1212', 'valid'],
    ['000229-2399', 'valid'],
    ['811218-9877', 'checksum'],
    ['811318-9875', 'date'], // month 13, Luhn right
    ['810230-9872', 'date'], // 30 February, Luhn right
    ['20121212+1212', 'date'], // '+' says 100 or older, the year says 14
    ['811218-000X', 'format'],
    ['811218-0009', 'component'], // birth number 000 is never issued
    ['701063-2391', 'date'], // a samordningsnummer is not a personnummer
  ])('%s → %s', (value, expected) => {
    expect(verdict(personnummer.validate(value, TODAY))).toBe(expected);
  });

  it.each([
    ['8112189876', '811218-9876', '19811218-9876'],
    ['19811218-9876', '811218-9876', '19811218-9876'],
    ['191212121212', '121212+1212', '19121212-1212'], // 100 or older: '+'
    ['121212-1212', '121212-1212', '20121212-1212'],
    ['20000229-2399', '000229-2399', '20000229-2399'],
  ])('formats %s as %s and %s', (value, short, long) => {
    expect(personnummer.format(value, TODAY)).toBe(short);
    expect(personnummer.formatLong(value, TODAY)).toBe(long);
  });

  it('compacts separators away and formats nothing invalid', () => {
    expect(personnummer.compact(' 811218-9876\n')).toBe('8112189876');
    expect(personnummer.format('811218-9877', TODAY)).toBeNull();
    expect(personnummer.formatLong('811218-9877', TODAY)).toBeNull();
  });

  it('gives every stored spelling for a search, none for an invalid number', () => {
    expect(personnummer.searchForms(' 19811218-9876 ', TODAY)).toEqual([
      '811218-9876',
      '8112189876',
      '19811218-9876',
      '198112189876',
    ]);
    expect(personnummer.searchForms('811218-9877', TODAY)).toEqual([]);
    expect(personnummer.searchForms('Anna Berg', TODAY)).toEqual([]);
  });

  it('says what a valid number encodes', () => {
    const r = personnummer.validate('811218-9876', TODAY);
    expect(r.kind === 'valid' && r.parsed.birth).toEqual({ year: 1981, month: 12, day: 18 });
  });
});

describe('se/samordningsnummer', () => {
  it.each([
    ['701063-2391', 'valid'],
    ['701063-2392', 'checksum'],
    ['811218-9876', 'date'], // day 18 is a personnummer's
  ])('%s → %s', (value, expected) => {
    expect(verdict(samordningsnummer.validate(value, TODAY))).toBe(expected);
  });

  it('formats with the day as written and the full year', () => {
    expect(samordningsnummer.format('7010632391', TODAY)).toBe('701063-2391');
    expect(samordningsnummer.formatLong('701063-2391', TODAY)).toBe('19701063-2391');
    expect(samordningsnummer.searchForms('701063-2391', TODAY)).toContain('197010632391');
  });
});

describe('se/interimsnummer', () => {
  it.each([
    ['850709-T125', 'valid'],
    ['850709-T123', 'checksum'],
    ['850709-9805', 'format'], // a personnummer has no letter
  ])('%s → %s', (value, expected) => {
    expect(verdict(interimsnummer.validate(value, TODAY))).toBe(expected);
  });

  it('compacts to upper case', () => {
    expect(interimsnummer.compact('850709-t125')).toBe('850709T125');
  });
});

describe('se/organisationsnummer', () => {
  it.each([
    ['556016-0680', 'valid', '556016-0680'],
    ['5560160680', 'valid', '556016-0680'],
    ['165560160680', 'valid', '556016-0680'],
    ['SE556016068001', 'valid', '556016-0680'],
    ['556016-0681', 'checksum', null],
    ['850709-9805', 'component', null], // a personnummer's month
    ['SE556016068002', 'length', null],
  ])('%s → %s, printed %s', (value, expected, printed) => {
    expect(verdict(organisationsnummer.validate(value))).toBe(expected);
    expect(organisationsnummer.format(value)).toBe(printed);
  });

  it('compacts every written form to the ten digits', () => {
    expect(organisationsnummer.compact('SE 5560160680 01')).toBe('5560160680');
    expect(organisationsnummer.compact('16556016-0680')).toBe('5560160680');
  });
});

describe('no/fodselsnummer', () => {
  it.each([
    ['01010101006', 'valid'],
    ['130972 48022', 'valid'],
    ['01010101007', 'checksum'],
    ['31020101006', 'date'], // 31 February
    ['02013299997', 'date'], // born 2032: in the future
    ['0101010100', 'format'],
  ])('%s → %s', (value, expected) => {
    expect(verdict(fodselsnummer.validate(value, TODAY))).toBe(expected);
  });

  it('prints DDMMYY IIIKK and compacts the space away', () => {
    expect(fodselsnummer.format('13097248022', TODAY)).toBe('130972 48022');
    expect(fodselsnummer.compact('130972 48022')).toBe('13097248022');
    expect(fodselsnummer.format('01010101007', TODAY)).toBeNull();
  });
});

describe('dk/cpr', () => {
  it.each([
    ['070761-4285', 'valid'],
    ['0707614285', 'valid'],
    ['070761-4286', 'weak'], // mod 11 is not guaranteed since 2007
    ['320261-4285', 'date'],
    ['070761-428', 'length'],
    ['07O761-4285', 'format'],
  ])('%s → %s', (value, expected) => {
    expect(verdict(cpr.validate(value, TODAY))).toBe(expected);
  });

  it('names why a number without mod 11 is weak, and prints DDMMYY-SSSS', () => {
    expect(cpr.validate('070761-4286', TODAY)).toMatchObject({ kind: 'weak', why: 'no-mod11-since-2007' });
    expect(cpr.format('0707614285', TODAY)).toBe('070761-4285');
  });
});

describe('fi/hetu', () => {
  it.each([
    ['131052-308T', 'valid'],
    ['010594Y9021', 'valid'], // a 2023 century sign
    ['131052-308U', 'checksum'],
    ['310252-308Y', 'date'], // 31 February, check character right
    ['290200-1239', 'date'], // 1900 was no leap year
    ['131052308T', 'format'],
    ['131052-308TT', 'length'],
  ])('%s → %s', (value, expected) => {
    expect(verdict(hetu.validate(value, TODAY))).toBe(expected);
  });

  it('prints the number as DVV writes it', () => {
    expect(hetu.format(' 131052-308T', TODAY)).toBe('131052-308T');
    expect(hetu.format('131052-308U', TODAY)).toBeNull();
  });
});

describe('payment card', () => {
  it.each([
    ['4111 1111 1111 1111', 'valid', '4111 1111 1111 1111'],
    ['5555555555554444', 'valid', '5555 5555 5555 4444'],
    ['378282246310005', 'valid', '3782 822463 10005'],
    ['4111111111111112', 'checksum', null],
    ['1234567812345670', 'component', null], // no network issues 1…
    ['4111-1111', 'length', null],
    ['4111 1111 1111 111x', 'format', null],
  ])('%s → %s, printed %s', (value, expected, printed) => {
    expect(verdict(paymentCard.validate(value))).toBe(expected);
    expect(paymentCard.format(value)).toBe(printed);
  });

  it('names the network', () => {
    const r = paymentCard.validate('378282246310005');
    expect(r.kind === 'valid' && r.parsed.network).toBe('amex');
  });
});

describe('iban', () => {
  it.each([
    ['SE45 5000 0000 0583 9825 7466', 'valid', 'SE45 5000 0000 0583 9825 7466'],
    ['gb82west12345698765432', 'valid', 'GB82 WEST 1234 5698 7654 32'],
    ['SE4550000000058398257467', 'checksum', null],
    ['SE455000000005839825746', 'length', null],
    ['XX4550000000058398257466', 'component', null],
    ['SE45 5000 0000 0583 9825 746!', 'format', null],
  ])('%s → %s, printed %s', (value, expected, printed) => {
    expect(verdict(iban.validate(value))).toBe(expected);
    expect(iban.format(value)).toBe(printed);
  });
});
