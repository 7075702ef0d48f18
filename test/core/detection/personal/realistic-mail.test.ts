/**
 * The personal-data recognizers on whole mails: ordinary sales, support and IoT engineering mail must
 * stay quiet (serials, MACs, IMEIs, firmware versions, timestamps, lab IPs, order numbers, prices), and
 * mails that do carry personal data must report exactly it. Run through the default registry so overlaps
 * with the identity-number and name recognizers are resolved as in production.
 */
import { DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
import { personalDataRecognizers } from '../../../../src/core/detection/recognizers/personal';
import { libphonenumberPhones } from '../../../../src/core/detection/recognizers/personal/libphonenumber-phones';
import { scan } from './helpers';

const PERSONAL_DATA_RECOGNIZERS = personalDataRecognizers(libphonenumberPhones);

const OWN_TYPES = PERSONAL_DATA_RECOGNIZERS.map((r) => r.id);

function ownFindings(text: string): string[] {
  return scan(text, DEFAULT_RECOGNIZERS)
    .filter((f) => OWN_TYPES.indexOf(f.type) >= 0)
    .map((f) => `${f.type}:${f.value}`);
}

const IOT_SUPPORT = `Hej!

Enhet SN-2024-00017 (serienr 4711231234567) med MAC 00:1A:2B:3C:4D:5E och IMEI 356938035643809 kör
firmware 2.4.10, build 2024.05.12. Gatewayen 192.168.1.20 svarar inte sedan 2024-05-12T10:22:01Z.
Sensor v1.2.3.4 loggar var 15:e minut, OID 1.3.6.1.2.1.1.3 via SNMP. ICCID 8946071234567890123.
Spänning 3.3 V, 1200 mAh, temp 21.5 C. Ärendenr 45123, testplan 2 klar.

Mvh Supporten`;

const SALES = `Hi,

Thanks for order 2103150013. The invoice 2024-0345 of 2 400 EUR is due 2024-06-30; price per unit
1 299 kr, 12 st à 349,00 SEK. Tracking 1Z999AA10123456784. Our ref 4111-2222.
Please pay to Bankgiro 5555-5551 or plusgiro 4470-1, OCR 4012888888881881.
Meeting on May 5, 2025 at 10:00 in room 204 (kl 10.30-11.45).

Best regards`;

const LAB_INVENTORY = `Device inventory
gw-01 10.0.4.1 fw 3.1.0
sensor-14 10.0.4.21 v2.0.7
router 172.16.0.1 firmware 1.2.3.4
dns 8.8.8.8`;

const HR_MAIL = `Hej Lisa,

Nya konsulten Anna Svensson (född 1985-05-12) börjar måndag. Hon bor på Storgatan 12B, 123 45 Stockholm,
mobil 070-123 45 67, mejl anna.svensson@example.com. Lönen betalas till kontonummer 8327-9, 123 456 789-0,
IBAN SE45 5000 0000 0583 9825 7466. Hennes tjänstebil har regnr ABC 123.
Kortet 4111 1111 1111 1111 exp 12/29 ska spärras. Hon loggade in från 203.0.113.7 igår, användaren anna.s.`;

describe('personal data in realistic mail', () => {
  it.each([
    ['IoT support mail', IOT_SUPPORT],
    ['sales mail', SALES],
    ['lab device inventory', LAB_INVENTORY],
  ])('%s has no personal-data findings', (_name, text) => {
    expect(ownFindings(text)).toEqual([]);
  });

  it('finds every kind of personal data in an HR mail', () => {
    expect(ownFindings(HR_MAIL)).toEqual([
      'date-of-birth:1985-05-12',
      'postal-address:Storgatan 12B, 123 45 Stockholm',
      'phone-number:070-123 45 67',
      'email-address:anna.svensson@example.com',
      'se-bank-account:8327-9, 123 456 789-0',
      'iban:SE45 5000 0000 0583 9825 7466',
      'license-plate:ABC 123',
      'payment-card:4111 1111 1111 1111',
      'ip-address:203.0.113.7',
    ]);
  });

  it('reports categories and severities from the shared vocabulary', () => {
    const findings = scan(HR_MAIL, PERSONAL_DATA_RECOGNIZERS);
    const byType: { [type: string]: string } = {};
    for (const f of findings) byType[f.type] = `${f.category}/${f.severity}`;
    expect(byType).toEqual({
      'date-of-birth': 'date-of-birth/personal',
      'postal-address': 'contact/personal',
      'phone-number': 'contact/personal',
      'email-address': 'contact/personal',
      'se-bank-account': 'financial/personal',
      iban: 'financial/personal',
      'license-plate': 'vehicle/personal',
      'payment-card': 'financial-card/sensitive',
      'ip-address': 'network/personal',
    });
  });

  it('never puts a matched value into the masked form', () => {
    for (const f of scan(HR_MAIL, PERSONAL_DATA_RECOGNIZERS)) expect(f.masked).not.toBe(f.value);
  });
});
