import type { Pattern, Span } from '../../../../src/core/detection';
import { POSTAL_ADDRESS_PATTERNS } from '../../../../src/core/detection/recognizers/personal/postal-address';
import { postalAddress } from '../../../../src/core/detection/recognizers/personal';
import { scan, values } from './helpers';

/** The reference: the pattern's global regex over the whole text, value spans as the engine reads them. */
function wholeTextScan(text: string, pattern: Pattern): Span[] {
  const re = new RegExp(pattern.regex.source, pattern.regex.flags);
  const spans: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const value = m[pattern.group ?? 0];
    if (value === undefined || value.length === 0) continue;
    const start = m.index + m[0].lastIndexOf(value);
    spans.push({ start, end: start + value.length });
  }
  return spans;
}

/** Deterministic text dense in address-like pieces, glued in the ways that change what matches. */
function addressNoise(seed: number, pieces: number): string {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const parts = [
    'Storgatan 12B',
    'Sankt Eriksgatan 5',
    'Gamla Stans Kyrkogränd 3',
    'Ett Två Tre Fyrvägen 9',
    'Kungsvägen 4-6',
    'Åsgränd 3',
    '221B Baker Street',
    '10 Downing Street',
    '123456 Long Road',
    '4 Old Kent Road',
    '5 Albert Terrace, Heaton Norris, Stockport SK4 1HB',
    '14 Kings Road, London SW3 4UD',
    'London SW3 4UD',
    '123 45 Stockholm',
    'SE-411 04 Göteborg',
    '752 36 Uppsala-Näs',
    '123 45 Kronor',
    '012 34 Nowhere',
    'Lindholmspiren 7',
    'storgatan 12',
    'XStorgatan 12',
    'Nygatan',
    'gatan 5',
    'Esplanaden 1',
    'Ab',
    '2024',
    '070-123 45 67',
    'Björkallén 2 B',
    'Vestre Gade 8',
    'Mannerheimintie 12',
  ];
  const glue = [' ', ', ', ',\n', '\n', '\r\n', '-', '_', 'a', '1', ' och ', '. ', ' '];
  let text = '';
  for (let i = 0; i < pieces; i++)
    text += (parts[next(parts.length)] ?? '') + (glue[next(glue.length)] ?? ' ');
  return text;
}

describe('postal-address: the anchored search finds what a whole-text scan finds', () => {
  it.each([1, 2, 3, 4, 5, 6])('noisy address text, seed %d', (seed) => {
    const text = addressNoise(seed, 3000);
    const found = Array.from(
      postalAddress.find?.(
        { text, lower: text.toLowerCase(), cells: [] },
        {
          today: { year: 2026, month: 11, day: 25 },
          allow: { values: [], emails: [], ownDomains: [] },
          maxChars: 1e7,
        },
      ) ?? [],
    );
    // A street or postcode inside a whole address is judged with it, not yielded again on its own.
    const whole = wholeTextScan(text, POSTAL_ADDRESS_PATTERNS[0] as Pattern);
    const inWhole = (s: Span): boolean => whole.some((w) => w.start <= s.start && s.end <= w.end);
    const expected = POSTAL_ADDRESS_PATTERNS.flatMap((p, i) =>
      wholeTextScan(text, p)
        .filter((s) => i === 0 || !inWhole(s))
        .map((s) => `${p.name} ${s.start}-${s.end}`),
    );
    expect(found.map((c) => `${c.pattern} ${c.start}-${c.end}`)).toEqual(expected);
    // Every pattern matched something, so no comparison is vacuous.
    for (const p of POSTAL_ADDRESS_PATTERNS)
      expect(expected.some((e) => e.startsWith(`${p.name} `))).toBe(true);
  });

  it.each([
    [
      'the longest street name the pattern allows',
      'Bor på Abcdefghijklmnopqrstu Abcdefghijklmnopqrstu Abcdefghijklmnopqrstuvwxyzabcdesplanaden 12.',
      'Abcdefghijklmnopqrstu Abcdefghijklmnopqrstu Abcdefghijklmnopqrstuvwxyzabcdesplanaden 12',
    ],
    ['a street at the very start of the text', 'Storgatan 12', 'Storgatan 12'],
    ['a postcode with SE- at the very start', 'SE-411 04 Göteborg', 'SE-411 04 Göteborg'],
    ['an English street at the very start', '221B Baker Street', '221B Baker Street'],
  ])('finds %s', (_label, text, value) => {
    expect(values(scan(text, [postalAddress]))).toEqual([value]);
  });
});
