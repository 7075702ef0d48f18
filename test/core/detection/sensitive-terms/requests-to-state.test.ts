/**
 * A request to state a kind of data ("Husk at oplyse allergier ved tilmelding", "Kom ihåg att ange
 * allergier", "Ilmoitathan allergiat", "Write allergies in the comment field") and a form's field for it ask
 * for what is not there yet: no one's data. Traps: a name or the writer in the request's own clause, and the
 * same verbs said of someone.
 */
import { blocked } from './scan';

describe('a request to state it names no one', () => {
  it.each([
    ['Husk at oplyse allergier ved tilmelding.'],
    ['Husk at give besked om allergier senest fredag.'],
    ['Gi gjerne beskjed om allergier eller spesielle behov i påmeldingsskjemaet.'],
    ['Husk å oppgi allergier når du melder deg på.'],
    ['Husk å melde fra om matallergier innen fredag.'],
    ['Kom ihåg att ange allergier i anmälan.'],
    ['Glöm inte att ange allergier i anmälan.'],
    ['Skriv allergier i kommentarfältet.'],
    ['Write allergies in the comment field.'],
    ['Muista ilmoittaa allergiat perjantaihin mennessä.'],
    ['Muistathan ilmoittaa ruoka-allergiat.'],
    ['Kerrothan allergiat ilmoittautumisen yhteydessä.'],
    ['Ilmoitattehan allergiat viimeistään perjantaina.'],
    ['Ilmoitathan ruoka-aineallergiat ilmoittautumisen yhteydessä.'],
    // a form's field for it
    ['Formuläret har ett fält för allergier.'],
    ['Skjemaet har et felt for allergier.'],
    ['Tilmeldingsformularen har et felt til allergier.'],
    ['The form has a field for allergies and dietary needs.'],
    ['Vi har lagt till ett fält för allergier i anmälningsformuläret till julbordet.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});

describe('someone in the request, or the verb said of someone, keeps the term theirs', () => {
  it.each([
    ['Husk å oppgi Annas allergier til kjøkkenet.'],
    ['Anna har en allvarlig nötallergi, skriv det på hennes namnskylt.'],
    ['Skriv i journalen att Anna har diabetes.'],
    ['Ange att Per är sjukskriven på fakturan till kunden.'],
    ['Oplys venligst at Mette er sygemeldt.'],
    ['I forgot to mention my diabetes diagnosis when I signed up.'],
    ['Hon glömde att ange sin allergi vid anmälan.'],
    ['Ilmoitathan Liisalle, että Matti on sairauslomalla.'],
    ['Per er sykmeldt, gi beskjed til kunden.'],
    ['Jeg skal skrive at jeg er sygemeldt resten af ugen.'],
    ['Anna skriver att hon har fått diagnosen diabetes.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(true);
  });
});
