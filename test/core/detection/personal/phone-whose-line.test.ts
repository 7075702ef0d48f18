/**
 * Phone numbers by whose line they are: next of kin are people, while shared lines, business references and
 * company identifiers are no person's phone.
 */
import { phoneRecognizer } from '../../../../src/core/detection/recognizers/personal';
import { libphonenumberPhones } from '../../../../src/core/detection/recognizers/personal/libphonenumber-phones';
import { scan, values } from './helpers';

const phoneNumber = phoneRecognizer(libphonenumberPhones);

describe('next of kin', () => {
  it.each([
    ['Pårørende for Ole Bak: Karen Bak, 29 88 77 66.', '29 88 77 66'],
    ['Next of kin: Tom Reed, 070-123 45 67', '070-123 45 67'],
  ])('%j: the number to call is a phone number', (text, value) => {
    expect(values(scan(text, [phoneNumber]))).toEqual([value]);
  });
});

describe('numbers that are no person’s phone', () => {
  it.each([
    // Sweden's 071 numbers are for machines (M2M): a SIM inventory
    ['| 1 | 8946012126041803102 | +46 71 92 04 118 | 358236094021159 | GW-4410-0131 |'],
    ['Gatewayns SIM har nummer 071-920 41 18.'],
    // a number offered for questions in a job ad or a notice
    ['Søg senest 15. april. Spørgsmål: Søren Bjerre, teamleder, +46 31 760 12 00.'],
    ['Ansøgningsfrist 1. marts. Spørgsmål: afdelingsleder Rasmus Holm, tlf. 33 14 52 00.'],
    ['Spørsmål? Ring resepsjonen på +46 31 701 12 00.'],
    // freephone, shared-cost, premium and corporate ranges, by the numbering plan
    ['Visselblåsning – Telefon: 020-12 34 50 (röstbrevlåda)'],
    ['Jos kortti katoaa, soita heti sulkupalveluun (0200 2121, 24/7).'],
    ['Ajanvaraus: palvelunumerosta 010 345 6000 (ma–pe 7–18).'],
    ['Kundtjänst, telefon 0771-23 45 67.'],
    ['Hotline, tlf. +45 80 20 30 40.'],
    ['Ring kundeservice på telefon 800 12 345.'],
    // a dotted quad is an IP address, a phone word near or not; a support line is the company's
    ['  src 10.88.12.10  ->  dst 10.196.40.30 (nurse call integration)  tcp/5060'],
    ['Takuu ja tuki: asiakastuki 010 231 4420, viat 24/7 samasta numerosta.'],
    // an employee's work line, as the company gives it
    ['Direkte kontakt til ham:\n  Jonas Holm\n  Arbejdsmobil: +46 73 412 88 50'],
    ['Work mobile: +46 70 174 06 88'],
    // an organisation's own line, a shared phone, a contact for a business errand, a company's signature
    ['Har I spørgsmål, så ring til vores support på +46 8 410 560 90 med serienummeret.'],
    ['For urgent operational matters please call our depot on 0118 496 0720.'],
    ['If a device is lost or stolen: call the IT number (0118 496 0455) or Teams me straight away.'],
    ['Vakttelefonen er den samme som før: +47 400 12 880 (går til driftssentralen).'],
    ['Kontakt ved levering: Peter Winther, +45 43 96 12 00.'],
    ['Stefan Kessler\nLeiter Gebäudeautomation\nKessler Gebäudetechnik GmbH\nTel. +49 561 70 93 10'],
    // two days joined by a dash, in a list of trips
    ['Jonas Ekberg       GBG–Helsingfors     03-03–03-05  4 212,00   870,00'],
  ])('%j', (text) => {
    expect(scan(text, [phoneNumber])).toEqual([]);
  });

  it.each([
    ['Mobile: 07700 900 958', '07700 900 958'],
    ['Mobil: 040 123 4567', '040 123 4567'],
    ['Tlf. 22 33 44 55', '22 33 44 55'],
  ])('trap: the whole number, not a shorter plan’s piece of it: %j', (text, value) => {
    expect(values(scan(text, [phoneNumber]))).toEqual([value]);
  });

  it.each([
    ['Anna har nytt mobilnummer: +46 70 174 06 91.', '+46 70 174 06 91'],
    ['Support-ärendet gäller Anna. Hennes privata mobil är 070-174 06 91.', '070-174 06 91'],
    ['Anna Berg slutar på Kylteknik AB i maj; hennes privata mobil: 070-174 06 91.', '070-174 06 91'],
    ['Anna är på plats i morgon, hennes mobil 070-174 06 91.', '070-174 06 91'],
  ])('trap: a mobile stays a person’s: %j', (text, value) => {
    expect(values(scan(text, [phoneNumber]))).toEqual([value]);
  });
});

describe('company identifiers are not phone numbers', () => {
  it.each([['Verkkoyhtiö Oy, Y-tunnus 1572860-0'], ['Vinnter Oy, ALV-tunniste FI01120389']])('%j', (text) => {
    expect(scan(text, [phoneNumber])).toEqual([]);
  });
});
