/**
 * Held-out drafts, part three: a second batch written after the first round of fixes, so the suite
 * keeps measuring mail the rules were not tuned on. Written from the policy, not from the code.
 */
import { COLLEAGUE, CUSTOMER, type HoldoutCase } from './holdout-cases';

const SIG = '\n\nMvh\nErik Lund\nVinnter AB\n070-174 06 12\n';
const SIG_EN = '\n\nKind regards\nErik Lund\nVinnter AB | +46 70 174 06 12\n';
const PAYROLL = { address: 'lon@lonebyran.se', name: 'Lönebyrån' };
const HOTEL = { address: 'konferens@hotell.se' };

/** HR and recruiting, second batch. */
export const MORE_HR_CASES: readonly HoldoutCase[] = [
  {
    name: 'sv: rehab meeting with occupational health',
    to: [COLLEAGUE],
    body: `Hej,\n\nVi hade ett bra möte med Sara och företagshälsovården i går, nästa uppföljning är i januari.${SIG}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: back pain and referral to physiotherapist',
    to: [COLLEAGUE],
    body: `Hej,\n\nHenrik har ont i ryggen och har fått remiss till fysioterapeut, så han jobbar hemifrån resten av månaden.${SIG}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: diabetes on a business trip',
    to: [HOTEL],
    body: `Hej,\n\nEn av våra deltagare, Johan, har diabetes och behöver kunna äta på fasta tider under konferensen.${SIG}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: depression and reduced hours',
    to: [COLLEAGUE],
    body: `Hi,\n\nLaura has been struggling with depression and her GP suggested she work reduced hours until February.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: rehab talk in the subject only',
    subject: 'Rehabsamtal med Johan Lind',
    to: [COLLEAGUE],
    body: `Hej,\n\nJag har bokat rum Vinga på torsdag kl 14:00.${SIG}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: reference check mentions migraine',
    to: [COLLEAGUE],
    body: `Hi,\n\nReference check done: his previous manager said he was often absent because of migraine, otherwise very positive.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: union representative from IF Metall',
    to: [COLLEAGUE],
    body: `Hej,\n\nLisa har bett att hennes fackliga företrädare från IF Metall får delta i samtalet på fredag.${SIG}`,
    verdict: 'block',
    category: 'special-category',
  },
  {
    name: 'sv: pension and insurance for all employees',
    to: [COLLEAGUE],
    body: `Hej,\n\nTjänstepensionen via Collectum och försäkringarna via Afa Försäkring gäller alla anställda från första dagen.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: bring ID on the first day (mention only)',
    to: [{ address: 'ny.medarbetare@gmail.com' }],
    body: `Hej och välkommen!\n\nTa med pass eller körkort första dagen så gör vi ID-kontrollen och lägger upp dig i lönesystemet.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: interim number (T-number) for a new hire',
    to: [PAYROLL],
    body: `Hej,\n\nVår nya utvecklare har ännu inget personnummer, använd det tillfälliga numret 880314-T129.${SIG}`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'sv: personnummer in a list line without keyword',
    to: [PAYROLL],
    body: `Hej,\n\nTillägg till novemberlönen:\nAnna Berg 770922-3189 övertid 12 h\n${SIG}`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'en: social security number',
    to: [{ address: 'hr@partner.com' }],
    body: `Hi,\n\nFor the background check: his social security number is 560130-7720 and he lives in Borås.${SIG_EN}`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'sv: forwarded application with birth date and address',
    subject: 'VB: Ansökan embedded-utvecklare',
    to: [COLLEAGUE],
    body: `Kolla denna!\n\n---------- Forwarded message ---------\nFrån: Ida Nyberg <ida.nyberg@hotmail.com>\nDate: mån 23 nov. 2026 19:02\nSubject: Ansökan\nTo: <jobb@vinnter.se>\n\nHej! Här är min ansökan.\nFödd: 1992-07-14\nAdress: Tallvägen 3, 451 50 Uddevalla\n`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'no: pregnant employee',
    to: [{ address: 'hr@partner.no' }],
    body: `Hei,\n\nHun er gravid og ønsker tilrettelegging på lageret fra januar.\n\nMed vennlig hilsen\nErik Lund`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'no: union membership (Fagforbundet)',
    to: [{ address: 'hr@partner.no' }],
    body: `Hei,\n\nHan er medlem i Fagforbundet og vil ha med tillitsvalgt på møtet.\n\nMed vennlig hilsen\nErik Lund`,
    verdict: 'block',
    category: 'special-category',
  },
  {
    name: 'fi: henkilötunnus in a sentence',
    to: [{ address: 'palkat@kumppani.fi' }],
    body: `Hei,\n\nHänen henkilötunnuksensa on 220488-512M, lisää se palkkajärjestelmään.\n\nTerveisin\nErik Lund`,
    verdict: 'block',
    category: 'national-id',
  },
];

