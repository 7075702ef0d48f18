import { aboutWhom as about } from './scan';

describe('about whom: a term is sensitive data only when tied to a person', () => {
  it.each([
    // true positives: a name, a pronoun, the first person, a role, a list item under a lead-in
    ['Hon har jordnötsallergi.', ['jordnötsallergi sensitive anchor:hon']],
    [
      'I was diagnosed with coeliac disease last year.',
      ['diagnosed sensitive anchor:i was', 'coeliac sensitive anchor:i was'],
    ],
    ['Hanna Salo kertoi olevansa raskaana.', ['raskaana sensitive anchor:name']],
    [
      'Jeg er blevet indlagt på Herlev med lungebetændelse.',
      ['indlagt på sensitive anchor:jeg', 'lungebetændelse sensitive anchor:jeg'],
    ],
    ['The applicant told us about her burnout.', ['burnout sensitive anchor:the applicant']],
    [
      'Sjukskrivna denna vecka:\n- Anna Berg (ryggskada, sjukskriven)',
      [
        'sjukskrivna sensitive anchor:list',
        'ryggskada sensitive anchor:name',
        'sjukskriven sensitive anchor:name',
      ],
    ],
    // a table row hangs from the colon line over its table, as a list item from its lead-in
    [
      'Larmhistorik för Sven Holm:\n\n| Datum | Kommentar |\n|---|---|\n| 2026-11-19 | Misstänkt revbensfraktur |',
      ['revbensfraktur sensitive anchor:name'],
    ],
    [
      'Larmlogg för Sven Holm:\n2026-11-19\tfall\tmisstänkt revbensfraktur\tambulans',
      ['revbensfraktur sensitive anchor:name', 'ambulans sensitive anchor:name'],
    ],
    ['Sjukskriven resten av veckan, hör av dig till Erik.', ['sjukskriven sensitive anchor:name']],
    // a timetable row is not a schema line, though it opens with "09:00"
    ['Tid;Namn;Behov\n09:00;Daniel Forsberg;Diskbråck, behöver ny stol', ['diskbråck sensitive anchor:name']],
    // a logged record's value is the data of the person the record names, even over a line break
    [
      'payload={"patient":"Anna Berg",\n"diagnosis":"Diabetes mellitus type 1","dose":6}',
      ['diagnosis info no-one:code', 'diabetes sensitive anchor:name'],
    ],
    // ...and a message its person wrote, logged as a value, is theirs by its pronoun
    [
      '{"intent":"pause","besked":"Hej, jeg er gravid i 5. måned og lægen har sagt nej til holdtræning"}',
      ['gravid sensitive anchor:jeg', 'lægen sensitive anchor:jeg'],
    ],
    // a list of people a term leads outweighs a count in its sentence
    [
      'Meiltä hiihtää kuusi henkilöä, ja heistä seuraavat ovat TEK:n jäseniä:\n\n  Noora Lindholm\n  Jari Koivisto',
      ['tek:n jäseniä sensitive anchor:list'],
    ],
    // a row aligned by spaces hangs from the colon line over it, as a tabbed row does
    [
      'Läkemedel för Anna Berg:\n  Metformin 500 mg    1x2   08:00\n  Alvedon 500 mg    vid behov',
      ['metformin sensitive anchor:name'],
    ],
    // a name outweighs a role noun before it
    ['Our colleague Mikael Strand was diagnosed last year.', ['diagnosed sensitive anchor:name']],
    ['Sjukskriven resten av veckan.', ['sjukskriven sensitive']],
    // a field filled in, or a blank that is not the term's field, keeps the term someone's
    ['Anna Berg har allergier, skriv dem här: ______', ['allergier sensitive anchor:name']],
    // one's family: the possessive owns the family noun, the family noun the term
    ['My parents are Muslims, so the burial is within a day.', ['muslims sensitive anchor:my']],
    [
      'Isäni sairastaa diabetesta.',
      ['sairastaa sensitive anchor:isäni', 'diabetesta sensitive anchor:isäni'],
    ],
    // the writer as a subject still counts, beside "till mig"
    ['Jag har allergi, skriv till mig.', ['allergi sensitive anchor:jag']],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // about no one: shown as info with the reason, never warned about
    [
      'Vi välkomnar sökande oavsett funktionsnedsättning, religion eller sexuell läggning.',
      ['funktionsnedsättning info no-one:generic', 'sexuell läggning info no-one:generic'],
    ],
    ['Sick leave across the team fell by a fifth.', ['sick leave info no-one:aggregate']],
    ['Sjukfrånvaron var 3,1 % i kvartalet.', ['sjukfrånvaron info no-one:aggregate']],
    ['HR-nyckeltal Q3:\n- sjukfrånvaro 3,1\n- personalomsättning 4', ['sjukfrånvaro info no-one:policy']],
    ['Personnummer och sjukskrivningar får aldrig skickas med mejl.', ['sjukskrivningar info no-one:policy']],
    ['  allergies: string[];', ['allergies info no-one:code']],
    ['  _allergies = true', ['allergies info no-one:code']],
    // data said to be made up, over rows aligned by spaces
    [
      'Testdata för lista (syntetisk, samma i alla testfall):\n  Metformin 500 mg    1x2   08:00',
      ['metformin info no-one:generic'],
    ],
    // a record that names no one: its values are a fixture's
    [
      'fixture={"id":42,"diagnosis":"Diabetes mellitus type 1"}',
      ['diagnosis info no-one:code', 'diabetes info no-one:code'],
    ],
    ['Rename `diagnosis_code` to `icd_code` in the schema.', ['diagnosis info no-one:code']],
    // a role in a record is the field's name, not a person
    [
      '{"patient":"TEST-1","diagnosis":"Diabetes mellitus type 1"}',
      ['diagnosis info no-one:code', 'diabetes info no-one:code'],
    ],
    // a form's field left to fill in: what it asks for is not there yet
    [
      'Ammattiliiton jäsenmaksun perintä: [ ] kyllä  [ ] ei (täytä vain jos haluat)',
      ['ammattiliiton jäsenmaksun info no-one:generic'],
    ],
    ['Allergier: ________________', ['allergier info no-one:generic']],
    ['Medlem i facket? ☐ Ja ☐ Nej', ['medlem i facket info no-one:generic']],
    // what a contract includes, in Finnish: a service on offer, no one's visit
    [
      'Sopimukseen kuuluu sairaanhoito, työfysioterapeutti ja terveystarkastus kolmen vuoden välein.',
      ['työfysioterapeutti info no-one:offer'],
    ],
  ])('%j', (text, expected) => {
    expect(about(text)).toEqual(expected);
  });

  it.each([
    // traps: no finding at all
    'Han bokar introduktion hos företagshälsovården – ingår för alla.',
    'Jeg har diagnosticeret gatewayen hos Vestas.',
    'The therapy app ships in May.',
    'Sjukhusprojektet är försenat.',
    'Vi bygger en insulinpump till kunden.',
    'Matti Virtanen testaa insuliinipumppua asiakkaalla.',
    'Thanks for your cooperation.',
    // a sister company is no family
    'Our sister company builds insulin pumps for the Nordic market.',
    // a weak term in a table under a colon line that names no one, or in plain lines under one that does
    'Larmhistorik för lgh 0803:\n\n| Datum | Kommentar |\n|---|---|\n| 2026-11-19 | Misstänkt revbensfraktur |',
    'Anna Berg skrev:\nmisstänkt revbensfraktur på testdockan',
    // the writer as where the data is sent, not whom it is about
    'Allergier og specialkost skrives i formularen, ikke i svar til mig.',
    "Please use the form and don't email me details about allergies, health or anything similar.",
    'Regardless of disability or sexual orientation, we welcome you.',
  ])('%j: nothing about anyone', (text) => {
    expect(about(text).filter((a) => a.indexOf(' sensitive') > 0)).toEqual([]);
  });
});

describe('groups said about people', () => {
  it.each([
    ['She is Kurdish and told me she prefers not to travel.', 'kurdish'],
    ['He is of Somali origin and speaks Somali.', 'of somali origin'],
    ['Ellen Marie Sara er same og ønsker fri.', 'er same'],
    ['Mikkel Dalsgaard er Jehovas Vidne, så han deltager ikke.', 'jehovas vidne'],
    ['Jussi kertoi olevansa Insinööriliiton jäsen, ja hän haluaa edustajan.', 'insinööriliiton jäsen'],
    ['Hon går i Pingstkyrkan.', 'pingstkyrkan'],
  ])('%j → %s', (text, term) => {
    expect(about(text).map((a) => a.split(' sensitive')[0])).toContain(term);
  });

  it.each(['Hon har teknisk bakgrund och jobbar i Rumänien.', 'She works in Romania with the same team.'])(
    '%j: no group',
    (text) => {
      expect(about(text)).toEqual([]);
    },
  );
});
