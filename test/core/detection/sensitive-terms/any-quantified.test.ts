/**
 * A term under "any", "eventuella" or "ingen" names what someone might have, or that there is none: about no
 * one, even with a pronoun in the sentence. Traps: the same words near, but not over, a term about someone.
 */
import { blocked } from './scan';

describe('a term under "any" is about no one', () => {
  it.each([
    [
      'Please register in the form by 5 December, including any allergies or dietary needs - no need to e-mail me.',
    ],
    ['Meddela eventuella matallergier till mig senast fredag.'],
    ['Gi beskjed om evt. allergier til meg innen mandag.'],
    ['Giv besked om eventuelle allergier til mig.'],
    ['Kerro mahdolliset allergiat minulle perjantaihin mennessä.'],
    ['Hun har ingen allergier.'],
    // one more kind before the term, joined by "or"
    ['Food: please send any dietary requirements or allergies to Linnea directly (not reply-all).'],
    ['Meld fra om eventuelle kostbehov eller allergier til meg.'],
    // the abbreviation without its dot, as people write on their phones
    ['julbord lör 12/12 kl 18. anmälan + ev allergier/specialkost till mig senast fre 13/11.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});

describe('a quantifier elsewhere in the sentence', () => {
  it.each([
    ['Anna har nötallergi, så inga nötter på festen.'],
    ['Jag har inga problem med det, men Anna är sjukskriven.'],
    ['I have any number of allergies, and she is on sick leave too.'],
    ['He no longer has diabetes, his doctor says.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(true);
  });
});
