/**
 * A seat held for a party, a disease named after a person said as someone has it, a biometric record by its
 * format, a condition on anyone, and a count as a key's value. Traps: the same words said of no one.
 */
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { blocked, scan } from './scan';

describe('about a person', () => {
  it.each([
    // a seat in an elected body held "for" a party
    ['Han valdes in i kommunfullmäktige i Sollentuna för Vänsterpartiet i valet i september.'],
    ['Han är ersättare i socialnämnden för Vänsterpartiet.'],
    ['Ida Frost (formand for partiforeningen) henter brikkerne.'],
    // a disease named after a person, said as someone has it
    ['Inger Poulsen har Parkinson og falder tit om natten.'],
    ['Min far fick Alzheimer förra året.'],
    // vocabulary: serving a sentence, Finnish forms of "gay"
    ['Kenneth Strand, han som soner for grovt ran, slo den i stykker.'],
    ['Lauri on ollut avoin siitä olevansa homo.'],
    // a biometric record by its ISO/IEC 19794 magic, in a row naming its person
    [
      'T001;Aino Virtanen;R_INDEX;87;Rk1SACAyMAAAAAEiAAABPAFiAMUAxQEAAABWJ0CSAC6MAEBuADwRAEDIAEaFAEBZAFeWAEC0AGx5',
    ],
    // a name inside a condition's clause is still that person's
    ['Om du har frågor om Annas sjukskrivning, ring mig.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(true);
  });
});

describe('about no one', () => {
  it.each([
    // a condition on the reader, the verb first, whoever the main clause names
    ['Har du en funktionsnedsättning eller av annat skäl behöver hjälp vid utrymning – meddela Anna.'],
    ['Har I allergier, så skriv til Mette senest fredag.'],
    ['Om du har allergier, meddela Anna.'],
    // a count as a key's value
    ['Pågående rehabiliteringsärenden: 3 (hela bolaget)'],
    ['Arbetsskador anmälda:            0'],
    // traps: a party as a customer, a surname, a product
    ['Vi installerar skärmar i kommunfullmäktiges sal åt Vänsterpartiet.'],
    ['Offerten för Vänsterpartiet gäller fullmäktigesalen.'],
    ['Offerten från Crohn Consulting kom i går, säger Per.'],
  ])('%s', (text) => {
    expect(blocked(text)).toBe(false);
  });

  it('keeps the value of a record out of its reasons', () => {
    const text = 'T001;Aino Virtanen;Rk1SACAyMAAAAAEiAAABPAFiAMUAxQEAAABWJ0CSAC6MAEBuADwRAEDIAEaFAEBZ';
    const record = scan(text, DEFAULT_RECOGNIZERS).find((f) => f.category === 'special-category');
    expect(record?.reasons).toContain('term:fingerprint template');
    expect(record?.reasons.join(' ')).not.toMatch(/rk1sa/i);
  });
});
