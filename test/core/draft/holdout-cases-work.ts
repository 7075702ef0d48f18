/**
 * Held-out drafts, part two: IoT engineering, management and finance, calendar, policy reminders,
 * forwarded threads and Swedish slang. Written from the policy, not from the code.
 */
import { COLLEAGUE, CUSTOMER, type HoldoutCase } from './holdout-cases';

const SIG_SV = '\n\nVänliga hälsningar\nErik Lund\nVinnter AB | Mobil 070-174 06 12\n';
const SIG_EN = '\n\nCheers,\nErik Lund\nFirmware Lead, Vinnter AB\nMobile: +46 70 174 06 12\n';
const SUPPLIER = { address: 'order@komponentbolaget.se', name: 'Komponentbolaget' };

/** IoT engineering mail: serials, identifiers of devices, logs, health-sounding words. */
export const ENGINEERING_CASES: readonly HoldoutCase[] = [
  {
    name: 'en: log excerpt with epoch and serial',
    to: [COLLEAGUE],
    body: `Hi,\n\nGateway crashed again:\n\n[ts=1711110005] sn=VN-GW4-004512 fw=2.14.3 reboot reason=watchdog\n[ts=1711110019] mqtt reconnect ok\n\nCan you check the watchdog timeout?${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'en: IMEI and ICCID of a test modem',
    to: [COLLEAGUE],
    body: `Hi,\n\nThe LTE-M test modem on bench 3 has IMEI 356938035643809 and ICCID 8946071234567890123. It fails to attach on Telia.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'en: MAC and private IP of lab devices',
    to: [COLLEAGUE],
    body: `Hi,\n\nLab inventory update:\n- sensor-07  MAC 00:1A:2B:3C:4D:5E  IP 192.168.10.37\n- sensor-08  MAC 00:1A:2B:3C:4D:5F  IP 192.168.10.38\nBoth run fw 3.0.1-rc2.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'en: build tag shaped like a 12-digit pnr',
    to: [COLLEAGUE],
    body: `Hi,\n\nBuild 20261124-0900 is on the release server. It includes the OTA fix and the new bootloader.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'en: health check endpoint failing',
    to: [COLLEAGUE],
    body: `Hi,\n\nThe /healthz endpoint returns 503 since the deploy and the Kubernetes liveness probe keeps restarting the pod. Can you diagnose it?${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: diagnostisera gatewayen',
    to: [COLLEAGUE],
    body: `Hej,\n\nKan du diagnostisera varför gatewayen tappar MQTT-anslutningen efter 12 timmar? Loggarna ligger på servern.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: battery health of field units',
    to: [CUSTOMER],
    body: `Hi,\n\nBattery health across the fleet is 87 % on average; 12 units are below 70 % and should be replaced in the spring service.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'en: patient monitor prototype and IEC 60601',
    to: [COLLEAGUE],
    body: `Hi,\n\nThe patient monitor prototype passed the IEC 60601-1-2 EMC pre-scan. Next step is the leakage current test.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: systemhälsa dashboard',
    to: [COLLEAGUE],
    body: `Hej,\n\nSystemhälsan i dashboarden visar rött för två noder, men det är bara diskutrymmet. Jag rensar loggarna i kväll.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: simulated ECG from a test rig',
    to: [COLLEAGUE],
    body: `Hi,\n\nThe ECG front-end now handles the simulator's 60 bpm and 120 bpm patterns without clipping. Heart rate output matches within 1 bpm.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'en: public IP of a customer home installation',
    to: [COLLEAGUE],
    body: `Hi,\n\nThe customer Mr. Dahl says his home router is at 81.227.45.12 and the heat pump controller cannot reach our cloud.${SIG_EN}`,
    verdict: 'warn',
    category: 'network',
  },
  {
    name: 'sv: serial numbers in a return (RMA)',
    to: [CUSTOMER],
    body: `Hej,\n\nRMA 2026-0412 godkänd. Serienummer 8811112226 och 8811112234 skickas till vår verkstad.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: firmware version table',
    to: [COLLEAGUE],
    body: `Hi,\n\nVersions in the field:\nv2.13.9 - 1 204 units\nv2.14.0 - 3 560 units\nv2.14.3 - 812 units\nPlease push 2.14.3 to the rest.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'en: virus scanner and infected file',
    to: [COLLEAGUE],
    body: `Hi,\n\nThe CI runner flagged an infected file in the npm cache. The virus scanner quarantined it; we rebuilt the image.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: sjukt snyggt jobbat',
    to: [COLLEAGUE],
    body: `Hej gänget!\n\nSjukt snyggt jobbat med releasen i går, kunden tyckte demon var sjukt bra. Dödsskönt att den är ute!${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'sv: sjukt långsamt bygge',
    to: [COLLEAGUE],
    body: `Hej,\n\nByggservern är sjukt långsam i dag, tar 40 minuter per bygge. Kan vi få mer RAM?${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: the build is sick / killer feature',
    to: [COLLEAGUE],
    body: `Hi,\n\nThe new OTA pipeline is sick, honestly a killer feature. The old one was a headache.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'en: stress test and memory leak',
    to: [COLLEAGUE],
    body: `Hi,\n\nThe 72 h stress test found a memory leak in the BLE stack; heap drops 2 KB per hour. Fix is in review.${SIG_EN}`,
    verdict: 'allow',
  },
];

/** Management, finance, calendar, policy reminders and threads. */
export const OFFICE_CASES: readonly HoldoutCase[] = [
  {
    name: 'sv: budget with amounts and percentages',
    to: [COLLEAGUE],
    body: `Hej,\n\nBudget 2027: intäkter 24 500 000 kr (+12 %), personalkostnader 14 200 000 kr, marginal 8,5 %.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'sv: supplier bankgiro',
    to: [{ address: 'ekonomi@vinnter.se' }],
    body: `Hej,\n\nAttestera gärna fakturan från Komponentbolaget, 18 750 kr till bankgiro 5050-1055, förfaller 2026-12-10.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: supplier IBAN for a payment',
    to: [{ address: 'ekonomi@vinnter.se' }],
    body: `Hi,\n\nPlease pay the German supplier invoice 2026-771, EUR 12 400, to IBAN DE89 3704 0044 0532 0130 00.${SIG_EN}`,
    // A company's bank details are not personal data (company-holder.ts): the supplier is named.
    verdict: 'allow',
  },
  {
    name: 'sv: our own bankgiro and org number in a footer',
    to: [CUSTOMER],
    body: `Hej,\n\nBifogat finner du fakturan.\n\nVinnter AB | Org.nr 556677-8899 | Bankgiro 5012-3454 | Växel +46 31 390 06 00${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: calendar invite with Teams dial-in',
    subject: 'Steering group',
    to: [COLLEAGUE],
    body: `Hi,\n\nSteering group Thursday 26/11 10:00–11:00, room Kattegatt.\n\nJoin Microsoft Teams meeting\nDial in by phone: +46 8 505 201 00, Phone conference ID: 123 456 789#${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: meeting logistics',
    to: [COLLEAGUE],
    body: `Hej,\n\nVi ses kl 09:30 den 2 december i rum Vinga, plan 3. Lunch bokad 12:00 på Heaven 23 för 8 personer.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'sv: policy reminder mentions sensitive data',
    subject: 'Påminnelse: e-postpolicyn',
    to: [COLLEAGUE],
    body: `Hej alla,\n\nEn påminnelse om vår e-postpolicy: skicka aldrig personnummer, sjukskrivningar, läkarintyg eller andra hälsouppgifter via e-post. Använd den säkra servern i stället.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: GDPR training mentions health data',
    to: [COLLEAGUE],
    body: `Hi all,\n\nThe GDPR training covers what counts as sensitive data: health data, trade union membership, religion and civil registration numbers. It takes 30 minutes.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: forwarded thread with personnummer in history',
    subject: 'VB: Anställningsavtal',
    to: [COLLEAGUE],
    body: `Hej Sofia, se nedan.\n\n-----Ursprungligt meddelande-----\nFrån: Jonas Berg <jonas@bemanning.se>\nSkickat: den 24 november 2026 08:12\nTill: Erik Lund <erik.lund@vinnter.se>\nÄmne: Anställningsavtal\n\nHej Erik, här är uppgifterna: Amanda Ek, 870923-0166, start 1/12.\n\nMvh Jonas`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'en: reply with quoted signature only',
    subject: 'Re: Pilot',
    to: [{ address: 'jonas@bemanning.se', name: 'Jonas Berg' }],
    body: `Thanks Jonas, sounds good.\n\nOn Tue, 24 Nov 2026 at 08:12, Jonas Berg <jonas@bemanning.se> wrote:\n> Hi Erik, can we start the pilot in January?\n>\n> Best regards,\n> Jonas Berg\n> Bemanning AB\n> +46 70 555 12 34${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: quoted history mentions sick colleague',
    subject: 'SV: Leveransen',
    to: [CUSTOMER],
    body: `Hej,\n\nLeveransen går som planerat.\n\nDen 23 nov. 2026 kl. 16:40 skrev Sofia Holm <sofia.holm@vinnter.se>:\n> Peter är sjukskriven så leveransen kan bli sen.\n${SIG_SV}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: sender signature only',
    to: [CUSTOMER],
    body: `Hej,\n\nTack för ett bra möte, jag återkommer med ett förslag nästa vecka.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: vacation plan with colleague names',
    to: [COLLEAGUE],
    body: `Hi,\n\nChristmas cover: Anna Berg 21–23 Dec, Johan Ek 28–30 Dec, Maria Lind 2–4 Jan. Ping them in Teams if something breaks.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: list of participants with mobile numbers',
    to: [SUPPLIER],
    body: `Hej,\n\nHär är deltagarna till utbildningen:\nAnna Berg, 070-311 22 45\nJohan Ek, 073-612 89 01\nMaria Lind, 076-488 10 22\nLars Ahl, 070-900 14 33\nKim Sand, 072-345 67 80${SIG_SV}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: invoice number and amount with spaces',
    to: [SUPPLIER],
    body: `Hej,\n\nVi har betalat faktura 780615321 på 1 234 567 kr i dag. Ert referensnummer var 2026-11-0042.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: quarterly numbers and headcount',
    to: [COLLEAGUE],
    body: `Hi,\n\nQ3: revenue 6.2 MSEK, EBIT 9 %, headcount 48 (+3). Sick leave rate for the company was 3.1 %, below the industry average.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: personnummer in subject line',
    subject: 'Lönespec 811111-2226',
    to: [{ address: 'lon@lonebyran.se' }],
    body: `Hej,\n\nSe ämnesraden, kan ni skicka ny lönespecifikation?${SIG_SV}`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'sv: employee home address for a delivery',
    to: [SUPPLIER],
    body: `Hej,\n\nSkicka skärmen direkt hem till vår medarbetare: Peter Ström, Ekvägen 3, 437 33 Lindome.${SIG_SV}`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'en: allergy for the conference dinner',
    to: [{ address: 'event@hotell.se' }],
    body: `Hi,\n\nFor the dinner on 3 December: Karin Dahl has a severe nut allergy and Olle Svensson has celiac disease.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: kosher/halal as a person requirement',
    to: [{ address: 'event@hotell.se' }],
    body: `Hej,\n\nTill middagen: Daniel äter bara koscher mat och Fatima behöver halal.${SIG_SV}`,
    verdict: 'block',
    category: 'special-category',
  },
  {
    name: 'sv: menu options without a person',
    to: [{ address: 'event@hotell.se' }],
    body: `Hej,\n\nKan ni erbjuda vegetariskt, glutenfritt och laktosfritt alternativ till alla 40 gästerna?${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: private IP in a wiki note',
    to: [COLLEAGUE],
    body: `Hi,\n\nThe staging broker is at 10.20.0.15:8883 and the Grafana is at 10.20.0.16:3000. Ask in #infra for VPN access.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'sv: times, dates and week numbers',
    to: [CUSTOMER],
    body: `Hej,\n\nInstallationen sker v. 49, tisdag 2026-12-01 08:00–16:00. Vi behöver tillgång till teknikrummet från 07:30.${SIG_SV}`,
    verdict: 'allow',
  },
];

/** Further probes: weak health terms, Nordic variants, art. 9 and date-of-birth traps. */
export const PROBE_CASES: readonly HoldoutCase[] = [
  {
    name: 'sv: hon är sjuk idag (weak term, person anchor)',
    to: [COLLEAGUE],
    body: `Hej,\n\nKarin är sjuk idag och kan inte hålla i demon, kan du ta den?${SIG_SV}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: sjukanmälan',
    to: [COLLEAGUE],
    body: `Hej,\n\nJonas har gjort en sjukanmälan för måndag och tisdag.${SIG_SV}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: hospital as a customer site',
    to: [CUSTOMER],
    body: `Hej,\n\nInstallationen av 12 sensorer på Sahlgrenska Universitetssjukhuset, avdelning 32, är klar. Driftsättning sker nästa vecka.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: off sick today',
    to: [COLLEAGUE],
    body: `Hi,\n\nMaria is off sick today, so the design review moves to Thursday.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'en: medical leave',
    to: [COLLEAGUE],
    body: `Hi,\n\nPer will be on medical leave until mid-January; Sofia covers his accounts.${SIG_EN}`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'sv: personnummer 12 digits with dash',
    to: [{ address: 'lon@lonebyran.se' }],
    body: `Hej,\n\nRättelse: rätt personnummer är 19850412-1230.${SIG_SV}`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'sv: personnummer with a space and keyword',
    to: [{ address: 'lon@lonebyran.se' }],
    body: `Hej,\n\nPersonnr 680214 5554 saknas i lönefilen för november.${SIG_SV}`,
    verdict: 'block',
    category: 'national-id',
  },
  {
    name: 'sv: political office of an employee',
    to: [COLLEAGUE],
    body: `Hej,\n\nMagnus sitter i kommunfullmäktige för Moderaterna och behöver ledigt varannan torsdag.${SIG_SV}`,
    verdict: 'block',
    category: 'special-category',
  },
  {
    name: 'sv: company founding date is not a birth date',
    to: [CUSTOMER],
    body: `Hej,\n\nVinnter grundades 2009-03-22 och har sedan dess levererat över 200 000 uppkopplade enheter.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: product born at a hackathon',
    to: [CUSTOMER],
    body: `Hi,\n\nThe idea was born at our hackathon on 2024-02-01; the first units shipped in 2025.${SIG_EN}`,
    verdict: 'allow',
  },
  {
    name: 'fi: sick leave (sairauslomalla)',
    to: [{ address: 'hr@kumppani.fi' }],
    body: `Hei,\n\nMatti on sairauslomalla ensi viikkoon asti.\n\nTerveisin\nErik Lund`,
    verdict: 'block',
    category: 'health',
  },
  {
    name: 'dk: phone number of a third party',
    to: [COLLEAGUE],
    body: `Hej,\n\nRing til deres indkøber Lars Holm på +45 20 12 34 56 i morgen.\n\nVenlig hilsen\nErik Lund`,
    verdict: 'warn',
    category: 'contact',
  },
  {
    name: 'sv: mammaledig is not health',
    to: [CUSTOMER],
    body: `Hej,\n\nJag är mammaledig från januari, min kollega Sofia Holm tar över ditt konto.${SIG_SV}`,
    verdict: 'allow',
  },
  {
    name: 'en: positive test results of firmware',
    to: [COLLEAGUE],
    body: `Hi,\n\nAll regression tests came back positive except the cold-start test at -20 °C. Symptoms point to the RTC crystal.${SIG_EN}`,
    verdict: 'allow',
  },
];
