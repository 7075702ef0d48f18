// Who a term is about when the text names kinds, not people: a list of kinds in brackets, a change in an
// absence rate, a job ad's requirements, a text that teaches the special categories; and the words that
// open sentences but are also first names ("Inga tecken …").
import { aboutWhom as about } from './scan';

describe('a term in a list of kinds in brackets is about no one', () => {
  it.each([
    [
      '- Frånvaro (semester, VAB, sjukfrånvaro, föräldraledighet) registreras i samma system.',
      ['sjukfrånvaro info no-one:generic'],
    ],
    [
      'Absence types (holiday, sick leave, parental leave) are logged in Flex.',
      ['sick leave info no-one:generic'],
    ],
    ['Fravær (ferie, sykmelding og permisjon) føres i Tidbank.', ['sykmelding info no-one:generic']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // one word in brackets after a name is that person's absence
    ['Frånvarande idag: Anna Berg (sjukskriven).', ['sjukskriven sensitive anchor:name']],
    // a person in the sentence outweighs the list
    [
      'Per har haft frånvaro (semester, sjukskrivning, VAB) hela hösten.',
      ['sjukskrivning sensitive anchor:name', 'vab sensitive anchor:name'],
    ],
    // a bracket that is a sentence, not a list
    ['Sjukskriven hela veckan (läkaren har skrivit intyg, så det är klart).', ['sjukskriven sensitive']],
  ])('trap, still someone: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('absence that rises or falls is a figure', () => {
  it.each([
    ['Inga tecken på ökad långtidssjukfrånvaro.', ['långtidssjukfrånvaro info no-one:aggregate']],
    ['Vi ser økt sykefravær blant montørene.', ['sykefravær info no-one:aggregate']],
    ['There is no sign of rising sick leave.', ['sick leave info no-one:aggregate']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([['Erik har haft ökad sjukfrånvaro sedan mars.', ['sjukfrånvaro sensitive anchor:name']]])(
    'trap, a person named: %j',
    (text, expected) => {
      expect(about(text)).toEqual(expected);
    },
  );
});

describe('a first name that opens a sentence as an everyday word', () => {
  it.each([
    // "Inga" (none), "Even" (even) at a sentence start are words, not people
    ['Inga tecken på sjukskrivning i teamet.', ['sjukskrivning sensitive']],
    ['Even so, sick leave was approved.', ['sick leave sensitive']],
  ])('%j reads no name', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([['Inga Lund är sjukskriven.', ['sjukskriven sensitive anchor:name']]])(
    'still a name: %j',
    (text, expected) => {
      expect(about(text)).toEqual(expected);
    },
  );
});

describe("a job ad's requirements are whoever applies", () => {
  const AD = [
    'Vi søger en elektrikertekniker til vores team i Aarhus.',
    '',
    'Krav:',
    '• Kørekort til almindelig bil (B)',
    '• Ren straffeattest – vi arbejder på plejecentre',
    '',
    'Ansøgningsfrist 1. marts.',
  ].join('\n');

  it('keeps the term visible as info, about no one', () => {
    expect(about(AD)).toEqual(['straffeattest info no-one:generic']);
  });

  it('a mail about a named candidate is still about the candidate', () => {
    expect(about('Vi søger stadig. Kandidaten Jens Holm har en dom for vold.')).toEqual([
      'har en dom for sensitive anchor:name',
    ]);
  });
});

describe('a text that teaches the special categories', () => {
  const QUIZ = [
    'Enligt artikel 9 i dataskyddsförordningen är hälsa och facklig tillhörighet särskilda kategorier.',
    '',
    'Vilka av dessa får skickas med vanlig e-post?',
    '  b) "En kollega är sjukskriven, här är läkarintyget."   -> Nej.',
    '  d) En deltagarlista med namn, personnummer och matallergier.   -> Nej.',
  ].join('\n');

  it('reads its quoted and unstated examples as no one', () => {
    expect(about(QUIZ).filter((f) => !f.startsWith('hälsa') && !f.startsWith('facklig'))).toEqual([
      'sjukskriven info no-one:policy',
      'läkarintyget info no-one:policy',
      'matallergier info no-one:policy',
    ]);
  });

  it('a named person in it is still that person', () => {
    expect(about('Se artikel 9. Anna Berg är sjukskriven till fredag.')).toEqual([
      'sjukskriven sensitive anchor:name',
    ]);
  });

  it.each([
    ['Strafbare forhold (art. 10): fx indholdet af en straffeattest.', ['straffeattest info no-one:policy']],
  ])('art. 10 and "fx" name a category: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('a political office held for a party', () => {
  it.each([
    [
      'He sits on the municipal council in Kungälv for the Green Party.',
      ['green party sensitive anchor:municipal council'],
    ],
    [
      'He asked us to keep his party affiliation out of the intro mail.',
      ['party affiliation sensitive anchor:he'],
    ],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    ['The city council approved the new bus lanes.', []],
    ['Party affiliation is never asked in our interviews.', []],
  ])('trap: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('a count of cases is a figure', () => {
  it.each([
    [
      'Vi har fått in tre sjukanmälningar i dag, så standupen flyttas.',
      ['sjukanmälningar info no-one:aggregate'],
    ],
    ['We had 12 sick days in the team this quarter.', ['sick days info no-one:aggregate']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // a person named with the count: their cases
    ['Anna har haft tre sjukskrivningar i år.', ['sjukskrivningar sensitive anchor:name']],
    // a number that labels someone is no count
    ['Employee 447 tested positive in the drug test.', ['tested positive sensitive anchor:employee']],
  ])('trap: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});
