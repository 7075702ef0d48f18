/**
 * Held-out drafts, part four: written after the third round of fixes and run once before any change,
 * so its misses measure the product honestly. Written from the policy, not from the code.
 */
import { COLLEAGUE, CUSTOMER, type HoldoutCase } from './holdout-cases';

const SIG = '\n\nMvh\nErik Lund\nVinnter AB\n';
const SIG_EN = '\n\nThanks,\nErik\n';

export const FOURTH_CASES: readonly HoldoutCase[] = [
  {
    name: 'sv: karensavdrag reveals sick days',
    to: [{ address: 'lon@lonebyran.se' }],
    body: `Hej,\n\nKarins lönespec för november ska ha karensavdrag för den 12 november.${SIG}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: emergency room with a concussion',
    to: [COLLEAGUE],
    body: `Hi,\n\nTom is at the emergency room with a suspected concussion after the bike crash, so he won't make the demo.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: practising Muslim needs a prayer room',
    to: [{ address: 'event@hotell.se' }],
    body: `Hi,\n\nOne participant, Yusuf, is a practising Muslim and needs a quiet prayer room during the workshop.${SIG_EN}`,
    verdict: 'block',
    category: 'special-category',
  },
  {
    name: 'sv: prayer room for a conference (no person)',
    to: [{ address: 'event@hotell.se' }],
    body: `Hej,\n\nFinns det ett bönerum eller tyst rum vi kan använda under konferensen?${SIG}`,
    verdict: 'allow',
  },
  {
    name: "sv: CEO's private home address",
    to: [COLLEAGUE],
    body: `Hej,\n\nSkicka avtalet till VD:ns privata adress: Strandvägen 7A, 114 56 Stockholm.${SIG}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: company delivery address is not personal data',
    to: [CUSTOMER],
    body: `Hej,\n\nLeveransadress: Kylteknik AB, Industrivägen 4, 433 30 Partille. Godsmottagningen är öppen 07-15.${SIG}`,
    verdict: 'allow',
  },
  {
    name: "en: unlocked account sent to the account's owner",
    to: [{ address: 'anna.k@outlook.com', name: 'Anna K' }],
    body: `Hi Anna,\n\nYour account anna.k@outlook.com has been unlocked. You can log in again.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: "en: user's private backup e-mail to a colleague",
    to: [COLLEAGUE],
    body: `Hi,\n\nThe reset link went to the user's backup address j.doe1987@yahoo.com, not the work one.${SIG_EN}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'en: GPS fix of a test tracker',
    to: [COLLEAGUE],
    body: `Hi,\n\nTracker T-17 got its first GPS fix at 57.7089, 11.9746 on 2026-11-24 08:14 UTC, TTFF 34 s.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: product measures pulse of patients at home',
    to: [CUSTOMER],
    body: `Hej,\n\nSensorn mäter puls och syremättnad hos patienter i hemmet och skickar värdena till vårdgivarens system.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: health scan of the repositories',
    to: [COLLEAGUE],
    body: `Hi,\n\nCan you run a health scan of all repos with Snyk before the audit? Two have critical findings.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: det här är ju sjukt (slang)',
    to: [COLLEAGUE],
    body: `Hej,\n\nDet här är ju sjukt, vem har pushat direkt till main igen?!${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: 40th birthday greeting without a date',
    to: [COLLEAGUE],
    body: `Hej alla,\n\nGrattis Anna på 40-årsdagen! Tårta i köket kl 15.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: birthday with year of birth and date',
    to: [COLLEAGUE],
    body: `Hi all,\n\nHappy birthday Lars, born 1986-11-25! Cake at 15:00.${SIG_EN}`,
    verdict: 'warn',
    category: 'date-of-birth',
  },
  {
    name: 'dk: Danish mobile with keyword',
    to: [COLLEAGUE],
    body: `Hej,\n\nKontakt Jens hos kunden på mobil 20 12 34 56 inden fredag.\n\nVenlig hilsen\nErik Lund`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: his medicine receipt',
    to: [{ address: 'ekonomi@vinnter.se' }],
    body: `Hej,\n\nBifogar kvittot från apoteket för hans medicin under resan, kan det tas som utlägg?${SIG}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: out of office',
    to: [CUSTOMER],
    body: `Hi,\n\nI'm out of office until 2 December with limited access to email. For urgent matters contact support@vinnter.se.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: leave of absence for studies',
    to: [COLLEAGUE],
    body: `Hej,\n\nJag är tjänstledig för studier under vårterminen, Sofia tar mina kunder.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: the device died after the update',
    to: [CUSTOMER],
    body: `Hi,\n\nTicket 2026-4411: the customer reports the device died after the update and will not boot.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: personnummer in a quoted line',
    subject: 'SV: Tjänstebil',
    to: [COLLEAGUE],
    body: `Kan du fixa detta?\n\n> Hej! Mitt personnummer är 811111-2226 om ni behöver det för förmånsbilen.\n${SIG}`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'sv: payroll rows with personnummer',
    to: [{ address: 'lon@lonebyran.se' }],
    body: `Hej,\n\nNamn;Personnummer;Lön\nAnna Berg;770922-3189;42000\nOla Ek;560130-7720;39500\n${SIG}`,
    verdict: 'block',
    category: 'national-id',
  },
];
