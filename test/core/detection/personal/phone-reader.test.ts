import { findNumbers, type CountryCode, type NumberFound } from 'libphonenumber-js/core';
import { PHONE_METADATA } from '../../../../src/core/detection/recognizers/personal/phone-metadata';
import { PhoneReader } from '../../../../src/core/detection/recognizers/personal/phone-reader';

/** The countries `phone.ts` reads text as. */
const READ_AS: readonly CountryCode[] = ['SE', 'NO', 'DK', 'US', 'GB', 'FI'];

/** What a found number is, comparably: where, which number, which country, which extension. */
function shape(found: readonly NumberFound[]): string[] {
  return found.map(
    (f) => `${f.startsAt}-${f.endsAt} ${f.number.number} ${f.number.country ?? '?'} ${f.number.ext ?? ''}`,
  );
}

function plain(text: string, country: CountryCode): NumberFound[] {
  return findNumbers(text, { defaultCountry: country, v2: true }, PHONE_METADATA);
}

describe('PhoneReader.skips: candidates too short to be a number are not parsed', () => {
  const reader = new PhoneReader(PHONE_METADATA);
  // [label, candidate, reading, skipped, libphonenumber finds the whole candidate]
  it.each<[string, string, CountryCode, boolean, boolean]>([
    // True positives are always parsed.
    ['Swedish mobile', '070-123 45 67', 'SE', false, true],
    ['Stockholm landline', '08-123 456 78', 'SE', false, true],
    ['+46 mobile', '+46 70 123 45 67', 'SE', false, true],
    ['+1 number', '+1 212 555 0100', 'SE', false, true],
    ['+44 London', '+44 20 7946 0018', 'SE', false, true],
    ['+49 Berlin', '+49 30 123456', 'SE', false, true],
    ['US national read as US', '(312) 555-0176', 'US', false, true],
    // Too few digits for the default plan and no international prefix: skipped.
    ['a year', '2024', 'SE', true, false],
    ['a day and month', '12.05', 'SE', true, false],
    ['an amount', '12 500', 'SE', true, false],
    ['an order number of five digits', '12345', 'SE', true, false],
    ['four digits read as Norwegian (shortest plan: 5)', '4712', 'NO', true, false],
    ['six digits read as Danish (plan: 8)', '22 33 44', 'DK', true, false],
    ['six digits read as US (US/CA shortest: 7)', '555-017', 'US', true, false],
    ['a Swedish landline one digit short', '031-12 34', 'SE', false, false],
    // Traps: a `+` or a dialling prefix opens every plan, and Austria and Luxembourg have 4-digit numbers.
    ['+43 with a 4-digit number, read as Danish', '+43 1 234', 'DK', false, true],
    ['+352 with a 4-digit number, read as Danish', '+352 4567', 'DK', false, true],
    ['US dialling prefix 011 and a 4-digit number', '011 352 4567', 'US', false, true],
    ['Swedish dialling prefix 00 read as Norwegian', '0049 30 123456', 'NO', false, true],
    ['+ and three digits', '+46 1', 'SE', true, false],
    ['Finnish dialling prefix 99x', '994 49 30', 'FI', false, false],
    ['non-ASCII digits are left to libphonenumber', '０７０１２', 'SE', false, false],
    ['full-width plus is left to libphonenumber', '＋46 1', 'SE', false, false],
  ])('%s: %s read as %s', (_label, candidate, country, skipped, isNumber) => {
    expect(reader.skips(candidate, country)).toBe(skipped);
    const found = plain(candidate, country).map((f) => [f.startsAt, f.endsAt]);
    expect(found).toEqual(isNumber ? [[0, candidate.length]] : []);
  });

  it('never skips a candidate libphonenumber would accept (generated candidates, every reading)', () => {
    let state = 7;
    const next = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const leads = ['', '+', '00', '0', '011', '99', '(0', '+4', '+1 '];
    const seps = ['', ' ', '-', '.', '/', ' - '];
    let skippedCount = 0;
    for (let i = 0; i < 1500; i++) {
      let candidate = leads[next(leads.length)] ?? '';
      const groups = 1 + next(4);
      for (let g = 0; g < groups; g++) {
        if (g > 0) candidate += seps[next(seps.length)] ?? '';
        for (let d = 1 + next(3); d > 0; d--) candidate += String(next(10));
      }
      for (const country of READ_AS) {
        if (!reader.skips(candidate, country)) continue;
        skippedCount++;
        expect([candidate, shape(plain(candidate, country))]).toEqual([candidate, []]);
      }
    }
    // The property is only worth something if many candidates were skipped.
    expect(skippedCount).toBeGreaterThan(1000);
  });
});