/** Customer, engineering, finance and traps, second batch. */
export const MORE_WORK_CASES: readonly HoldoutCase[] = [
  {
    name: 'sv: third-party contact pasted as a block',
    to: [COLLEAGUE],
    body: `Hej,\n\nKontaktperson hos kunden:\nPer Andersson\nInköpschef, Kylteknik AB\nTel: 031-712 45 67\nper.andersson@kylteknik.se\n\nKan du ringa honom i dag?${SIG}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: customer phone in quoted history',
    subject: 'SV: Servicebesök',
    to: [CUSTOMER],
    body: `Hej,\n\nTeknikern kommer på tisdag.\n\nDen 24 nov. 2026 kl. 09:15 skrev Nordkyl Inköp <inkop@nordkyl.se>:\n> Hej, ring vår fastighetsskötare Bengt på 070-861 22 19 när ni är på plats.\n${SIG}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: case number with 13 digits',
    to: [CUSTOMER],
    body: `Hej,\n\nDitt ärende har ärendenummer 2026112512345 och hanteras av andra linjens support.${SIG}`,
    verdict: 'allow',
  },
  {
    name: "en: customer's VAT number",
    to: [CUSTOMER],
    body: `Hi,\n\nWe have updated your account with VAT number SE556123456701 and the invoice address in Partille.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: private customer e-mail in a complaint',
    to: [COLLEAGUE],
    body: `Hej,\n\nKunden Anna Berg (anna.berg72@gmail.com) har klagat på fördröjningen, kan du svara henne i dag?${SIG}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'en: auth log with user e-mail and public IP',
    to: [COLLEAGUE],
    body: `Hi,\n\nFrom the auth log:\n2026-11-24T21:14:03Z login failed user=m.svensson@kund-ab.se src=81.227.45.12\nLooks like a typo in her password, not an attack.${SIG_EN}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'en: LoRaWAN device EUI and keys',
    to: [COLLEAGUE],
    body: `Hi,\n\nNew node: DevEUI 70B3D57ED005A1B2, JoinEUI 0000000000000001, fw 1.4.2. AppKey is in the vault.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: diagnostics tool (diagnosverktyget)',
    to: [COLLEAGUE],
    body: `Hej,\n\nVi kör diagnostik på enheterna i kväll. Diagnosverktyget rapporterade tre fel på batch 47.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: symptoms and treatment of a device',
    to: [CUSTOMER],
    body: `Hi,\n\nSymptom: the LED blinks red and the unit is unresponsive. Treatment: power-cycle it and the watchdog recovers.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: patient monitor alarm on simulator',
    to: [COLLEAGUE],
    body: `Hej,\n\nPatientmonitorn larmar för låg puls när simulatorn kör 40 bpm, det är rätt beteende enligt kravspecen.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: epoch milliseconds and error code',
    to: [COLLEAGUE],
    body: `Hi,\n\nError E1043 at ts 1764072000123 (ms), unit 4711-0042, uptime 86400 s.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'en: ICCID list of test SIMs',
    to: [COLLEAGUE],
    body: `Hi,\n\nTest SIMs for the field trial:\n8946012345678901233\n8946012345678901241\nAll on the Telia IoT plan.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'en: public NTP server IP',
    to: [COLLEAGUE],
    body: `Hi,\n\nPoint the gateways at the Netnod NTP server 194.58.200.20 instead of pool.ntp.org.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: supplier IBAN in Norway',
    to: [{ address: 'ekonomi@vinnter.se' }],
    body: `Hej,\n\nLeverantören i Bergen har bytt bank, nytt IBAN är NO93 8601 1117 947.${SIG}`,
    // A company's bank details are not personal data (company-holder.ts): the supplier is named.
    verdict: 'allow',
  },
  {
    name: 'sv: card ending in four digits',
    to: [{ address: 'ekonomi@vinnter.se' }],
    body: `Hej,\n\nHotellet drogs på företagskortet som slutar på 4242, kvittot är bifogat.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: flight booking reference',
    to: [COLLEAGUE],
    body: `Hi,\n\nFlight SK 1425 departs 07:15 from Landvetter, booking ref XJ7K2L, seat 14C.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: slang döds bra and sjuk deadline',
    to: [COLLEAGUE],
    body: `Hej!\n\nDet blev döds bra till slut, trots en sjuk deadline. Kunden var sjukt nöjd!${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: sick of flaky tests',
    to: [COLLEAGUE],
    body: `Hi,\n\nI'm sick of these flaky tests, let us quarantine them until the CI runner is fixed.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'en: Apple Health integration',
    to: [CUSTOMER],
    body: `Hi,\n\nThe app will support Apple Health and Google Fit export in the spring release.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: medical device class under MDR',
    to: [CUSTOMER],
    body: `Hej,\n\nProdukten CE-märks enligt MDR som medicinteknisk produkt klass IIa, klinisk utvärdering pågår.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: policy reminder about CPR and sick notes',
    to: [COLLEAGUE],
    body: `Hi all,\n\nPlease don't email CPR numbers or sick notes to partners; upload them to the secure server.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: Teams dial-in in Swedish',
    to: [COLLEAGUE],
    body: `Hej,\n\nDelta i Microsoft Teams-möte\nRing in (endast ljud)\n+46 8 505 201 00,,123456789# Sverige, Stockholm\nKonferens-ID: 123 456 789#${SIG}`,
    verdict: 'allow',
  },
];
