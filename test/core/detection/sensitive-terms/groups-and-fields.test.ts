/**
 * Whom a term is about when it names a group or a field rather than a person: people with a condition in
 * the plural ("pasienter med diabetes"), a field of care a customer works in ("inom psykiatrin"), figures that
 * have risen; a data processing agreement's categories of data; a party's list of candidates.
 */
import { blocked } from './scan';

describe('a group or a field, no one in it', () => {
  it.each([
    ['Pasienter med diabetes får måleren hjem; integrasjonen gjøres neste uke.'],
    ['Potilaat, joilla on sydämen vajaatoiminta, seurataan kotona.'],
    ['Vi har fått en ny kund inom psykiatrin; de vill ha larmknappar på avdelningarna.'],
    ['Kunden er en stor aktør innen psykiatri og rusomsorg.'],
    ['Sjukskrivningarna på kundens lager har ökat, de vill ha larm på tunga lyft.'],
    ['Bilaga 1, Kategorier av personuppgifter\nMen diagnos och medicinering har vi inte och vill inte ha.'],
  ])('not blocked: %s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});

describe('still about the person', () => {
  it.each([
    ['Anna är en av våra patienter med diabetes och vill inte vara med i piloten.'],
    ['Hon vårdas inom psykiatrin sedan i våras.'],
    ['Annas sjukskrivning har ökat till 75 procent.'],
    ['Han har fået plads på Venstres liste i Østjyllands Storkreds til folketingsvalget.'],
    ['Hänet valittiin kaupunginvaltuustoon vihreiden listalta.'],
    ['Hon står på Vänsterpartiets lista i kommunvalet.'],
  ])('blocked: %s', (text) => {
    expect(blocked(text)).toBe(true);
  });
});
