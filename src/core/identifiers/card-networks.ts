/**
 * Issuer identification number (IIN) ranges and lengths of the card networks (ISO/IEC 7812-1; ranges
 * as published by the networks: Visa, Mastercard incl. the 2-series, American Express, Discover,
 * Diners Club, JCB, UnionPay, Maestro, Mir, Dankort).
 */

/** One network's IIN range `[from, to]` over the first `digits` digits, and the PAN lengths it issues. */
interface IinRange {
  readonly network: string;
  readonly digits: number;
  readonly from: number;
  readonly to: number;
  readonly lengths: readonly number[];
}

const ANY_16_19: readonly number[] = [16, 17, 18, 19];

// More specific ranges first: Dankort (5019) and Maestro (50xx/6xxx) before wider ones.
const RANGES: readonly IinRange[] = [
  { network: 'dankort', digits: 4, from: 5019, to: 5019, lengths: [16] },
  { network: 'maestro', digits: 4, from: 5018, to: 5018, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { network: 'maestro', digits: 4, from: 5020, to: 5020, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { network: 'maestro', digits: 4, from: 5038, to: 5038, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { network: 'maestro', digits: 4, from: 5893, to: 5893, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { network: 'maestro', digits: 4, from: 6304, to: 6304, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { network: 'maestro', digits: 4, from: 6759, to: 6763, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  // Maestro UK (the former Switch range) beside 6759
  { network: 'maestro', digits: 6, from: 676770, to: 676770, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { network: 'maestro', digits: 6, from: 676774, to: 676774, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { network: 'visa', digits: 1, from: 4, to: 4, lengths: [13, 16, 19] },
  { network: 'mastercard', digits: 2, from: 51, to: 55, lengths: [16] },
  { network: 'mastercard', digits: 4, from: 2221, to: 2720, lengths: [16] },
  { network: 'mir', digits: 4, from: 2200, to: 2204, lengths: ANY_16_19 },
  { network: 'amex', digits: 2, from: 34, to: 34, lengths: [15] },
  { network: 'amex', digits: 2, from: 37, to: 37, lengths: [15] },
  { network: 'diners', digits: 3, from: 300, to: 305, lengths: [14, 15, 16, 17, 18, 19] },
  { network: 'diners', digits: 2, from: 36, to: 36, lengths: [14, 15, 16, 17, 18, 19] },
  { network: 'diners', digits: 2, from: 38, to: 39, lengths: [14, 15, 16, 17, 18, 19] },
  { network: 'jcb', digits: 4, from: 3528, to: 3589, lengths: ANY_16_19 },
  { network: 'discover', digits: 4, from: 6011, to: 6011, lengths: ANY_16_19 },
  { network: 'discover', digits: 3, from: 644, to: 649, lengths: ANY_16_19 },
  { network: 'discover', digits: 2, from: 65, to: 65, lengths: ANY_16_19 },
  { network: 'unionpay', digits: 2, from: 62, to: 62, lengths: ANY_16_19 },
];

/**
 * The network that issues PANs starting like `digits` with its length, or undefined.
 * `digits` must be ASCII digits only.
 */
export function cardNetwork(digits: string): string | undefined {
  for (const range of RANGES) {
    const prefix = Number(digits.slice(0, range.digits));
    if (prefix >= range.from && prefix <= range.to && range.lengths.indexOf(digits.length) >= 0)
      return range.network;
  }
  return undefined;
}
