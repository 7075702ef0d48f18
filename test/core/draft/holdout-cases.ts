/**
 * Held-out drafts for the verdict suite (holdout.test.ts): realistic Nordic business mail written from
 * the policy (docs/email-policy.md, docs/cli.md "Vocabulary"), not from what the code does. Identity numbers
 * are Luhn/mod-valid test values computed for these tests, not real people's.
 */
import type { Category } from '../../../src/core/detection';
import type { Address } from '../../../src/core/draft';

export interface HoldoutCase {
  readonly name: string;
  readonly body: string;
  readonly subject?: string;
  readonly from?: Address;
  readonly to?: readonly Address[];
  readonly verdict: 'block' | 'warn' | 'allow';
  /** For block/warn: a category that must be among the findings that cause the verdict. */
  readonly category?: Category;
}

export const SENDER: Address = { address: 'erik.lund@vinnter.se', name: 'Erik Lund' };
export const COLLEAGUE: Address = { address: 'sofia.holm@vinnter.se', name: 'Sofia Holm' };
export const CUSTOMER: Address = { address: 'inkop@nordkyl.se', name: 'Nordkyl Inköp' };

const SIG_SV =
  '\n\nMed vänliga hälsningar\nErik Lund\nProjektledare, Vinnter AB\nMobil: 070-174 06 12\nExempelgatan 1, 411 01 Göteborg\n';
const SIG_EN = '\n\nBest regards,\nErik Lund\nProject Manager | Vinnter AB\nM +46 70 174 06 12\n';

