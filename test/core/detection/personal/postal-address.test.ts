import { postalAddress } from '../../../../src/core/detection/recognizers/personal';
import { env, scan, values } from './helpers';

describe('postal-address', () => {
  it.each([
    [
      'street + postcode on one line',
      'Anna bor på Storgatan 12B, 123 45 Stockholm sedan maj.',
      'Storgatan 12B, 123 45 Stockholm',
      'street-postcode',
      1,
    ],
    [
      'street + postcode on two lines',
      'Leveransadress:\nc/o Berg\nKungsvägen 4\n411 04 Göteborg\n',
      'Kungsvägen 4\n411 04 Göteborg',
      'street-postcode',
      1,
    ],
    ['multi-word street', 'Ny adress: Sankt Eriksgatan 5 lgh 1102', 'Sankt Eriksgatan 5', 'street', 0.7],
    ['SE- prefixed postcode', 'Postadress SE-114 55 Stockholm', 'SE-114 55 Stockholm', 'postcode-town', 0.7],
    ['English street', 'He lives at 221B Baker Street, London', '221B Baker Street', 'street-en', 0.7],
    ['street alone', 'Vi ses utanför Drottninggatan 53 imorgon', 'Drottninggatan 53', 'street', 0.5],
    ['Norwegian street', 'Ola flyttet til Storgata 7, adresse ny', 'Storgata 7', 'street', 0.5],
    [
      'a Norwegian street written apart after a genitive',
      'han har flytta, ny adresse er Thereses gate 41, 0358 Oslo',
      'Thereses gate 41',
      'street',
      0.5,
    ],
    [
      'a British close',
      'Send the contract to his home address: 14 Elm Grove, Leeds LS6 2AB.',
      '14 Elm Grove, Leeds LS6 2AB',
      'street-postcode-uk',
      1,
    ],
    [
      'a Finnish street with its stairwell and flat',
      'Asiakas: Timo Lehtonen, Hämeenpuisto 41 A 12, 33200 Tampere',
      'Hämeenpuisto 41 A 12',
      'street',
      0.5,
    ],
    [
      'a Swedish street written apart after a title and a genitive',
      'Mikael Öhman, Doktor Allards gata 9, 413 24 Göteborg',
      'Doktor Allards gata 9, 413 24 Göteborg',
      'street-postcode',
      0.8,
    ],
    [
      'a British street, places and postcode',
      'Collect from:  Ms Z Nowak, 5 Albert Terrace, Heaton Norris, Stockport SK4 1HB',
      '5 Albert Terrace, Heaton Norris, Stockport SK4 1HB',
      'street-postcode-uk',
      0.8,
    ],
    [
      'a floor between street and postcode',
      'Hemadress:\nStorgatan 12, 3 tr\n222 24 Lund',
      'Storgatan 12, 3 tr\n222 24 Lund',
      'street-postcode',
      1,
    ],
  ])('finds %s', (_name, text, value, pattern, score) => {
    const findings = scan(text, [postalAddress]);
    expect(values(findings)).toEqual([value]);
    expect(findings[0]?.category).toBe('contact');
    expect(findings[0]?.explanation.pattern).toBe(pattern);
    expect(findings[0]?.score).toBe(score);
  });

  it('explains the context that raised it', () => {
    expect(scan('Hemadress: Åsgränd 3, 752 36 Uppsala', [postalAddress])[0]?.reasons).toEqual([
      'keyword:hemadress',
    ]);
  });

  it('is demoted when an office word follows', () => {
    expect(scan('Leverans till 417 56 Göteborg (besöksadress)', [postalAddress])).toEqual([]);
  });

  it('is demoted below the threshold when it is an office address without a postcode', () => {
    const findings = scan('Besöksadress Lindholmspiren 7', [postalAddress]);
    expect(findings).toEqual([]);
  });

  it.each([
    ['a test plan, not a street', 'Testplan 2 är klar'],
    ['lower-case word', 'ringvägen 5 km bort'],
    ['no house number', 'Vi möts på Storgatan imorgon'],
    ['version', 'Release 2.4.10 of the Gateway'],
    ['price + currency word', 'Kostar 123 45 Kronor'],
    ['five digits without space', 'Order 12345 Stockholm'],
    ['a gate at an airport', 'Boarding at Landvetter, departure gate 12, from 07:10'],
    [
      'a company address (legal form before it)',
      'Leveransadress: Kylteknik AB, Industrivägen 4, 433 30 Partille',
    ],
    ['a Finnish company', 'Toimitus: Anturi Oy, Mannerheimintie 12, 00100 Helsinki'],
    ['a venue named before it', 'Paikka: SPR:n koulutustila, Hämeenpuisto 31, Tampere'],
    [
      'a company with its registration number',
      'Vinnter AB, reg. no. 556712-0430, Lindholmspiren 7, 417 56 Göteborg',
    ],
    [
      'for the attention of someone',
      'Kund: Nordkyl AB\n      Att: Per Åström\n      Industrigatan 14, 504 62 Borås',
    ],
    ['a British company', 'Deliver to: Vinnter UK Ltd, 3rd Floor, 40 Peter Street, Manchester M2 5GP'],
    ['a British office', 'Our office: 40 Peter Street, Manchester M2 5GP'],
    // the company above the block holds it all, the postcode line included
    [
      'a company address block with a floor',
      'From Monday our address is:\n\nVinnter AB\nStora Varvsgatan 11, 5th floor\n211 19 Malmö',
    ],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [postalAddress])).toEqual([]);
  });
});

