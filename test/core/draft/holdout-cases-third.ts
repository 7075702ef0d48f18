/**
 * Held-out drafts, part three: written after the second round of fixes, to keep measuring unseen mail.
 * Figurative language with a person anchor, company identifiers written another way, Nordic formats.
 */
import { COLLEAGUE, CUSTOMER, type HoldoutCase } from './holdout-cases';

const SIG = '\n\nHälsningar\nErik Lund\nVinnter AB, 070-174 06 12\n';
const SIG_EN = '\n\nBR\nErik Lund\nVinnter AB\n';

export const THIRD_CASES: readonly HoldoutCase[] = [
  {
    name: 'sv: he thought the demo was sjukt bra',
    to: [COLLEAGUE],
    body: `Hej,\n\nHan tyckte att demon var sjukt bra och vill gå vidare med en pilot.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: she is sjukt duktig',
    to: [COLLEAGUE],
    body: `Hej,\n\nHon är sjukt duktig på Rust, vi borde anlita henne för drivrutinen.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: my computer is sick again',
    to: [COLLEAGUE],
    body: `Hej,\n\nMin dator är sjuk igen, den startar om hela tiden. Kan IT titta på den?${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: thermometer product spec mentions fever',
    to: [CUSTOMER],
    body: `Hej,\n\nTermometern indikerar feber från 38,0 °C enligt kravspecifikationen, toleransen är ±0,1 °C.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: fall sensor product description',
    to: [CUSTOMER],
    body: `Hej,\n\nSystemet skickar larm till personalen när patienten lämnar sängen nattetid.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: broken foot',
    to: [COLLEAGUE],
    body: `Hej,\n\nJonas bröt foten i helgen och kan inte köra till kunden på sex veckor.${SIG}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: covid at home',
    to: [COLLEAGUE],
    body: `Hi,\n\nI tested positive for covid this morning, so I will work from home this week.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: flu vaccination offered to everyone',
    to: [COLLEAGUE],
    body: `Hi all,\n\nFlu vaccination is offered to all employees on 3 December in the canteen, 09:00-12:00.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: third-party mobile without separators',
    to: [COLLEAGUE],
    body: `Hej,\n\nNya montören heter Ali, mobil 0761234567, han börjar på måndag.${SIG}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: own switchboard in national form',
    to: [CUSTOMER],
    body: `Hej,\n\nRing växeln på 031-390 06 00 så kopplar de dig rätt.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: own office address in the body',
    to: [CUSTOMER],
    body: `Hej,\n\nVälkommen till oss på Exempelgatan 1, 411 01 Göteborg. Anmäl dig i receptionen.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: sole trader org number is a personnummer',
    to: [{ address: 'ekonomi@vinnter.se' }],
    body: `Hej,\n\nKonsulten fakturerar via enskild firma, org.nr 850412-1230. Lägg upp som leverantör.${SIG}`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'en: US-format date of birth',
    to: [{ address: 'hr@partner.com' }],
    body: `Hi,\n\nCandidate details: Date of birth: 03/14/1988, nationality Swedish.${SIG_EN}`,
    verdict: 'warn',
    category: 'date-of-birth',
  },
  {
    name: 'sv: apartment address with lgh',
    to: [COLLEAGUE],
    body: `Hej,\n\nHennes nya adress är Parkvägen 12B lgh 1102, 169 35 Solna.${SIG}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'fi: Finnish mobile of a partner contact',
    to: [COLLEAGUE],
    body: `Hei,\n\nSoita Mikalle numeroon +358 40 123 4567 huomenna.\n\nTerveisin\nErik Lund`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: "en: employee laptop's public IP in an incident",
    to: [COLLEAGUE],
    body: `Hi,\n\nThe employee's laptop had IP 85.228.12.9 when the files were downloaded.${SIG_EN}`,
    verdict: 'warn',
    category: 'network',
  },
  {
    name: 'en: UPS tracking number',
    to: [CUSTOMER],
    body: `Hi,\n\nYour spare parts ship today with UPS, tracking 1Z999AA10123456784.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: visitor car registration',
    to: [COLLEAGUE],
    body: `Hej,\n\nBesökarens bil med reg.nr MLB 84F står på gästparkeringen till kl 16.${SIG}`,
    verdict: 'warn',
    category: 'vehicle',
  },
  {
    name: 'sv: database health check (hälsokontroll)',
    to: [COLLEAGUE],
    body: `Hej,\n\nVi behöver en hälsokontroll av databasen innan migreringen på lördag.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: blood pressure monitor integration',
    to: [COLLEAGUE],
    body: `Hej,\n\nVi integrerar blodtrycksmätaren från Omron via BLE i nästa sprint.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: government lowered payroll tax',
    to: [COLLEAGUE],
    body: `Hej,\n\nRegeringen har sänkt arbetsgivaravgiften för unga, och Moderaterna vill förlänga FoU-avdraget.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: burglary reported to the police',
    to: [COLLEAGUE],
    body: `Hej,\n\nVi har polisanmält inbrottet i labbet, två oscilloskop saknas.${SIG}`,
    verdict: 'allow',
  },
  {
    name: 'sv: conviction for drunk driving',
    to: [COLLEAGUE],
    body: `Hej,\n\nDen sökande till servicetekniker-tjänsten är dömd för rattfylleri 2024, och tjänsten kräver körkort.${SIG}`,
    verdict: 'block',
    category: 'special-category',
  },
  {
    name: 'sv: sponsoring Pride',
    to: [COLLEAGUE],
    body: `Hej,\n\nVi sponsrar Göteborg Pride igen nästa år, budget 25 000 kr.${SIG}`,
    verdict: 'allow',
  },
  // The health-term spec (test/core/detection/sensitive-terms) counts English maternity leave as health: it
  // tells of a recent birth. Swedish "mammaledig" is parental leave, which lasts years, and is not.
  {
    name: 'en: maternity leave cover',
    to: [CUSTOMER],
    body: `Hi,\n\nSofia is on maternity leave from January; Johan will be your contact.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
];