/** HR, payroll and recruiting. */
export const HR_CASES: readonly HoldoutCase[] = [
  {
    name: 'sv: colleague on sick leave (sjukskriven)',
    to: [COLLEAGUE],
    body: `Hej Sofia,\n\nMaria Ek är sjukskriven hela veckan, så hennes kundmöten behöver flyttas.${SIG_SV}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: rehab with Försäkringskassan',
    to: [COLLEAGUE],
    body: `Hej,\n\nJohan har nu en rehabiliteringsplan och vi har avstämning med Försäkringskassan den 3 december. Han börjar på 50 % i januari.${SIG_SV}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: parental leave is not health',
    to: [COLLEAGUE],
    body: `Hej Sofia!\n\nLinnea går på föräldraledighet från 1 februari till och med augusti. Kan du ta över hennes kunder under tiden?${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'sv: salary revision without identifiers',
    to: [COLLEAGUE],
    body: `Hej,\n\nLönerevisionen är klar: snittet landade på 3,4 % och budgeten för 2027 är 1 250 000 kr. Individuella besked går ut vecka 50.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'sv: onboarding with personnummer',
    subject: 'Ny medarbetare 1 dec',
    to: [{ address: 'lon@lonebyran.se', name: 'Lönebyrån' }],
    body: `Hej,\n\nVi har en nyanställd som börjar 1 december:\nNamn: Oskar Lindqvist\nPersonnummer: 920301-4569\nAnställningsform: tillsvidare\n${SIG_SV}`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'sv: personnummer in 12-digit form without dash',
    to: [COLLEAGUE],
    body: `Hej,\n\nKan du lägga upp Hanna i lönesystemet? Hennes pnr är 197301019878.${SIG_SV}`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'sv: samordningsnummer for a consultant',
    to: [COLLEAGUE],
    body: `Hej,\n\nKonsulten från Polen har samordningsnummer 790271-2343, använd det i tidrapporteringen.${SIG_SV}`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'sv: reference with phone number',
    to: [{ address: 'rekrytering@vinnter.se' }],
    body: `Hej,\n\nReferens för kandidaten: Karl Nilsson, tidigare chef på Elektronikbolaget, nås på 073-456 78 90 efter kl 16.${SIG_SV}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: union membership of an employee',
    to: [COLLEAGUE],
    body: `Hej,\n\nAhmed är medlem i Unionen och vill att fackombudet är med på samtalet om omplaceringen.${SIG_SV}`,
    verdict: 'block',
    category: 'special-category',
  },
  {
    name: 'sv: a negotiation with the union is not membership',
    to: [COLLEAGUE],
    body: `Hej alla,\n\nMBL-förhandlingen om den nya organisationen hålls på torsdag kl 13 i rum Vinga. Unionen och Sveriges Ingenjörer har fått underlaget.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'sv: fever with a person anchor',
    to: [COLLEAGUE],
    body: `Hej Sofia,\n\nJag är hemma med feber idag, så jag hoppar över standupen.\n/Erik`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: läkarintyg for a colleague',
    to: [COLLEAGUE],
    body: `Hej,\n\nPeter har lämnat in läkarintyg från dag 8, det ligger i personalakten nu.${SIG_SV}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: burnout (utmattningssyndrom)',
    to: [COLLEAGUE],
    body: `Hej,\n\nSom du vet har Lena fått diagnosen utmattningssyndrom och kommer att vara borta en längre tid.${SIG_SV}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: signed off sick with stress',
    to: [COLLEAGUE],
    body: `Hi Sofia,\n\nTom has been signed off sick for two weeks with stress. Please cover his on-call shifts.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: pregnancy adjustments',
    to: [COLLEAGUE],
    body: `Hi,\n\nAmira told me she is pregnant and would like to avoid the lab soldering stations for now. Can we discuss adjustments?${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: surgery absence',
    to: [COLLEAGUE],
    body: `Hi,\n\nJames is having knee surgery on Monday and will be off for three weeks.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: CV with home address and date of birth',
    subject: 'Candidate for embedded role',
    to: [COLLEAGUE],
    body: `Hi Sofia,\n\nSummary of the CV we received:\nName: Lukas Berg\nAddress: Kvarngatan 14, 413 10 Göteborg\nDate of birth: 14 May 1990\nExperience: 8 years embedded C, Zephyr, BLE.${SIG_EN}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: candidate born date (född)',
    to: [COLLEAGUE],
    body: `Hej,\n\nKandidaten Elin Sjöberg, född 1994-03-22, har gått vidare till andra intervjun.${SIG_SV}`,
    verdict: 'warn',
    category: 'date-of-birth',
  },
  {
    name: 'sv: payroll bank account via IBAN',
    to: [{ address: 'lon@lonebyran.se', name: 'Lönebyrån' }],
    body: `Hej,\n\nOskar vill ha lönen insatt på IBAN SE45 5000 0000 0583 9825 7466 från och med december.${SIG_SV}`,
    verdict: 'warn',
    category: 'financial',
  },
  {
    name: 'sv: criminal record extract',
    to: [COLLEAGUE],
    body: `Hej,\n\nUtdraget ur belastningsregistret för den nya säkerhetsteknikern visar en tidigare dom för bedrägeri. Hur gör vi?${SIG_SV}`,
    verdict: 'block',
    category: 'special-category',
  },
  {
    name: 'sv: religious fasting of an employee',
    to: [COLLEAGUE],
    body: `Hej,\n\nYusuf fastar under ramadan, så kan vi flytta teamlunchen till efter kl 17 den veckan?${SIG_SV}`,
    verdict: 'block',
    category: 'special-category',
  },
  {
    name: 'en: first-aid training is not health data',
    to: [COLLEAGUE],
    body: `Hi all,\n\nReminder: first-aid training on Friday 09:00-12:00 in room Kattegatt. Coffee will be served.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: friskvårdsbidrag reminder',
    to: [COLLEAGUE],
    body: `Hej alla!\n\nGlöm inte att friskvårdsbidraget på 3 000 kr måste användas innan 31 december. Kvitton lämnas till ekonomi.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'no: sick leave (sykmeldt)',
    to: [COLLEAGUE],
    body: `Hei Sofia,\n\nKari er sykmeldt resten av uken, så vi må flytte leveransmøtet.\n\nMed vennlig hilsen\nErik Lund`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'no: fødselsnummer for payroll',
    to: [{ address: 'lonn@regnskap.no' }],
    body: `Hei,\n\nNy ansatt i Oslo-kontoret: Ola Nordmann, fødselsnummer 13097248022.\n\nMed vennlig hilsen\nErik Lund`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'dk: CPR number of a new hire',
    to: [{ address: 'hr@partner.dk' }],
    body: `Hej,\n\nMette starter 1. januar. Hendes CPR-nr. er 130672-9647.\n\nVenlig hilsen\nErik Lund`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'dk: doctor certificate (lægeerklæring)',
    to: [{ address: 'hr@partner.dk' }],
    body: `Hej,\n\nVi har modtaget en lægeerklæring for Mette, hun er sygemeldt to uger mere.\n\nVenlig hilsen\nErik Lund`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'fi: henkilötunnus',
    to: [{ address: 'palkat@kumppani.fi' }],
    body: `Hei,\n\nUuden työntekijän henkilötunnus on 131052-308T.\n\nTerveisin\nErik Lund`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'sv: passport number for travel booking',
    to: [{ address: 'resor@resebyran.se' }],
    body: `Hej,\n\nBokning till Shenzhen för Anders Wik. Passnummer: 89123456, giltigt till 2031.${SIG_SV}`,
    verdict: 'block',
    category: 'identity-document',
  },
  {
    name: 'sv: company car registration',
    to: [COLLEAGUE],
    body: `Hej,\n\nTjänstebilen som Mikael kör har regnr ABC 123 och ska på service på fredag.${SIG_SV}`,
    verdict: 'warn',
    category: 'vehicle',
  },
];

/** Sales, support and customer contact. */
export const CUSTOMER_CASES: readonly HoldoutCase[] = [
  {
    name: 'sv: quote with customer org number',
    subject: 'Offert 2026-118',
    to: [CUSTOMER],
    body: `Hej,\n\nHär kommer offerten på 40 st gateways à 4 950 kr. Fakturan ställs till Nordkyl AB, org.nr 556123-4567. Leverans vecka 3.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: third-party buyer contact details',
    to: [COLLEAGUE],
    body: `Hi Sofia,\n\nPlease follow up with their buyer, Jane Smith, at jane.smith@acme-industries.com or +44 20 7946 0958.${SIG_EN}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: order number that is date + Luhn valid',
    to: [CUSTOMER],
    body: `Hej,\n\nTack för beställningen! Ditt ordernummer är 8504121230 och leverans sker inom 5 arbetsdagar.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'sv: OCR number on an invoice',
    to: [CUSTOMER],
    body: `Hej,\n\nFaktura 2026-1187 på 48 500 SEK förfaller 2026-12-15. Ange OCR 8709230166 vid betalning.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'sv: customer number looking like pnr',
    to: [CUSTOMER],
    body: `Hej,\n\nJag hittar ditt ärende under kundnummer 6407182341. Felet är åtgärdat i senaste uppdateringen.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'sv: tracking number and parcel',
    to: [CUSTOMER],
    body: `Hej,\n\nPaketet har skickats med PostNord, kollinummer 00373500412345678901. Spåra på postnord.se.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: support ticket with timestamps',
    to: [CUSTOMER],
    body: `Hi,\n\nTicket #48213: the outage started 2026-11-24 13:45 UTC and was resolved at 14:02 UTC. Root cause was an expired certificate.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: "sv: customer's own address repeated back",
    to: [CUSTOMER],
    body: `Hej,\n\nVi skickar bekräftelsen till inkop@nordkyl.se som du bad om.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'sv: delivery address of a private person',
    to: [COLLEAGUE],
    body: `Hej,\n\nKunden vill ha demoenheten levererad hem: Eva Strand, Björkvägen 7, 443 31 Lerum.${SIG_SV}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: support call-back to a mobile number',
    to: [CUSTOMER],
    body: `Hej Anders,\n\nVår tekniker ringer dig på 076-512 33 84 i morgon förmiddag.${SIG_SV}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'en: card number sent by a customer',
    to: [{ address: 'billing@vinnter.se' }],
    body: `Hi,\n\nThe customer asked us to charge the card 4571 2345 6789 0120, exp 08/28. Can you process it?${SIG_EN}`,
    verdict: 'block',
    category: 'financial-card',
  },
  {
    name: 'sv: account question without data',
    to: [CUSTOMER],
    body: `Hej,\n\nDu kan byta lösenord under Inställningar > Konto. Hör av dig om inloggningen fortfarande inte fungerar.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'no: delivery address in Oslo',
    to: [COLLEAGUE],
    body: `Hei,\n\nSend prøveenheten til Kari Nordmann, Storgata 5, 0155 Oslo, tlf 412 34 567.\n\nMed vennlig hilsen\nErik Lund`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'en: customer satisfied, slang',
    to: [CUSTOMER],
    body: `Hi,\n\nThanks for the demo yesterday — the team said it was sick! Let us book the pilot for Q1.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: order confirmation with article numbers',
    to: [CUSTOMER],
    body: `Hej,\n\nOrderbekräftelse 450123:\n- Art.nr 1002-3345 Gateway GW4, 10 st\n- Art.nr 1002-3350 Antenn, 10 st\nSumma: 52 300 kr exkl. moms.${SIG_SV}`,
    verdict: 'allow',
  },
];
