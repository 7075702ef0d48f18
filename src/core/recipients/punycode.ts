/**
 * Punycode decoding (RFC 3492, section 6.2) for the `xn--` labels of internationalised domain names.
 * The pure core runs where neither `URL` nor Node's `punycode` exists (Outlook's JavaScript-only
 * runtime), and decoding is all the recipient checks need: a few dozen lines, no dependency.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
/** Labels are at most 63 octets (RFC 1035): longer input is not a host name. */
const MAX_LABEL = 63;

/** Digit value of a basic code point: a–z and A–Z are 0–25, 0–9 are 26–35. */
function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 22;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 97 && code <= 122) return code - 97;
  return BASE;
}

/** Bias adaptation, RFC 3492 section 6.1. */
function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** Decodes one Punycode string (without `xn--`); undefined when it is malformed. */
export function decodePunycode(input: string): string | undefined {
  if (input.length > MAX_LABEL) return undefined;
  const cut = input.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < Math.max(0, cut); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return undefined;
    output.push(code);
  }
  let n = INITIAL_N;
  let i = 0;
  let bias = INITIAL_BIAS;
  for (let pos = cut > 0 ? cut + 1 : 0; pos < input.length;) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (pos >= input.length) return undefined;
      const digit = digitOf(input.charCodeAt(pos++));
      if (digit >= BASE) return undefined;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * (MAX_LABEL + 1)) return undefined;
    }
    const points = output.length + 1;
    bias = adapt(i - oldI, points, oldI === 0);
    n += Math.floor(i / points);
    i %= points;
    if (n > 0x10ffff) return undefined;
    output.splice(i, 0, n);
    i++;
  }
  return String.fromCodePoint(...output);
}

/**
 * A domain in Unicode, lower case: `xn--` labels decoded, the ideographic full stops IDNA treats as dots
 * turned into dots, NFC. A label that does not decode is kept as written (it is compared, not trusted).
 */
export function toUnicodeDomain(domain: string): string {
  const labels = domain
    .trim()
    .replace(/[\u3002\uff0e\uff61]/g, '.')
    .replace(/\.$/, '')
    .toLowerCase()
    .split('.');
  return labels
    .map((label) => {
      if (label.slice(0, 4) !== 'xn--') return label;
      const decoded = decodePunycode(label.slice(4));
      return decoded === undefined ? label : decoded.toLowerCase();
    })
    .join('.')
    .normalize('NFC');
}
