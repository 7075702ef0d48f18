/**
 * A generated corpus for the detection quality benchmark: ordinary business mails (which must stay
 * quiet) and mails with one planted item of a known category (which must be caught). The sentences are
 * written for this benchmark and are not used by any test, so tuning to the tests does not show here.
 */

import { rng } from './mail-text';

export type Rng = () => number;

/** Seeded PRNG, so every run measures the same corpus. */
export const seeded: (seed: number) => Rng = rng;

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A Luhn-valid Swedish personnummer for a random adult, `YYMMDD-NNNC`. */
export function personnummer(rng: Rng): string {
  const yy = 50 + Math.floor(rng() * 50);
  const body = `${pad(yy)}${pad(1 + Math.floor(rng() * 12))}${pad(1 + Math.floor(rng() * 28))}${pad(Math.floor(rng() * 99) + 1, 3)}`;
  return `${body.slice(0, 6)}-${body.slice(6)}${luhnDigit(body)}`;
}

/** A Luhn-valid Visa-shaped card number in groups of four. */
export function cardNumber(rng: Rng): string {
  let body = '4';
  for (let i = 0; i < 14; i++) body += String(Math.floor(rng() * 10));
  const full = body + String(luhnDigit(body));
  return full.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export const CLEAN_SENTENCES: readonly string[] = [
  'Tack för ett bra möte i dag, jag återkommer med en uppdaterad tidplan senast fredag.',
  'Bifogar protokollet från styrgruppsmötet, punkt 4 om budgeten behöver beslut nästa vecka.',
  'Kan vi flytta avstämningen till onsdag kl 14:30 i stället? Jag sitter i workshop hela tisdagen.',
  'Offerten gäller 60 dagar och priset är 189 500 kr exklusive moms för 250 enheter.',
  'The integration tests passed on build 7731 after the retry fix; release candidate is tagged v3.8.0-rc2.',
  'Latency on the EU broker dropped from 180 ms to 45 ms after we moved to the new cluster.',
  'Please review the pull request for the OTA update flow before Thursday.',
  'Vi behöver 12 st extra LTE-moduler till piloten i Umeå, leveranstid cirka tre veckor.',
  'Kunden rapporterade att gatewayen tappar anslutningen var 37:e minut, vi felsöker loggarna.',
  'Ärende 48211 är löst: felet låg i tidszonshanteringen vid sommartid.',
  'Our sprint review is moved to room Saturnus, same time as usual.',
  'The firmware image is 1.8 MB and fits in the 2 MB partition with room for the bootloader.',
  'Sensor 0x3F reported 21.4 °C at 2026-11-20T08:15:00Z, within the calibrated range.',
  'Faktureringen sker kvartalsvis i efterskott enligt ramavtalet, första fakturan i januari.',
  'Vi kör en riskanalys enligt IEC 62443 innan lanseringen, Johan håller i den.',
  'Systemets hälsa ser bra ut efter uppgraderingen, alla health checks är gröna.',
  'Demo-riggen gick sjukt bra på mässan, flera besökare ville ha offert direkt.',
  'The battery health indicator shows 97 % after 400 charge cycles in the climate chamber.',
  'Kan du diagnostisera varför noden i Kiruna rapporterar fel spänning sedan i går?',
  'Leverantörens organisationsnummer är 556016-0680 och avtalet löper till 2027-06-30.',
  'Remember the first-aid training on Monday, sign up in the HR portal.',
  'Ordernummer 2103150013 skickades i går och spårningsnumret kommer i separat mejl.',
  'Vi ses på konferensen i Göteborg den 4 december, monter B12.',
  'The customer wants a quote for 1 000 units delivered in batches of 200.',
  'Budgeten för Q1 är 2,4 MSEK varav 40 % går till hårdvara.',
  'Please update the Jira ticket MG-1187 with the root cause before you close it.',
  'Kalibreringsfilen för serienummer SN 4471 0923 8812 finns på projektytan.',
  'We agreed to use MQTT over TLS 1.3 with client certificates for all field devices.',
  'Jag är på semester vecka 52, Maria tar mina ärenden under tiden.',
  'The patient monitor prototype passed the EMC pre-scan; full IEC 60601 testing starts in March.',
  'Vi har kollektivavtal med Unionen och Sveriges Ingenjörer sedan 2019.',
  'Påminnelse: skicka aldrig personnummer, hälsouppgifter eller kortnummer via mejl.',
  'Sjukt snygg dashboard, men laddtiden är sjukt lång på mobilen.',
  'Use the sandbox test card 4242 4242 4242 4242 with any future expiry date.',
  'Loggen visar epoch 1732450000 och sekvensnummer 8812003114 för det tappade paketet.',
  'IMEI 356938035643809 och ICCID 89460000000000001234 är registrerade i portalen.',
  'Vår växel nås på 031-712 40 00 under kontorstid.',
  'The API returns HTTP 503 when the health endpoint /healthz times out after 5 s.',
  'Modem i rack 3 har MAC 00:1B:44:11:3A:B7 och IP 10.20.30.41.',
  'Stresstestet med 10 000 samtidiga klienter gick igenom utan fel.',
];

export const GREETINGS: readonly string[] = [
  'Hej Anna,',
  'Hej!',
  'Hi Tom,',
  'Hello team,',
  'Hej alla,',
  'Dear Sara,',
];
export const SIGNOFFS: readonly string[] = [
  'Mvh\nPeter',
  'Vänliga hälsningar\nKarin Holm',
  'Best regards,\nErik',
  'Thanks,\nLina',
  '/Johan',
];

/** Planted items, each a sentence with one item of a known category. */
export const PLANTS: readonly { readonly category: string; readonly make: (rng: Rng) => string }[] = [
  {
    category: 'national-id',
    make: (r) => `Hennes personnummer är ${personnummer(r)}, kan du lägga in henne i lönesystemet?`,
  },
  {
    category: 'national-id',
    make: (r) => `His personal identity number is ${personnummer(r)} according to the contract.`,
  },
  { category: 'national-id', make: (r) => `Pnr: ${personnummer(r)}` },
  { category: 'health', make: () => 'Lisa är sjukskriven resten av veckan efter operationen.' },
  {
    category: 'health',
    make: () => 'He has been on sick leave since Monday and has a doctor’s note until the 15th.',
  },
  { category: 'health', make: () => 'Jag har fått diagnosen utmattningssyndrom och går ner på halvtid.' },
  { category: 'health', make: () => 'Hon är gravid och planerar föräldraledighet från mars.' },
  { category: 'special-category', make: () => 'Per är medlem i IF Metall och vill ha facket med på mötet.' },
  { category: 'financial-card', make: (r) => `Kortnummer ${cardNumber(r)}, giltigt till 08/28.` },
  { category: 'contact', make: () => 'Kundens mobil är 070-612 33 45 om du behöver nå honom.' },
  { category: 'contact', make: () => 'Hon bor på Storgatan 14, 411 38 Göteborg.' },
  { category: 'financial', make: () => 'Betala till IBAN SE45 5000 0000 0583 9825 7466.' },
  { category: 'national-id', make: (r) => `personnummer 19${personnummer(r).replace('-', '')}` },
  { category: 'health', make: () => 'Jag har feber och stannar hemma i dag.' },
  { category: 'health', make: () => 'She has been hospitalised since Tuesday.' },
  { category: 'health', make: () => 'Han har diabetes och behöver pauser för att äta.' },
  { category: 'special-category', make: () => 'He told me he is a member of the Green Party.' },
];
