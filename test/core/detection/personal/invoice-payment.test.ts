/**
 * Bank numbers given to pay or query an invoice are the issuer's, a business's: in the sentence, or under
 * a document title such as "FAKTURA". A person's account (refund, expense, salary) stays personal data.
 */
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { scan } from '../sensitive-terms/scan';
import { ibanRecognizer } from '../../../../src/core/detection/recognizers/personal';
import { env, scan as personalScan } from './helpers';

function financial(text: string): string[] {
  return scan(text, DEFAULT_RECOGNIZERS)
    .filter((f) => f.category === 'financial')
    .map((f) => f.type);
}

describe('an invoice is paid to a business', () => {
  it.each([
    ['Faktura 2026-1187 är betald till ert konto\n9710.05.01248 i dag.'],
    ['Er det rigtigt at jeres nye IBAN er DK50 0040 0440 1162 43 ifølge fakturaen?'],
    ['Forfaldsdato: 15-01-2027\nReg.nr. 2191, kontonr. 6278 445 120'],
    ['Please confirm the IBAN on the credit note: DE89 3704 0044 0532 0130 00.'],
    // the document's title says what every line of it is
    [
      'FAKTURA 88123045\nKunde: Vinnter AB\n\n40 stk. LoRa-modul\nI alt DKK 3.100,00\n\nBetaling til IBAN DK50 0040 0440 1162 43',
    ],
    ['LASKU 2026-77\n\nTilisiirto IBAN FI21 1234 5600 0007 85'],
    // Finnish "lasku" with a possessive ending; "our account" in Norwegian
    ['Edellinen laskunne nro 55012 maksettiin tänään tilillenne FI21 1234 5600 0007 85.'],
    ['Betaling som før til vår konto i Norge: 9710.05.01248.'],
    // the holder's VAT number after the account, or the account called the company's
    ['We have your account as IBAN SE45 5000 0000 0583 9825 7466, VAT no. SE559147203901.'],
    ['5. Konto: eksisterende driftskonto 3201.44.58211 videreføres.'],
    ['Udbyttet udbetales fra selskabets konto i Danske Bank (reg.nr. 3000, kontonr. 0012749861).'],
    // a supplier's record in the list's lead-in
    [
      'We have updated your supplier record (supplier no. 20418):\n\n  Old account:   DE47 1007 0024 6900 7200 31\n  New account:   DE89 3704 0044 0532 0130 00',
    ],
    // invoices in the plural, in every language's form
    ['Ni har betalat tidigare fakturor från SE45 5000 0000 0583 9825 7466, har ni bytt konto?'],
    ['Dere har betalt fakturaene fra NO93 8601 1117 947 før.'],
    // the holder in brackets is a company
    ['Betaling til IBAN DK50 0040 0440 1162 43 (Vinnter ApS), CVR 41228760'],
  ])('%j: no finding', (text) => {
    expect(financial(text)).toEqual([]);
  });

  it.each([
    ['Refundera Annas utlägg till IBAN DE89 3704 0044 0532 0130 00, tack.', 'iban'],
    // an invoice from a freelancer paid to her own account, said in so many words
    [
      'Please pay the invoice from our translator. She has no company, so it goes to her private account:\n\nRecipient: Katharina Vogel\nIBAN: DE89 3704 0044 0532 0130 00',
      'iban',
    ],
    ['Lønnen hans går til konto 9710.05.01248 fra neste måned.', 'no-bank-account'],
    // a bank in brackets is where the person's account is kept
    ['Overfør til hans konto: IBAN DK50 0040 0440 1162 43 (Danske Bank).', 'iban'],
    // an invoice in another paragraph says nothing about this account
    ['Fakturaen er betalt.\n\nFrederiks egen konto: reg.nr. 5470 kontonr. 0004 281 937', 'dk-bank-account'],
    // a long first line is running text, not a title
    [
      'Faktura och kvitto för resan ligger i systemet, men själva utlägget vill jag ha tillbaka nu\n\nMitt konto: IBAN DE89 3704 0044 0532 0130 00',
      'iban',
    ],
    // a person not set up as a supplier, paid to her private account, though the lead-in names the word
    [
      'Han er ikke oprettet som leverandør, så han har bedt om at få pengene på sin private konto:\n\n  Kontohaver: Jakob Thomsen\n  IBAN:       DK50 0040 0440 1162 43',
      'iban',
    ],
  ])('%j: a person’s account (%s)', (text, type) => {
    expect(financial(text)).toContain(type);
  });
});

describe('Danish accounts are written with their registreringsnummer', () => {
  it.each([
    ['Overfør til hans konto: reg.nr. 5470 kontonr. 0004 281 937 (Jyske Bank).'],
    ['Reg. nr.: 5470\nKontonummer: 0004281937'],
    ['Registreringsnummer 9570, konto 12345678'],
    ['Refunder 780 kr til Tobias Lund: reg. 1551 konto 3245678901. Tak'],
  ])('%j → dk-bank-account', (text) => {
    expect(financial(text)).toEqual(['dk-bank-account']);
  });

  it.each([
    // no registreringsnummer label: any two numbers
    ['Ordre 5470 0004281937 er sendt.'],
    ['Bilen har reg.nr. AB 12 345.'],
    ['Reg.nr. 5470 på side 2.'],
    ['Bilen kører på reg. 1551 fra i dag.'],
  ])('%j: no finding', (text) => {
    expect(financial(text)).toEqual([]);
  });

  it('masks the account and keeps the bank', () => {
    const found = scan('Hans konto: reg.nr. 5470 kontonr. 0004 281 937', DEFAULT_RECOGNIZERS);
    expect(found.map((f) => f.masked)).toEqual(['reg.nr. 5470 kontonr. **** *** ***']);
  });
});

describe('the company’s own account, named as the payee', () => {
  const own = env({ ownDomains: ['vinnter.se'] });
  const ibans = (text: string): string[] => personalScan(text, [ibanRecognizer], own).map((f) => f.type);

  it.each([
    ['Betaling til Vinnter, Danske Bank reg. 3409 kto. 4471 0988 12 / IBAN DK22 3409 4471 0988 12.'],
    ['Payee: Vinnter, IBAN DE89 3704 0044 0532 0130 00'],
    // Finnish names the payee in the allative
    ['Maksut Vinnterille edelleen tilille FI72 5790 1320 0042 18, viite 20260312.'],
    // ...or as the account's owner, in the genitive
    ['Betaling af driftsafgiften sker til Vinnters konto DK22 3409 4471 0988 12.'],
    ["Please pay into Vinnter's account, IBAN DE89 3704 0044 0532 0130 00."],
  ])('%j: no finding', (text) => {
    expect(ibans(text)).toEqual([]);
  });

  it.each([
    ['Refunder til Anna, IBAN DK22 3409 4471 0988 12.'],
    // a sole trader's invoice is paid to a person
    ['Frilans-översättarens faktura 12 betalas till IBAN DE89 3704 0044 0532 0130 00.'],
    // the company paying someone is not the company's account
    ['Vinnter betaler lønnen til IBAN DK22 3409 4471 0988 12.'],
    ['Vinnter maksaa palkan Annalle tilille FI72 5790 1320 0042 18.'],
    ['Vinnters löner går ut den 25:e; Annas konto är IBAN DE89 3704 0044 0532 0130 00.'],
  ])('%j: a person’s account', (text) => {
    expect(ibans(text)).toEqual(['iban']);
  });
});
