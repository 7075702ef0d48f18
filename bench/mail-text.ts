/**
 * Deterministic mail-like text for benchmarks: Swedish and English business sentences with numbers,
 * dates, addresses, order and serial numbers, and now and then a finding (personnummer, phone, e-mail).
 */

/** Small seeded PRNG (mulberry32) so every run scans the same text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Hej! Tack för mötet i går, jag skickar offerten på gateway-plattformen i eftermiddag.',
  'Leveransen av 40 st GW-400 är planerad till vecka 50, ordernummer 4500123789.',
  'Firmware 4.12.0 (build 20261124-1530) rullas ut till fältenheterna i natt mellan 01:00 och 04:00.',
  'The system health dashboard is green and the health check endpoint returns 200 on all nodes.',
  'Please find the revised quote attached; prices are valid until 31 December 2026.',
  'Sensorn med serienummer SN-4471-0923-8812 startade om 2026-11-24T03:12:45Z men återhämtade sig.',
  'Fälttestet gick sjukt bra, batterinivån låg på 94 % efter 72 timmar i −32 °C.',
  'Faktura 2026-1187 förfaller 2026-12-24, ange OCR 7324 1189 0045 6 vid betalning.',
  'Lab units at 10.20.30.41 and 192.168.1.120 were used for the soak test (72 h, 0 crashes).',
  'Vi ses på torsdag kl 10 i rum Vänern, Peter visar demo av den nya dashboarden.',
  'Could you estimate the integration work for the MQTT bridge by Friday?',
  'Budget: 62 % förbrukat vid 58 % av tiden, leveranstiden på LoRa-modulerna är 14 veckor.',
];

const FINDINGS = [
  'Hennes personnummer är 850709-9805, kan du lägga upp henne i lönesystemet?',
  'Ring Helena Strand på 070-174 06 88 eller mejla helena.strand@nordvindenergi.se.',
  'Kunden bor på Björkvägen 14, 433 65 Sävedalen.',
  'He has been on sick leave since Monday according to the doctor.',
];

/** About `bytes` characters of mail-like text; roughly one sentence in 40 carries a finding. */
export function mailLikeText(bytes: number, seed = 1): string {
  const random = rng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const pool = random() < 0.025 ? FINDINGS : SENTENCES;
    const sentence = pool[Math.floor(random() * pool.length)] ?? '';
    parts.push(sentence);
    length += sentence.length + 1;
    if (random() < 0.15) {
      parts.push('\n');
      length += 1;
    }
  }
  return parts.join(' ');
}