describe('the company’s own addresses', () => {
  const own = env({ ownDomains: ['vinnter.se'] });

  it.each([
    [
      'the company’s name and an office’s town before it',
      'Var: Vinnter Stockholm, Kungsholmsgatan 22, plan 4',
    ],
    [
      'an office named right before it',
      'Två lådor till Stockholmskontoret,\nKungsgatan 37, 111 56 Stockholm.',
    ],
    ['an office label', 'Kontoret: Storgatan 12, 222 24 Lund'],
    [
      'the company’s registration number on its line',
      'Vinnter AB, org.nr 556677-8899, Storgatan 7, 417 56 Göteborg',
    ],
    ['an invitation’s venue', 'LOCATION:Kungsgatan 37, 111 56 Stockholm'],
    ['a Norwegian company form before it', 'We ship it to Fjordnet AS, Kanalveien 52, 5068 Bergen.'],
    [
      'a department it is sent for the attention of',
      'Sendt med GLS til Sjællands Forsyning, Vandværksvej 2, 4100 Ringsted, att. driftsafdelingen.',
    ],
    [
      'a site in a list of meters',
      '  Fastighet            Adress                      Mätar-ID       Gateway\n  Kvarnberget 4        Kvarnbergsgatan 12          71204413982   GW-0457\n  Tvättstugan Hus C    Slottsskogsgatan 3B         71204414006   GW-0461',
    ],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [postalAddress], own)).toEqual([]);
  });

  it.each([
    ['a colleague’s home', 'Anna på Vinnter bor på Storgatan 5, 222 24 Lund.', 'Storgatan 5, 222 24 Lund'],
    [
      'a department named before a home address',
      'Hon på ekonomiavdelningen bor på Storgatan 5, 222 24 Lund.',
      'Storgatan 5, 222 24 Lund',
    ],
    [
      'an office word elsewhere in the sentence',
      'Hon jobbar på kontoret men bor på Storgatan 12, 222 24 Lund.',
      'Storgatan 12, 222 24 Lund',
    ],
  ])('still a person’s: %s', (_name, text, value) => {
    expect(values(scan(text, [postalAddress], own))).toEqual([value]);
  });

  it('a sole trader’s address stays theirs, registration number or not', () => {
    expect(
      values(
        scan('Enskild firma Anna Berg, org.nr 850709-9805, Storgatan 12, 222 24 Lund', [postalAddress], own),
      ),
    ).toEqual(['Storgatan 12, 222 24 Lund']);
  });

  it('a list of people with addresses stays personal data', () => {
    const text =
      '  Namn          Adress                  Telefon\n  Anna Berg     Storgatan 12, Lund      070-123 45 67\n  Per Ek        Kungsgatan 3, Lund      070-765 43 21';
    expect(values(scan(text, [postalAddress], own))).toEqual(['Storgatan 12', 'Kungsgatan 3']);
  });
});

