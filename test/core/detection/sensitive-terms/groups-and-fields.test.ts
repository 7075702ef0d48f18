/**
 * Whom a term is about when it names a group or a field rather than a person: people with a condition in
 * the plural ("pasienter med diabetes"), a field of care a customer works in ("inom psykiatrin"), a notice to
 * a group about rules and figures, a numbered heading over the text under it; a data processing agreement's
 * categories of data; a party's list of candidates.
 */
import { blocked } from './scan';

describe('a group or a field, no one in it', () => {
  it.each([
    ['Pasienter med diabetes får måleren hjem; integrasjonen gjøres neste uke.'],
    ['Potilaat, joilla on sydämen vajaatoiminta, seurataan kotona.'],
    ['Vi har fått en ny kund inom psykiatrin; de vill ha larmknappar på avdelningarna.'],
    ['Kunden er en stor aktør innen psykiatri og rusomsorg.'],
    // pupils, guests and staff with a condition, as a product or a menu is made for them
    ['Läsare monteras så att de fungerar för elever med syn- eller hörselnedsättning.'],
    ['The menu has a column for guests with allergies.'],
    [
      'Hei alle sammen!\n\nDet er influensasesong, og flere har spurt om hvordan det er med egenmelding hos oss.\n\n- Registrer fraværet i Flex under Fravær > Egenmelding. Du trenger ikke oppgi årsak.\n- Er du syk lenger enn 8 dager, trenger du sykmelding fra lege.\n\nSykefraværet var 2,1 % i 2025.',
    ],
    [
      'Jag vet att det är mycket just nu, men jag behöver ändå ta några minuter av er tid. Här är det viktigaste:\n\n1. Sjukanmälan\nMedarbetaren anmäler till dig (samtal eller sms) senast kl 9 första dagen och registrerar frånvaron i Flex.',
    ],
    ['Bilaga 1, Kategorier av personuppgifter\nMen diagnos och medicinering har vi inte och vill inte ha.'],
  ])('not blocked: %s', (text) => {
    expect(blocked(text)).toBe(false);
  });
});

describe('still about the person', () => {
  it.each([
    ['Anna är en av våra patienter med diabetes och vill inte vara med i piloten.'],
    ['Anna och hennes gäster med allergier äter först.'],
    ['Hon vårdas inom psykiatrin sedan i våras.'],
    ['Hej alla!\n\nSjukskriven resten av veckan, hör av er till Per om releasen.'],
    ['Här är läget:\n\n2. Anna – sjukskriven\nHon är borta veckan ut.'],
    ['Han har fået plads på Venstres liste i Østjyllands Storkreds til folketingsvalget.'],
    ['Hänet valittiin kaupunginvaltuustoon vihreiden listalta.'],
    ['Hon står på Vänsterpartiets lista i kommunvalet.'],
  ])('blocked: %s', (text) => {
    expect(blocked(text)).toBe(true);
  });
});
