// A rule about personal data ("Vi frågar aldrig om hälsa", "we never store anything about the patient"),
// a handbook's sections ("afsnittene om graviditet og barsel") and a diagnosis of a machine describe no
// one; the same words about a person stay sensitive.
import { aboutWhom as about } from './scan';

describe('a rule about asking, storing or sending names no one', () => {
  it.each([
    // Nordic word order puts the verb before the negation.
    ['Vi frågar aldrig om hälsa eller graviditet vid intervjuer.', ['graviditet info no-one:policy']],
    ['Vi spør aldri om graviditet i intervjuer.', ['graviditet info no-one:policy']],
    ['Vi lagrer ikke opplysninger om sykmelding.', ['sykmelding info no-one:policy']],
    ['Sygemeldinger sendes ikke på mail.', ['sygemeldinger info no-one:policy']],
    // English and the negation first.
    ['We never ask about pregnancy in interviews.', ['pregnancy info no-one:policy']],
    ['We do not store any sick leave data in the tool.', ['sick leave info no-one:policy']],
    ['Läkarintyg får aldrig skickas med vanlig e-post.', ['läkarintyg info no-one:policy']],
    // telling or sharing it: an instruction to everyone
    ['Älä kerro diagnoosia esihenkilölle sähköpostilla.', ['diagnoosia info no-one:policy']],
    ['Du behöver inte berätta din diagnos för chefen.', ['diagnos info no-one:policy']],
    ['Please do not mention any diagnosis in the ticket.', ['diagnosis info no-one:policy']],
    ['Oplys ikke diagnosen i mailen.', ['diagnosen info no-one:policy']],
    // a pronoun only inside the rule's quoted example is the example's
    [
      'Skriv aldrig diagnoser, symtom eller "han har fått utmattning" i mejl, Teams eller andra kanaler.',
      ['diagnoser info no-one:policy'],
    ],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // true positives: a person in the sentence outweighs the rule
    ['Hon är gravid och vi frågar inte mer om det.', ['gravid sensitive anchor:hon']],
    ['She asked us not to store her pregnancy details.', ['pregnancy sensitive anchor:she']],
    // no negation: not a rule
    ['Vi frågar Anna om hennes sjukskrivning.', ['sjukskrivning sensitive anchor:hennes']],
    [
      'Hän ei kertonut diagnoosia, mutta on sairauslomalla.',
      ['diagnoosia sensitive anchor:hän', 'sairauslomalla sensitive anchor:hän'],
    ],
    ['Sjukskriven resten av veckan, spara mejlet.', ['sjukskriven sensitive']],
    // the pronoun outside the quotes is someone in the text
    ['Skriv aldrig "sjuk", han har diagnos sedan i våras.', ['diagnos sensitive anchor:han']],
  ])('still about someone: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // traps: the negation and the verb must be whole words and near each other
    ['Notera: sjukskriven sedan i måndags, not yet back.', ['sjukskriven sensitive']],
    ['Sjukskriven t.o.m. fredag. Vi frågar chefen i morgon om det inte går.', ['sjukskriven sensitive']],
  ])('a negation elsewhere is no rule: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});

describe('a handbook and its sections name no one', () => {
  it.each([
    [
      '- Vi opdaterer personalehåndbogen, bl.a. afsnittene om graviditet og barsel.',
      ['graviditet info no-one:policy'],
    ],
    ['Kapitlet om sjukskrivning i personalhandboken är nytt.', ['sjukskrivning info no-one:policy']],
    ['The chapter on sick leave has been rewritten.', ['sick leave info no-one:policy']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it('a person reading the handbook is still a person', () => {
    expect(about('Hon har läst avsnittet om graviditet, hon är gravid i vecka 20.')).toEqual([
      'graviditet sensitive anchor:hon',
      'gravid sensitive anchor:hon',
    ]);
  });
});

describe('"diagnosis" is said of machines too: cautious, like "diagnos"', () => {
  it.each([
    ['Diagnosis of the brown-out: the supply dips when both pumps start.'],
    ['The gateway diagnosis showed a firmware fault.'],
    ['Root cause and diagnosis are in the ticket for the sensor.'],
  ])('technical, no one: %j', (text) => {
    expect(about(text)).toEqual([]);
  });

  it.each([
    ['His diagnosis came back yesterday.', ['diagnosis sensitive anchor:his']],
    ['Diagnosis: ADHD, confirmed in March.', ['diagnosis sensitive', 'adhd sensitive']],
    [
      'The consultant got the diagnosis last week and is off work.',
      ['diagnosis sensitive anchor:the consultant'],
    ],
  ])('about a person: %j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });
});
