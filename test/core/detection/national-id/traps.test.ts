import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { NATIONAL_ID_RECOGNIZERS } from '../../../../src/core/detection/recognizers/national-id';
import { checkDigit, isValid as luhnValid } from '../../../../src/core/identifiers/checksums/luhn';
import { found, loadVectors, scan, withLuhn } from './helpers';

// Seed cases: seeds/tricky_cases.json (Mail Guard's own curation). Expected national-id findings by text;
// a case missing here expects none.
interface TrickyCase {
  text: string;
  expect: string;
}
const cases = loadVectors<{ cases: TrickyCase[] }>('seeds/tricky_cases.json').cases;
const EXPECTED: { readonly [text: string]: readonly string[] } = {
  'pnr 190905271474 / 090527+1474': ['se-personnummer 190905271474', 'se-personnummer 090527+1474'],
  'Interimsnummer 000101-T220': ['se-interimsnummer 000101-T220'],
  'samordningsnr 191500722390': ['se-samordningsnummer 191500722390'],
  'Fødselsnummer 13097248022': ['no-fodselsnummer 13097248022'],
  'CPR 130672-9647': ['dk-cpr 130672-9647'],
  'HETU 010594Y9032': ['fi-hetu 010594Y9032'],
};
const IDENTITY = ['national-id', 'identity-document'];

describe('tricky cases (seed list)', () => {
  it.each(cases.map((c) => [c.text, c.expect]))('%s → %s', (text) => {
    expect(found(text)).toEqual(EXPECTED[text] ?? []);
  });

  it.each(cases.map((c) => [c.text]))('%s: the same through DEFAULT_RECOGNIZERS', (text) => {
    const ids = scan(text, DEFAULT_RECOGNIZERS).filter((f) => IDENTITY.indexOf(f.category) >= 0);
    expect(ids.map((f) => `${f.type} ${f.value}`)).toEqual(EXPECTED[text] ?? []);
  });

  it('the phone number trap really validates as a samordningsnummer (so the test means something)', () => {
    expect(luhnValid('0701740607')).toBe(true);
    expect(found('samordningsnummer 0701740607')).toEqual(['se-samordningsnummer 0701740607']);
    expect(found('Order 2103150013 skickad'.replace('Order', 'Personnummer'))).toEqual([
      'se-personnummer 2103150013',
    ]);
  });
});

/** A YYYYMMDDhhmm timestamp whose last ten digits pass Luhn: a real personnummer look-alike. */
const stamp = `2024110512${3}${checkDigit('241105123')}`;

describe('false-positive traps: valid-looking numbers that are not personal', () => {
  it.each([
    ['phone, "ring" before', 'Ring 0701740607 imorgon'],
    ['phone, even with "personnummer" after it', 'Ring 0701740607 imorgon angående ditt personnummer'],
    ['order number, separated and valid', 'Ordernr 850709-9805 är skickad'],
    ['invoice', 'Faktura 850709-9805 förfaller 30 dagar netto'],
    ['OCR reference', 'Betala med OCR 8507099805'],
    ['customer number', 'Kundnr: 850709-9805'],
    ['ticket', 'Ticket 850709-9805 closed'],
    ['serial', 'Serial no. 19850709-9805'],
    ['IMEI', 'IMEI 490154203237518'],
    ['ICCID', 'ICCID 8946071234567890123'],
    ['timestamp 12 digits', `Loggfil skapad ${stamp} av servern`],
    ['timestamp 14 digits', 'Loggfil skapad 20241105123045 av servern'],
    ['ISO date', 'Mötet är 2024-05-12 kl 10'],
    ['compact date and time, Luhn-valid', `Mötet flyttat till ${withLuhn('20241105 123')} enligt kalendern`],
    ['ISO datetime', 'Deploy 2024-11-05T12:30:45Z'],
    ['phone 070-xxx xx xx', 'Nå mig på 070-174 06 07'],
    ['phone 070-xxxxxxx', 'Mobil: 070-1740607'],
    ['phone international', 'Tel +46 70 174 06 07 eller +4670174060'],
    ['amount', 'Summa 1 234 567,00 kr'],
    ['version', 'Version 850709-9805.1'],
    ['bare 10-digit run, valid, no context', 'Paket 2103150013 levererat'],
    ['bare 12-digit run, valid, no context', 'Referens 198507099805 noterad'],
    ['bare 11 digits, valid fødselsnummer, no context', 'Kolli 13097248022 ankommer'],
    ['org number', 'Vinnter AB, org.nr 556016-0680, Göteborg'],
    ['VAT number', 'Momsreg.nr SE556016068001'],
    [
      'a policy mail naming personnummer without one',
      'Skicka aldrig personnummer eller hälsodata via e-post.',
    ],
  ])('%s', (_name, text) => {
    expect(found(text)).toEqual([]);
    expect(scan(text, DEFAULT_RECOGNIZERS).filter((f) => IDENTITY.indexOf(f.category) >= 0)).toEqual([]);
  });

  it('the timestamp trap is Luhn-valid and a real date', () => {
    expect(luhnValid(stamp.slice(2))).toBe(true);
    expect(found(`personnummer ${stamp}`)).toEqual([`se-personnummer ${stamp}`]);
  });

  it('reports the explanation of a demotion on a keyword-backed number', () => {
    // Both a keyword and a negative word: kept, and the explanation shows both.
    const [hit] = scan('Personnummer för kund, kundnr 850709-9805', NATIONAL_ID_RECOGNIZERS);
    expect(hit?.reasons).toEqual(['checksum', 'keyword:personnummer', 'negative:kundnr']);
    expect(hit?.explanation.loweredBy).toEqual(['negative:kundnr']);
  });

  it('a negative word cut by the context window edge does not count ("kvalitetssäk|ring")', () => {
    // The 30-character negative window starts exactly at "ring" inside "Kvalitetssäkring".
    const text = 'Kvalitetssäkring enligt avtal, se bilaga: 850709-9805';
    expect(text.slice(text.indexOf('850709') - 30).startsWith('ring ')).toBe(true);
    expect(found(text)).toEqual(['se-personnummer 850709-9805']);
  });
});