/** Deterministic prose dense with numbers, phone-shaped and not, in the shapes mail has them. */
function denseText(seed: number, pieces: number): string {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const digits = (n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(next(10));
    return s;
  };
  const shapes: (() => string)[] = [
    () => `070-${digits(3)} ${digits(2)} ${digits(2)}`,
    () => `08-${digits(3)} ${digits(3)} ${digits(2)}`,
    () => `+46 7${digits(1)} ${digits(3)} ${digits(2)} ${digits(2)}`,
    () => `0046 ${digits(2)} ${digits(3)} ${digits(4)}`,
    () => `+47 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `+1 (${digits(3)}) ${digits(3)}-${digits(4)}`,
    () => `+44 20 ${digits(4)} ${digits(4)}`,
    () => `+49 30 ${digits(next(6) + 2)}`,
    () => `040 ${digits(3)} ${digits(4)}`,
    () => `(0${digits(2)}) ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `20${digits(2)}-${digits(2)}-${digits(2)}`,
    () => `${digits(2)}/${digits(2)}/20${digits(2)}`,
    () => `20${digits(2)}-0${digits(1)}-1${digits(1)} 1${digits(1)}:${digits(2)}`,
    () => `${digits(6)}-${digits(4)}`,
    () => `${digits(next(12) + 1)}`,
    () => `${digits(3)} ${digits(3)} kr`,
    () => `€${digits(4)}`,
    () => `ordernr ${digits(8)}`,
    () => `ext. ${digits(3)}`,
    () => `x${digits(4)}`,
    () => `SN${digits(7)}`,
    () => `${digits(3)}-${digits(3)} (${digits(4)})`,
    () => `${digits(4)} / ${digits(4)}`,
    () => `v${digits(1)}.${digits(1)}.${digits(2)}`,
    () => `${digits(1)}.${digits(3)}.${digits(3)}`,
    () => '070-174 06 12',
    () => 'Mobil: +46 70 174 06 12',
    // Any `+` code, most of them none of the metadata's (+94, +0, +62): no number, or one inside.
    () => `+${digits(2)} ${digits(2)} ${digits(3)} ${digits(2)} ${digits(2)}`,
    () => `+${digits(next(4) + 1)} ${digits(next(8) + 1)}`,
    () => `+${digits(3)}-${digits(4)}-${digits(4)}`,
  ];
  const glue = [' ', ', ', '. ', '\n', ' tel ', ': ', ' och ', '(', ') ', '; ', '/', ' - ', 'a', '%'];
  let text = '';
  for (let i = 0; i < pieces; i++)
    text += (shapes[next(shapes.length)] ?? (() => ''))() + (glue[next(glue.length)] ?? ' ');
  return text;
}

describe('PhoneReader.numbersIn: the same numbers as findNumbers', () => {
  it.each([1, 2, 3, 4])('dense generated text, seed %d, every reading', (seed) => {
    // One reader for all texts and countries, as in a scan: remembered verdicts must not leak between them.
    const reader = new PhoneReader(PHONE_METADATA);
    for (let part = 0; part < 3; part++) {
      const text = denseText(seed * 100 + part, 300);
      for (const country of READ_AS) {
        const expected = shape(plain(text, country));
        expect(shape(reader.numbersIn(text, country))).toEqual(expected);
        // Slices of the same text start and end inside other numbers: the neighbours change the verdict.
        for (let at = 0; at < text.length; at += 997) {
          const slice = text.slice(at, at + 150);
          expect(shape(reader.numbersIn(slice, country))).toEqual(shape(plain(slice, country)));
        }
      }
    }
  });

  it('answers a slice read again, in any reading, as findNumbers does', () => {
    const reader = new PhoneReader(PHONE_METADATA);
    const text = denseText(9, 200);
    const slices = [0, 400, 800].map((at) => text.slice(at, at + 300));
    for (let round = 0; round < 2; round++)
      for (const slice of slices)
        for (const country of READ_AS)
          expect(shape(reader.numbersIn(slice, country))).toEqual(shape(plain(slice, country)));
  });

  it('finds numbers in the generated text (the comparison is not vacuous)', () => {
    const found = new PhoneReader(PHONE_METADATA).numbersIn(denseText(1, 400), 'SE');
    expect(found.length).toBeGreaterThan(50);
  });

  it('gives the same verdict for the same number only when its neighbours agree', () => {
    const reader = new PhoneReader(PHONE_METADATA);
    // Glued to a letter on the left: not a number; then the same digits standing alone: a number.
    expect(shape(reader.numbersIn('ab070-123 45 67', 'SE'))).toEqual([]);
    expect(shape(reader.numbersIn('Ring 070-123 45 67', 'SE'))).toEqual(['5-18 +46701234567 SE ']);
    expect(shape(reader.numbersIn('Ring 070-123 45 67b', 'SE'))).toEqual([]);
  });
});
