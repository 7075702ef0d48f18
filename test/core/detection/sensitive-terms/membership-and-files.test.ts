// Where art. 9 data sits in structure rather than in a sentence about someone: a union in a membership
// column, a nested item under a person, a file said to hold the data, a list of the categories themselves;
// and the ways people say origin, transition and records.
import { aboutWhom as about } from './scan';

describe('a union or party in a membership column, on a row naming a person', () => {
  it.each([
    ['navn\tforening\tmedlemsnr\nLars Tveit\tTekna\tT-558213', ['tekna sensitive anchor:column']],
    ['Namn        Fack        Avgift\nAnna Berg   Unionen     320 kr', ['unionen sensitive anchor:column']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // a column of organisations that are customers, not memberships
    ['Kund        Kontakt\nTekna       Per Ek'],
    // a membership column with no person on the row
    ['Förening   Antal\nUnionen    14\nAkavia     6'],
  ])('trap: %j', (text) => {
    expect(about(text)).toEqual([]);
  });
});

describe('a nested item hangs from its parent item', () => {
  it('"1. Amina Farah" over "   - Wears a hijab"', () => {
    const text = 'Notes:\n1. Amina Farah\n   - Strong on LoRaWAN\n   - Wears a hijab and asked about it\n';
    expect(about(text)).toEqual(['hijab sensitive anchor:name']);
  });

  it('a flat list under a heading keeps to the heading', () => {
    expect(about('Lunch options:\n- Halal\n- Vegetarian\n')).toEqual([]);
  });
});

describe('a file said to hold the data is about the people it lists', () => {
  it.each([
    [
      'NB: fila inneholder biometriske maler, så slett den når dere er ferdige.',
      ['biometriske sensitive anchor:attachment'],
    ],
    [
      'Liitteenä uusien työntekijöiden sormenjälkimallit tuontia varten.',
      ['sormenjälkimallit sensitive anchor:attachment'],
    ],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // a file with no such data in it
    ['The attached file contains the new price list.', []],
    // a rule about files is still a rule
    ['Filer som innehåller diagnoser får aldrig skickas med e-post.', ['diagnoser info no-one:policy']],
  ])('trap: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('a list of the categories themselves', () => {
  it('"They are:" over the categories names no one', () => {
    const text =
      'Under our policy they must never be sent by email. They are:\n\n  - racial or ethnic origin\n  - political opinions\n  - data concerning health\n';
    expect(about(text).every((f) => f.includes(' info no-one:'))).toBe(true);
  });

  it('a list of people under a pronoun is still about them', () => {
    expect(about('They are:\n- Anna Berg, sjukskriven\n- Per Ek, sjukskriven\n')).toContain(
      'sjukskriven sensitive anchor:name',
    );
  });
});

describe('origin, transition, records and offices as people say them', () => {
  it.each([
    ['Hon kom som flykting från Syrien 2015.', ['som flykting sensitive anchor:hon']],
    ['He came to Sweden as a refugee from Syria in 2015.', ['as a refugee sensitive anchor:he']],
    ['Milan har to gange kaldt ham "sigøjner" foran de andre.', ['sigøjner sensitive anchor:ham']],
    ['Hän on vaihtanut nimensä ja juridisen sukupuolensa.', ['juridisen sukupuolensa sensitive anchor:hän']],
    ['Politiet har tatt ut siktelse mot Roger Dahl for underslag.', ['siktelse mot sensitive anchor:name']],
    [
      'Han afsoner samfundstjeneste via Kriminalforsorgen.',
      ['samfundstjeneste sensitive anchor:han', 'kriminalforsorgen sensitive anchor:han'],
    ],
    ['Bengt Nilsson, ordförande i IF Metall-klubben.', ['if metall sensitive anchor:ordförande i']],
    ["She's a Vänsterpartiet activist.", ['vänsterpartiet sensitive anchor:activist']],
    ['Mikael Strand - HFE C282Y homozygot', ['homozygot sensitive anchor:name']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // refugees as a group, a product for a lock, a CI pipeline
    ['We sponsor a language café for refugees.', []],
    [
      '* Fingeravtrycksmallarna lagras bara i secure element och lämnar aldrig låset.',
      ['fingeravtrycksmallarna info no-one:technical'],
    ],
    ['CI on main was sick earlier (the good kind of sick).', []],
  ])('trap: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('practice, family, parties, prison and genes in the words people use', () => {
  it.each([
    ['Maria celebrates Orthodox Easter next week, so she is off.', 'orthodox'],
    ['Erik och hans man Johan kommer båda.', 'hans man'],
    ['Hon är judinna och firar sabbat.', 'judinna'],
    ['Kari er medlem av Sosialistisk Venstreparti.', 'sosialistisk venstreparti'],
    ['Anna har meldt seg inn i Fagforbundet.', 'fagforbundet'],
    ['Hän äänesti vihreitä.', 'vihreitä'],
    ['Per sitter på anstalt till hösten.', 'sitter på anstalt'],
    ['Anna is on parole until March.', 'on parole'],
    ['Hän istuu vankilassa.', 'istuu vankilassa'],
    ['Erik is a carrier of the BRCA2 mutation.', 'brca2'],
    ['Hänen sormenjälkensä on tallennettu järjestelmään.', 'sormenjälkensä'],
    ['Anna is off with shingles this week.', 'shingles'],
    ['Hon har fått bältros och är hemma.', 'bältros'],
    ['Per was signed off by his GP for two weeks.', 'signed off by his gp'],
  ])('%j', (text, term) => {
    expect(about(text).some((f) => f.startsWith(`${term} sensitive`))).toBe(true);
  });

  it.each([
    ['The hospital wing for cancer patients needs new fridges for the medicine.'],
    ['Migreenisovelluksen beta-testaajat ovat asiakkaan omia työntekijöitä.'],
    ['Our ortodox approach to code review stays.'],
    ['The release was signed off by QA on Friday.'],
  ])('trap: %j', (text) => {
    expect(about(text).filter((f) => f.includes(' sensitive'))).toEqual([]);
  });
});
