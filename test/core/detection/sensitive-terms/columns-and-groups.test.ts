// Three readings of whom a term is about: a term heading a column of a typed table speaks of what stands
// under it; an instruction that opens with its verb is a procedure for everyone; a mail to a group (or to
// whoever signs up) is about no one in particular unless someone is named.
import { aboutWhom as about } from './scan';

const OFFICE_TABLE = [
  'Kontor      Anställda   Sjukfrånvaro   Personalomsättning',
  'Göteborg    64          2,8 %          6 %',
  'Stockholm   41          3,9 %          9 %',
].join('\n');

const PEOPLE_TABLE = [
  'Namn         Avdelning   Sjukfrånvaro',
  'Anna Berg    Support     12 dagar',
  'Per Ek       Drift       3 dagar',
].join('\n');

describe('a column header is about its column', () => {
  it.each([
    [OFFICE_TABLE, ['sjukfrånvaro info no-one:aggregate']],
    [PEOPLE_TABLE, ['sjukfrånvaro sensitive anchor:table']],
    [
      'Namn | Allergi | Rum\nAnna Berg | nötter | 12\nPer Ek | laktos | 14',
      ['allergi sensitive anchor:table'],
    ],
    // neither people nor figures under it: read as before
    ['Rum   Sjukfrånvaro   Kommentar\nA12   ja   se HR\nB14   nej   -', ['sjukfrånvaro sensitive']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('an instruction that opens with its verb is a procedure', () => {
  it.each([
    ['- Report sick leave in Flex HRM before 09:00 on the first day.', ['sick leave info no-one:policy']],
    ['Anmäl sjukfrånvaro i HR-portalen senast kl. 9.', ['sjukfrånvaro info no-one:policy']],
    ['Ilmoita sairauslomasta esihenkilölle heti aamulla.', ['sairauslomasta info no-one:policy']],
    ['A quick reminder of how to report sick leave:', ['sick leave info no-one:policy']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // a person named in the instruction outweighs it
    ['Rapportera sjukfrånvaro för Per i systemet.', ['sjukfrånvaro sensitive anchor:name']],
    // a report about someone is not an instruction
    ['Report: Anna is on sick leave until Friday.', ['sick leave sensitive anchor:name']],
  ])('still about someone: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('a mail to a group', () => {
  it.each([
    [
      'Hi all,\n\nVAB (care of sick child): report in Flex and to Försäkringskassan.',
      [], // weak words with a role noun: anyone's child
    ],
    [
      'När: tisdag 13 oktober\n\nAllergier och specialkost anger du i formuläret. Anmälan senast 8/10.',
      ['allergier info no-one:generic'],
    ],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    ['Hej alla!\n\nAnna är sjukskriven resten av veckan.', ['sjukskriven sensitive anchor:name']],
    // a dropped subject is most often the writer: a greeting to all does not make it no one
    ['Hej alla!\n\nSjukskriven idag, jobbar hemifrån om det går.', ['sjukskriven sensitive']],
    [
      'Hi all,\n\nI have been diagnosed with diabetes, so no cake for me.',
      ['diagnosed sensitive anchor:i have', 'diabetes sensitive anchor:i have'],
    ],
    // not to a group: the reader is one person
    ['Hej Anna,\n\ndu är sjukskriven till fredag enligt intyget.', ['sjukskriven sensitive anchor:du']],
  ])('someone named or writing: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('lists, plurals and quoted examples', () => {
  it.each([
    // a numbered list one blank line under its colon line takes it as lead-in
    [
      'En kort påmindelse efter et par eksempler:\n\n1. Sygemelding sker i HR-portalen.',
      ['sygemelding info no-one:policy'],
    ],
    // key figures for a staff in the plural: no one of them
    [
      'Nøgletal for de danske medarbejdere 2025:\n• Langtidssygemeldinger (> 30 dage): 2 forløb',
      ['langtidssygemeldinger info no-one:aggregate'],
    ],
    // a quoted sentence under a rule is its example
    ['Skriv aldrig, hvad du eller en kollega fejler. "Jeg er syg i dag" er nok.', []],
    [
      'The advert Simon asked about reads: "We welcome applicants regardless of\ngender or disability."',
      ['disability info no-one:generic'],
    ],
  ])('%j', (text, expected) => {
    expect(about(text).filter((a) => a.indexOf(' sensitive') > 0 || expected.length > 0)).toEqual(expected);
  });

  it.each([
    // a quote of someone's own words, with no rule around it, is still theirs
    ['Anna skrev "jag är sjukskriven" i går.', ['sjukskriven sensitive anchor:jag']],
    // a singular role noun still points at one person
    [
      'Vår medarbetare är sjukskriven efter operationen.',
      ['sjukskriven sensitive anchor:medarbetare', 'operationen sensitive anchor:medarbetare'],
    ],
  ])('still about someone: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('wrapped lines and schema lines', () => {
  it('a line that ends in a preposition goes on into the next, whatever its case', () => {
    expect(about('En sak: han är medlem i\nSveriges Ingenjörer sedan i våras.')).toEqual([
      'sveriges ingenjörer sensitive anchor:medlem i',
    ]);
  });

  it('a mapping line of a schema is code', () => {
    expect(about('  hogia.fran_orsak     -> sympa.absence_type     (enum: SJUK, VAB, FL, SEM)')).toEqual([]);
  });

  it.each([
    ['Petri saikulla burnarin takia.', ['saikulla sensitive anchor:name', 'burnarin sensitive anchor:name']],
    [
      'Borgeren er blind og har førerhund.',
      ['blind sensitive anchor:borgeren', 'førerhund sensitive anchor:borgeren'],
    ],
    ['Eirik sitter i kommunestyret der for Rødt.', ['rødt sensitive anchor:sitter i kommunestyret']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each(['Send him a blind copy of the contract.', 'Vi kör en blind test av firmwaren.'])(
    'traps: %j',
    (text) => {
      expect(about(text)).toEqual([]);
    },
  );
});

describe('figures of speech and devices in Finnish', () => {
  it.each([
    'Tiedän että moni meistä on allerginen palavereille, joten karsin kaksi pois.',
    'Suunnittelet laiteratkaisuja insuliinipumpuista kaatumisantureihin.',
    'Many of us are allergic to meetings, so I cancelled two.',
  ])('no one’s health: %j', (text) => {
    expect(about(text).filter((a) => a.indexOf(' sensitive') > 0)).toEqual([]);
  });

  it.each([
    ['Hän on allerginen pähkinöille.', ['allerginen sensitive anchor:hän']],
    ['Ingvild er sterkt hørselshemmet og trenger skrivetolk.', ['hørselshemmet sensitive anchor:name']],
  ])('still someone’s: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('procedures, compounds about figures, and who compiled a list', () => {
  it.each([
    // a name in the lead-in is who compiled the figures, not whom they are about
    [
      'HR-siffrorna som Annika tog fram:\n- Total sjukfrånvaro 3,1 %, korttid 1,9 %',
      ['sjukfrånvaro info no-one:aggregate'],
    ],
    // a compound is what its head is: statistics, a routine
    [
      'Kan någon lägga in sjukfrånvarostatistiken innan torsdag?',
      ['sjukfrånvarostatistiken info no-one:aggregate'],
    ],
    ['Sjukskrivningsrutinen är uppdaterad på intranätet.', ['sjukskrivningsrutinen info no-one:policy']],
    // whoever it applies to
    ['Anyone working unsupervised on site needs a basic DBS check.', ['dbs check info no-one:generic']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    ['Subject line: Anders Holm elected Unionen club chair', ['unionen sensitive anchor:elected']],
    [
      'Henrik kom inn i kommunestyret i Bærum for Rødt i høst.',
      ['rødt sensitive anchor:kom inn i kommunestyret'],
    ],
    ['Sjukskriven, läkarintyget kommer i morgon.', ['sjukskriven sensitive', 'läkarintyget sensitive']],
  ])('still about someone: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('a weak word in a column of organisations is part of a name', () => {
  it.each([
    ['name\torganisation\temail\nJessica Walsh\tCareLink Health\tj.walsh@carelink.example', []],
    [
      'Namn        Företag              Roll\nAnna Berg   Nordic Health AB     CTO\nPer Ek      Vinnter AB           PL',
      [],
    ],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // a strong word keeps its sense in any column: care someone receives
    ['Namn\tVårdgivare\nAnna Berg\tCapio Psykiatri', ['psykiatri sensitive anchor:name']],
  ])('trap: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});
