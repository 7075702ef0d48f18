// How people say things without the textbook word: pregnancy as "expecting" and a dated scan, sobriety kept,
// an office named after a union or party, a candidacy for a party; and the things a weak word can be said of
// (a machine, a service, a market) instead of a body.
import { aboutWhom as about } from './scan';

describe('pregnancy as English says it', () => {
  it.each([
    [
      "Sara came to see me today -- she's expecting, due early September.",
      ["she's expecting sensitive anchor:me"],
    ],
    ['She wants to wait until after her 12-week scan.', ['12-week scan sensitive anchor:she']],
    ["They're expecting twins in March.", ["they're expecting sensitive"]],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    ["We're expecting the boards on Friday."],
    ['We are expecting delivery next week.'],
    ['The scan of the network found three open ports.'],
  ])('trap: %j', (text) => {
    expect(about(text)).toEqual([]);
  });
});

describe('sobriety kept', () => {
  it.each([
    ["He's been sober eight months and is doing well.", ["been sober sensitive anchor:he's"]],
    ['Hon är nykter alkoholist sedan flera år.', ['nykter alkoholist sensitive anchor:hon']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it('trap: a sober assessment', () => {
    expect(about('We need a sober assessment of the risks.')).toEqual([]);
  });
});

describe('an office named after the organisation, held by a person in the sentence', () => {
  it.each([
    ["Anders Holm - he's the Unionen club chair here in Göteborg.", ['unionen sensitive anchor:club chair']],
    [
      'Karina Iversen er opstillet for Enhedslisten til folketingsvalget.',
      ['enhedslisten sensitive anchor:opstillet for'],
    ],
    [
      'Hän on ehdolla eduskuntavaaleissa vihreiden listalla.',
      ['ehdolla eduskuntavaaleissa sensitive anchor:hän', 'vihreiden sensitive anchor:ehdolla'],
    ],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // an office with no person in the sentence is the organisation's
    ['The Unionen representative will present the agreement at 10.'],
    // an event of the organisation
    ['Unionen webinar on salaries, Thursday 14:00.'],
  ])('trap: %j', (text) => {
    expect(about(text)).toEqual([]);
  });
});

describe('a weak word said of a thing', () => {
  it.each([
    ['Den maskine er sgu syg 😄 Jeg foreslår at vi flytter den.'],
    ['Gatewayen är sjuk igen, jag startar om den.'],
    ['The server is sick again, I will restart it.'],
  ])('%j: about no body', (text) => {
    expect(about(text)).toEqual([]);
  });

  it.each([
    ['Anna är sjuk igen, jag tar hennes pass.', ['sjuk sensitive anchor:jag']],
    ['Min kollega er syg i dag.', ['syg sensitive anchor:min']],
  ])('trap: a person is: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('compounds headed by a service or a market, and rates in points', () => {
  it.each([
    [
      'Kelan kuntoutuspalveluiden kilpailutuksessa sisäilma on uusi kriteeri.',
      ['kuntoutuspalveluiden info no-one:generic'],
    ],
    [
      'Langtidssygefraværet (>30 dage) er stabilt på 1,1 procentpoint.',
      ['langtidssygefraværet info no-one:aggregate'],
    ],
    ['Rikostuomiot käsitellään 10 artiklan mukaan.', ['rikostuomiot info no-one:generic']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('whose a genitive is, what a request asks for', () => {
  it.each([
    // a person named in the request still counts, genitive or not
    ['Kan ni skicka Annas diagnos till mig?', ['diagnos sensitive anchor:name']],
    // asking one person asks for theirs
    ['Kan du skicka läkarintyget till HR?', ['läkarintyget sensitive anchor:du']],
    ['Annas sjukskrivning förlängs till fredag.', ['sjukskrivning sensitive anchor:name']],
    // a greeted name counts: the greeting is often to the person the sentence is about
    ['Hej Anna, kan ni skicka med dina allergier?', ['allergier sensitive anchor:name']],
    // a statement, not a request
    ['Jag kan skicka mina allergier senare.', ['allergier sensitive anchor:jag']],
  ])('trap: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});
