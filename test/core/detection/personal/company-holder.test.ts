import { analyze, DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { env } from './helpers';
import { scan } from '../sensitive-terms/scan';

function financial(text: string): string[] {
  return scan(text, DEFAULT_RECOGNIZERS)
    .filter((f) => f.category === 'financial')
    .map((f) => f.type);
}

describe("a company's bank details are not personal data", () => {
  it.each([
    ['Nordlys Elektronikk AS\nOrg.nr. 918273646\nIBAN NO93 8601 1117 947, BIC DNBANOKK'],
    ['Please pay the supplier invoice, EUR 12 400, to IBAN DE89 3704 0044 0532 0130 00.'],
    ['Komponent Oy (Y-tunnus 1234567-8), IBAN FI21 1234 5600 0007 85'],
    // a venue's prepayment and a payment advice are paid to businesses
    ['For finance: the venue wants 50 % prepayment, DKK 14 500, to DK92 5301 0004 7927 16, ref. NES-0603.'],
    ['PAYMENT ADVICE\nBeneficiary:  Feldmann Automation GmbH\nIBAN:         DE16 2005 0550 1382 7461 90'],
    // a quote's footer: the account beside a bankgiro is the business's
    ['Bankgiro 5471-2831  |  IBAN SE59 5000 0000 0543 9102 5418  |  BIC ESSESESS'],
    // an institution named over it
    ['  University of Leeds (PIC 999975620)\n  IBAN GB71 BARC 2003 5378 4120 66'],
    // the writer's company's own account
    ['Ersättning önskas till vårt konto i SEB:\nIBAN SE79 5000 0000 0583 1704 7290, BIC ESSESESS'],
    // an account called the company's
    ['Invoice in NOK to our Oslo branch (DNB, company account NO07 1503 7748 215).'],
    // a table whose columns name the supplier and its organisation number: every row is a company's
    [
      'Betalingsforslag:\n\n  Leverandør            Org.nr        Faktura   Konto           Beløp\n  Nettverkshuset AS     987 654 325   NH-2231   3201.47.75209    58 900,00\n',
    ],
  ])('%j: no finding', (text) => {
    expect(financial(text)).toEqual([]);
  });

  it.each([
    ['Min lön ska in på IBAN NO93 8601 1117 947 från och med nu.'],
    // a company named in another paragraph does not hide a person's account
    ['Leverantören är Komponent AB.\n\nAnnas eget konto: IBAN DE89 3704 0044 0532 0130 00'],
    // the writer's own account, whatever invoice is paid back
    [
      'Jeg har betalt faktura 60041877 to gange. Send den ene betaling tilbage til min konto:\n\nMalene Vinther\nIBAN DK44 5370 0001 4982 13',
    ],
    // a refund to a person after a venue is named in another sentence
    ['The venue was cancelled.\n\nRefund to Sara, her IBAN DK92 5301 0004 7927 16.'],
    // a company account someone lacks, and their own account named
    ['She has no company account yet, so pay the refund to her own account: DK17 3000 3498 7654 32.'],
  ])('%j: the account is a person’s', (text) => {
    expect(financial(text)).toContain('iban');
  });
});

describe('numbers people report as their own', () => {
  function types(text: string): string[] {
    return scan(text, DEFAULT_RECOGNIZERS).map((f) => f.type);
  }

  it.each([
    ['En pääse kirjautumaan kotoa. IP-osoitteeni on 85.76.142.19, jos siitä on apua.', 'ip-address'],
    ['Your site keeps blocking the address 85.76.142.19 since Monday.', 'ip-address'],
    ['Greg said we can reach him at home if the PO is at risk: (312) 555-0176.', 'phone-number'],
    ['Call Sarah on 020 7946 0018 tomorrow.', 'phone-number'],
  ])('%j → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });

  it.each(['Point the gateways at the NTP server 194.58.200.20.', 'Firmware 3.1.2.4 is on the gateway.'])(
    '%j: no personal IP',
    (text) => {
      expect(types(text)).not.toContain('ip-address');
    },
  );
});

describe('the subject is the body’s title', () => {
  const body = 'Hei,\n\nMaksamme tilille FI21 1234 5600 0007 85 (Nordea), kuten sopimuksessa.\n\nHeidi';
  const ibans = (title: string): string[] =>
    analyze({ text: body, title }, env(), DEFAULT_RECOGNIZERS)
      .findings.filter((f) => f.category === 'financial')
      .map((f) => f.type);

  it('an invoice in the subject makes the account the issuer’s', () => {
    expect(ibans('Lasku 2026-0412 / viitenumero ei täsmää')).toEqual([]);
  });

  it('a subject about something else leaves it a person’s', () => {
    expect(ibans('Kulukorvaus maaliskuu')).toEqual(['iban']);
  });

  it('a freelancer in the subject outweighs the invoice there', () => {
    const text =
      'Hi AP,\n\nHe has no business account, so please pay to his own:\nIBAN: GB54 BARC 2006 5584 7300 61';
    const found = analyze({ text, title: 'Payment of invoice 2026-11 – freelancer Oliver Grant' }, env(), [
      ...DEFAULT_RECOGNIZERS,
    ]).findings.filter((f) => f.category === 'financial');
    expect(found.map((f) => f.reasons)).toEqual([expect.arrayContaining(['title:freelance*'])]);
  });
});
