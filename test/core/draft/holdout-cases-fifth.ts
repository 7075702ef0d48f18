/**
 * Held-out drafts, part five: written after the fourth round of fixes and run once before any change.
 * Its misses are left as known misses unless a general rule covers them. Written from the policy.
 */
import { COLLEAGUE, CUSTOMER, type HoldoutCase } from './holdout-cases';

const SIG = '\n\nMed vänlig hälsning\nErik Lund\nVinnter AB\n';
const SIG_EN = '\n\nRegards\nErik Lund\n';

export const FIFTH_CASES: readonly HoldoutCase[] = [
  {
    name: "en: a colleague's wife has cancer",
    to: [COLLEAGUE],
    body: `Hi,\n\nJohan mentioned his wife has cancer, so he may need to leave early on some days.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: a colleague had a baby (parental leave)',
    to: [CUSTOMER],
    body: `Hej,\n\nVår säljare Lisa har fått barn och är föräldraledig till hösten, så jag tar över era beställningar.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: chemo on Mondays',
    to: [COLLEAGUE],
    body: `Hi,\n\nPlease take Mark off the on-call rota, he is having chemo on Mondays until March.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: brutit mot avtalet (not an injury)',
    to: [COLLEAGUE],
    body: `Hej,\n\nLeverantören har brutit mot avtalet två gånger, vi behöver en reklamation.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: a blind customer uses a screen reader',
    to: [COLLEAGUE],
    body: `Hi,\n\nThe customer, Mr. Holm, is blind and uses a screen reader, so please send him an accessible PDF.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: diagnosed with ADHD, asks for notes',
    to: [COLLEAGUE],
    body: `Hi,\n\nSimon has been diagnosed with ADHD and asked for written meeting notes after each sprint review.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: device died in the cold room',
    to: [CUSTOMER],
    body: `Hej,\n\nEnheten dog efter tre dagar i kylrummet, batteriet var helt slut vid -25 °C.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: killed the zombie pods',
    to: [COLLEAGUE],
    body: `Hi,\n\nWe killed the zombie pods and the cluster recovered; the node was infected by a bad image tag.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: health centres as pilot customers',
    to: [COLLEAGUE],
    body: `Hej,\n\nJag har mejlat Region Skånes vårdcentraler om pilotprojektet med temperaturloggrarna för läkemedelskylarna.${SIG}`,
    verdict: 'allow',
  },
  {
    name: "en: a third party's mobile in international form",
    to: [COLLEAGUE],
    body: `Hi,\n\nMartin's phone is +46 73 612 89 01 if the delivery is late.${SIG_EN}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: "sv: the customer's contact person with a mobile",
    to: [COLLEAGUE],
    body: `Hej,\n\nKundens kontaktperson är Sara Nyström, 0736-128901, hon vill ha offerten före jul.${SIG}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: Peppol ID with our own org number',
    to: [CUSTOMER],
    body: `Hej,\n\nFakturera oss gärna via Peppol, vårt ID är 0007:5566778899.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: refund to a private customer IBAN',
    to: [{ address: 'ekonomi@vinnter.se' }],
    body: `Hi,\n\nPlease refund the private customer to IBAN SE98 8000 0832 7900 0001 2345, 1 499 SEK.${SIG_EN}`,
    verdict: 'warn',
    category: 'financial',
  },
  {
    name: "en: a child's date of birth",
    to: [COLLEAGUE],
    body: `Hi,\n\nFor the insurance form: her son was born on 12 March 2020.${SIG_EN}`,
    verdict: 'warn',
    category: 'date-of-birth',
  },
  {
    name: 'en: background check shows a conviction',
    to: [COLLEAGUE],
    body: `Hi,\n\nThe background check for the field technician showed a previous conviction for fraud.${SIG_EN}`,
    verdict: 'block',
    category: 'special-category',
  },
  {
    name: 'sv: zero tolerance for drugs (policy)',
    to: [COLLEAGUE],
    body: `Hej alla,\n\nPåminnelse: vi har nolltolerans mot alkohol och droger i tjänsten, se personalhandboken.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'en: positive random drug test',
    to: [COLLEAGUE],
    body: `Hi,\n\nEmployee 4471 tested positive in the random drug test on Monday. HR will follow up.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: server room fan died',
    to: [COLLEAGUE],
    body: `Hej,\n\nTemperaturen i serverrummet var 41 grader i natt, fläkten hade dött. Ny fläkt är beställd.${SIG}`,
    verdict: 'allow',
  },
];