describe('an address given with a place’s name', () => {
  it.each([
    ['a venue in running text', 'Vi ses på Symbion, Fruebjergvej 3, 2100 København Ø klockan 10.'],
    ['a hotel after a venue label', 'Paikka: Scandic Simonkenttä, Simonkatu 9, Helsinki'],
    ['a pharmacy after a place label', 'Sted: Apotek Nord Tromsø Sentrum, Storgata 64'],
    ['a care home', 'Installationen sker hos Hoivakoti Koivula, Koivulantie 12, 40320 Jyväskylä.'],
    ['a hospital, for the postcode line', 'Leveras till Sahlgrenska, Blå stråket 5, 413 45 Göteborg.'],
    ['a region’s box address', 'Skicka fakturan till Region Västra Götaland, Box 1035, 405 22 Göteborg.'],
    ['a hotel', 'Meet at Clarion Hotel Post, Drottningtorget 10, Göteborg.'],
    ['the company’s premises', 'Vi feirer i lokalene våre i Dronning Eufemias gate 16 fredag.'],
    [
      'a warehouse in the definite form',
      'Allt material hämtas på nya lagret, Ringögatan 12B, 417 07 Göteborg.',
    ],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [postalAddress])).toEqual([]);
  });

  it.each([
    ['a person named before it', 'Skicka kortet till Anna Berg, Storgatan 5, 411 38 Göteborg.'],
    ['a name from another country', 'Please send it to Ahmed Hassan, Kungsgatan 12, 411 19 Göteborg.'],
    ['a courtesy title and an initial', 'Collect from: Ms Z Nowak, 5 Albert Terrace, Stockport SK4 1HB'],
    ['a household', 'Familjen Lind, Björkvägen 3, 184 51 Österskär'],
    ['a street before its postcode', 'pls courier it to Grace’s home: 14 Linnégatan, 413 04 Göteborg.'],
  ])('still a person’s: %s', (_name, text) => {
    expect(scan(text, [postalAddress])).not.toEqual([]);
  });
});

describe('a street with a range of numbers', () => {
  it.each([
    ['a building stage', 'Etapp 3 (Vädursgatan 18–22) faktureras separat efter slutbesiktning.'],
    ['a delivery to a block', 'Leveransen går till Kvarngatan 2-8 på fredag.'],
  ])('no finding: %s', (_name, text) => {
    expect(scan(text, [postalAddress])).toEqual([]);
  });

  it.each([
    ['a resident’s word', 'Hon bor på Storgatan 4-6 sedan i våras.'],
    ['a postcode after it', 'Skicka kortet till Storgatan 4-6, 411 38 Göteborg.'],
    ['one number', 'Skicka kortet till Storgatan 4 på fredag.'],
  ])('still an address: %s', (_name, text) => {
    expect(scan(text, [postalAddress])).not.toEqual([]);
  });
});

describe('a row written as text, about a device at a site', () => {
  it('a router’s ICCID beside the address makes it a site', () => {
    const text =
      'Planen:\n\nMan 16/3  FitLab Aarhus C, Frederiksgade 72          router ICCID 8945020031017704155\n';
    expect(scan(text, [postalAddress])).toEqual([]);
  });

  it.each([
    ['a first name in the row', 'Anna Berg    Storgatan 5    mätare 12345'],
    ['a person’s column word in the row', 'Hyresgäst    Storgatan 5    mätare 12345'],
    ['running text, not a row', 'Mätaren sitter hemma hos oss på Storgatan 5 sedan i fjol.'],
  ])('still an address: %s', (_name, text) => {
    expect(scan(text, [postalAddress])).not.toEqual([]);
  });
});
