import { phoneRecognizer, rejectPhone } from '../../../../src/core/detection/recognizers/personal';
import { libphonenumberPhones } from '../../../../src/core/detection/recognizers/personal/libphonenumber-phones';

const phoneNumber = phoneRecognizer(libphonenumberPhones);
import { DEFAULT_RECOGNIZERS, lowerSameLength } from '../../../../src/core/detection';
import { scan, trickyCase, values } from './helpers';

describe('phone-number', () => {
  it.each([
    [
      'Swedish mobile',
      'Ring mig på 070-123 45 67 efter lunch.',
      '070-123 45 67',
      ['keyword:ring', 'country:se'],
    ],
    ['Stockholm landline', 'Tel: 08-123 456 78', '08-123 456 78', ['keyword:tel', 'country:se']],
    [
      'international Swedish, no keyword',
      'Anna nås på +46 70 123 45 67 hela veckan.',
      '+46 70 123 45 67',
      ['country:se'],
    ],
    ['00-prefixed', 'Nummer 0046 70 123 45 67', '0046 70 123 45 67', ['country:se']],
    ['area code in brackets', 'Tel (031) 12 34 56', '(031) 12 34 56', ['keyword:tel', 'country:se']],
    ['Norwegian international', 'Kontakt Ola på +47 22 33 44 55.', '+47 22 33 44 55', ['country:no']],
    [
      'Norwegian mobile after the Norwegian verb',
      'Kan du ringe Bjørn på 936 14 522 i morgen?',
      '936 14 522',
      ['keyword:ringe', 'country:no'],
    ],
    [
      'Norwegian national with phone word',
      'Ola, tlf 22 33 44 55',
      '22 33 44 55',
      ['keyword:tlf', 'country:no'],
    ],
    ['Finnish mobile with puh.', 'Matti, puh. 040 123 4567', '040 123 4567', ['keyword:puh', 'country:fi']],
    [
      'Norwegian private line',
      'Hans privatnummer er 41 22 33 44.',
      '41 22 33 44',
      ['keyword:privatnummer*', 'country:no'],
    ],
    [
      'Norwegian private line, the word inflected',
      'Han sa jeg kunne gi deg privatnummeret hans, 924 71 338, siden firmatelefonen er borte.',
      '924 71 338',
      ['keyword:privatnummer*', 'country:no'],
    ],
    // a plan outside the metadata is read whole, not as the Finnish number its first group also is
    [
      'Indian mobile, whole',
      'Ring Priya på +91 98765 43210 om leveransen.',
      '+91 98765 43210',
      ['keyword:ring', 'country:other'],
    ],
    [
      'British drama-range mobile, whole',
      'Call me on +44 7700 900123 tomorrow.',
      '+44 7700 900123',
      ['keyword:call', 'country:other'],
    ],
    [
      'Finnish international',
      'Call Matti on +358 40 1234567',
      '+358 40 1234567',
      ['keyword:call', 'country:fi'],
    ],
    ['US number', 'Mobile: +1 212 555 0100', '+1 212 555 0100', ['keyword:mobile', 'country:us']],
    [
      'outside the metadata subset, with a phone word',
      'phone +86 138 0013 8000',
      '+86 138 0013 8000',
      ['keyword:phone', 'country:other'],
    ],
    ['unbroken digits with a phone word', 'Mobil 0701234567', '0701234567', ['keyword:mobil', 'country:se']],
    ['extension left out', 'Tel 08-123 456 78 ext. 12', '08-123 456 78', ['keyword:tel', 'country:se']],
    ['CSV field after it', 'Mobil;0701234567;1985-05-12', '0701234567', ['keyword:mobil', 'country:se']],
    [
      'a column of a typed table after it',
      'Förare            Mobil            Platser\nBjörn Carlsson    070-552 18 34    3',
      '070-552 18 34',
      ['header:mobil', 'country:se'],
    ],
  ])('finds %s', (_name, text, value, reasons) => {
    const findings = scan(text, [phoneNumber]);
    expect(values(findings)).toEqual([value]);
    expect(findings[0]?.category).toBe('contact');
    expect(findings[0]?.severity).toBe('personal');
    expect(findings[0]?.reasons).toEqual(reasons);
  });

  it.each([
    ['ISO date (tricky case)', trickyCase('Mötet är 2024-05-12').text],
    ['ISO timestamp', 'Loggen visar 2024-05-12T10:22:01Z för gatewayen'],
    ['European date', 'Leverans 12.05.2025 till lagret'],
    ['time range', 'Mötet kl 10.30-11.45 i rum 4'],
    ['period of years in a CV, next to a phone word', 'Konsult, Beta AB 2016 - 2019\nRing mig gärna.'],
    ['period of years with an en dash', 'Systemutvecklare 2019–2025. Ring mig på fredag.'],
    ['version string', 'Firmware 2.4.10 släpptes igår'],
    ['lab gateway IP', 'Gatewayen 192.168.1.20 svarar inte'],
    ['price', 'Pris 1 299 kr inkl. moms'],
    ['price in euro', 'Total: 070 123 EUR'],
    ['personnummer with separator', 'Hennes nummer 850709-9805 fanns i listan'],
    ['IMEI without a phone word', 'IMEI 356938035643809 på enheten'],
    ['unbroken digits without a phone word', 'Kund 0701234567 har betalat'],
    ['order number', 'Ordernr 070-123 45 67 är skickad'],
    ['serial with letters glued on', 'Enhet SN-2024-00017 kalibrerad'],
    ['Swedish-shaped group without trunk 0 or phone word', 'Bankgiro 5555-5551 gäller'],
    ['account number', 'Kontonummer 8327-9, 123 456 789-0'],
    ['Norwegian national shape without a phone word', 'Artikel 22 33 44 55 finns i lager'],
    ['unknown plan without a phone word', 'Checksum +86 138 0013 8000'],
    ['a switchboard is the company’s, not a person’s', 'Växel (031) 12 34 56'],
    ['a booking line is a clinic’s', 'Ajanvaraus työterveyteen: 030 633 1111 tai sovelluksesta.'],
    ['a customer service line is the company’s', 'Asiakaspalvelu 010 555 1234 palvelee arkisin.'],
    ['a department’s line', 'Please confirm by phone with our accounting department on +49 711 908 44 0.'],
    [
      'a switchboard named after the number',
      'Kontaktperson på stedet: driftsingeniør, tlf. 52 86 30 00 (sentralbord).',
    ],
    ['a switchboard in Finnish, inflected', 'Kysymykset minulle tai vaihteeseen 09 4257 8800.'],
    ['an operations centre’s line', 'Kontakt på natten: vakttelefon Vinnter NOC +47 21 95 40 00.'],
    ['a year and a serial: a case number', 'Avrop under ramavtal KS 2025/1184\n\nRing gärna om något.'],
    ['"direkt" as an ordinary word', 'Kunden ville ha offert direkt. Loggen visar epoch 1732450000'],
    ['radio cell id after a phone-ish word', 'WARN modem: signal quality 9/31, cell id 21504123'],
    [
      'conference bridge with meeting id',
      'Ring in (endast ljud)\n+46 8 505 216 53,,744531962#   Sweden, Stockholm',
    ],
    [
      'Teams dial-in wording before the bridge',
      'Dial in by phone: +46 8 505 201 00, Phone conference ID: 123 456 789#',
    ],
    ['conference id after the bridge', 'Telefon +46 8 505 201 00 Konferens-ID: 123 456 789#'],
    [
      'bridges with the meeting id in groups',
      'Join by phone\n  +46 8 505 203 16,,574 903 228#   Sweden\n  +49 69 38 07 89 41,,574 903 228#  Germany',
    ],
    ['a parcel number written in groups', 'Six units shipped via UPS 1Z 4E8 29V 04 1187 2236, call me.'],
    ['a provider’s general line', 'Call their general line +46 10 155 20 00 or use the app.'],
    ['a US employer’s tax number', 'Cascade Cold Chain, Inc., Seattle (EIN 91-2748365), call us.'],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [phoneNumber])).toEqual([]);
  });

  it('reports the PTS fictional mobile range as a phone number, also among all recognizers (tricky case)', () => {
    const text = trickyCase('Ring 0701740607').text;
    const own = scan(text, [phoneNumber]);
    expect(values(own)).toEqual(['0701740607']);
    const all = scan(text, DEFAULT_RECOGNIZERS);
    expect(all.map((f) => [f.type, f.value])).toEqual([['phone-number', '0701740607']]);
  });

  it('does not report the ISO date of the tricky case with any recognizer', () => {
    expect(scan(trickyCase('Mötet är 2024-05-12').text, DEFAULT_RECOGNIZERS)).toEqual([]);
  });

  it.each([
    ['date', 'x 2024-05-12 y', '2024-05-12', true, 'date'],
    ['personnummer', 'x 850709-9805 y', '850709-9805', true, 'identity-number'],
    ['amount after', 'x 070 123 kr', '070 123', true, 'amount'],
    ['glued to letters', 'abc0701234567', '0701234567', true, 'glued'],
    ['after a group of letters and digits', 'UPS 1Z 4E8 29V 04 1187 2236', '04 1187 2236', true, 'glued'],
    ['after a word with digits in it', 'Kjetil, 4G-teamet, 924 71 338', '924 71 338', true, null],
    ['digits without keyword', 'x 0701234567 y', '0701234567', false, 'needs-keyword'],
    ['digits with keyword', 'x 0701234567 y', '0701234567', true, null],
    ['dial-in bridge', 'x +46 8 505 216 53,,744531962# y', '+46 8 505 216 53', true, 'dial-in'],
    ['dial-in wording', 'Dial-in: +46 8 505 201 00', '+46 8 505 201 00', true, 'dial-in'],
    ['Teams named, a person’s number', 'Ring mig på Teams eller 070-123 45 67', '070-123 45 67', true, null],
    ['CSV field after it', 'x 0701234567;1985 y', '0701234567', true, null],
    ['two days joined by a dash', 'Resa 03-11 - 03-12 Oslo', '03-11 - 03-12', true, 'date'],
    ['a number in pairs, one pair no day', 'Tel 08-12-34-56', '08-12-34-56', true, null],
    [
      'a company’s one-line footer',
      'Vinnter AB | Lindholmspiren 7, 417 56 Göteborg | +46 31 760 45 00 | vinnter.se',
      '+46 31 760 45 00',
      true,
      'company-line',
    ],
    // the company is not the line's first field: the person's, as on any other line
    ['a person first on the line', 'Anna Berg | Kylteknik AB | 070-174 06 91', '070-174 06 91', true, null],
    ['a company form without fields', 'Ring Kylteknik AB på 031-760 45 00', '031-760 45 00', true, null],
    // a Swedish subscriber number never starts with 0, the trunk prefix
    ['a range of changesets', 'changeset 0142–0147', '0142–0147', false, 'numbering'],
    ['part of a notice number', '2026/S 012-036481', '012-036481', false, 'numbering'],
    ['an area code and a subscriber number', 'Ring 0142-147 47', '0142-147 47', true, null],
  ])('rejectPhone: %s', (_name, text, value, hasKeyword, rejection) => {
    const start = text.indexOf(value);
    const doc = { text, lower: lowerSameLength(text), cells: [] };
    expect(rejectPhone(doc, { start, end: start + value.length }, hasKeyword)).toBe(rejection);
  });
});
