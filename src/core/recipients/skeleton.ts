/**
 * The "skeleton" of a domain label: what it looks like rather than what it is, after Unicode TS #39
 * (confusable detection). Two labels with one skeleton and different spellings are a lookalike pair
 * (`vinnter` / `vіnnter` with a Cyrillic і, `rnicrosoft` / `microsoft`, `paypa1` / `paypal`).
 * The table is a small hand-picked subset of the Unicode confusables list: the Cyrillic and Greek
 * letters that render like Latin ones, and the Latin digit/letter pairs people misread.
 */

/** Cyrillic and Greek letters drawn like a Latin letter (lower case; labels are lower-cased first). */
const LOOKS_LATIN: { readonly [ch: string]: string } = {
  а: 'a',
  в: 'b',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  ь: 'b',
  г: 'r',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ѵ: 'v',
  ɡ: 'g',
  ı: 'i',
  ȷ: 'j',
  ℓ: 'l',
};

/** Latin sequences that read alike in a mail client's font; both sides of a comparison get the same map. */
const READS_ALIKE: ReadonlyArray<readonly [RegExp, string]> = [
  // `rn` beside `m`, `vv` beside `w`, `cl` beside `d`: the classic typosquatting pairs.
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
  // `1`, `i` and `l` (and `|`) are one vertical stroke in many fonts; `0` is `o`; `5` is `s`.
  [/[1il|]/g, 'l'],
  [/0/g, 'o'],
  [/5/g, 's'],
];

/** Combining marks left after NFD: `é` → `e` + U+0301. */
const COMBINING = /[\u0300-\u036f]/g;

/** The label's skeleton: homoglyphs to Latin, accents dropped, alike-reading sequences folded. */
export function skeleton(label: string): string {
  let out = '';
  for (const ch of label.toLowerCase().normalize('NFD').replace(COMBINING, '')) {
    out += LOOKS_LATIN[ch] ?? ch;
  }
  for (const [from, to] of READS_ALIKE) out = out.replace(from, to);
  // A hyphen rarely registers when reading an address (dropped and doubled letters are edit distance).
  return out.replace(/-/g, '');
}

type Script = 'latin' | 'cyrillic' | 'greek' | 'other';

function scriptOf(code: number): Script | undefined {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0xe0 && code <= 0x24f)) return 'latin';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  // Digits, hyphens and dots belong to every script.
  if (code < 0x80) return undefined;
  return 'other';
}

/**
 * Whether a label mixes Latin with Cyrillic or Greek letters — legitimate names are written in one
 * script (a Russian domain is all Cyrillic), so a mix is almost always made to deceive.
 */
export function isMixedScript(label: string): boolean {
  const seen: { [s: string]: true } = {};
  let count = 0;
  for (let i = 0; i < label.length; i++) {
    const s = scriptOf(label.toLowerCase().charCodeAt(i));
    if (s === undefined || seen[s] === true) continue;
    seen[s] = true;
    count++;
  }
  return count > 1 && seen['latin'] === true;
}
