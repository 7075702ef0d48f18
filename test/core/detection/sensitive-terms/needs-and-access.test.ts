/**
 * What a rule requires ("Legeerklæring trengs fra dag fire", "Straffeattest kreves for stillinger i …"), a
 * place's access ("tillgänglig för rullstol", "wheelchair accessible") and a feature named after a condition
 * ("a pregnancy flag in the risk model"), figures named by their head ("the sick leave figures") and a term
 * in a web address name no one. Traps: someone named with the same words.
 */
import { blocked } from './scan';

describe('a requirement, a place or a feature names no one', () => {
  it.each([
    ['Legeerklæring trengs fra dag fire ved sykdom.'],
    ['Straffeattest kreves for stillinger i helsesektoren.'],
    ['Läkarintyg krävs från dag 8.'],
    ['A DBS check is required for everyone working with schools.'],
    ['Lokalen är tillgänglig för rullstol och har hörslinga.'],
    ['The venue is wheelchair accessible and there is a hearing loop.'],
    ['Lokalet er tilgjengelig for rullestolbrukere.'],
    ['Tilat ovat esteettömät ja pyörätuolilla pääsee kaikkialle.'],
    ['Kunden vill ha en pregnancy-flagga i riskmodellen, men det säger juristen nej till.'],
    ['The customer wants a pregnancy flag in the risk model; legal said no.'],
    // a statistic named by its head, a term in a web address
    ['Bring your laptop; the sick leave figures and survey are already in the board folder.'],
    ['Ilmoittautuminen 6.4. mennessä: vinnter.se/tapahtumat/etakuntoutus'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});

describe('someone named with the same words', () => {
  it.each([
    ['Anna sitter i rullstol, så lokalen måste vara tillgänglig.'],
    ['Ole bruker rullestol og trenger et tilgjengelig rom.'],
    ['Tom uses a wheelchair, so the venue must be accessible.'],
    ['Chris has a prosthetic leg, please book the accessible room.'],
    ['Hans straffeattest kreves før oppstart, og den viser en dom for vold.'],
    ['Pers läkarintyg krävs senast fredag, han är sjukskriven sedan måndag.'],
    ['Her sick leave figures look odd.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(true);
  });
});
