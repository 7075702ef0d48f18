/**
 * Issuer identification number (IIN) ranges and lengths of the card networks (ISO/IEC 7812-1; ranges
 * as published by the networks: Visa, Mastercard incl. the 2-series, American Express, Discover,
 * Diners Club, JCB, UnionPay, Maestro, Mir, Dankort).
 */

/**
 * One network's IIN range `[from, to]` (`to` absent: the one prefix `from`) over as many first digits as `from`
 * has, and the PAN lengths it issues.
 */
interface IinRange {
  readonly network: string;
  readonly from: number;
  readonly to?: number;
  readonly lengths: readonly number[];
}

const ANY_16_19: readonly number[] = [16, 17, 18, 19];
const ANY_14_19: readonly number[] = [14, 15].concat(ANY_16_19);
const ANY_12_19: readonly number[] = [12, 13].concat(ANY_14_19);

// More specific ranges first: Dankort (5019) and Maestro (50xx/6xxx) before wider ones.
const RANGES: readonly IinRange[] = [
  { network: 'dankort', from: 5019, lengths: [16] },
  { network: 'maestro', from: 5018, lengths: ANY_12_19 },
  { network: 'maestro', from: 5020, lengths: ANY_12_19 },
  { network: 'maestro', from: 5038, lengths: ANY_12_19 },
  { network: 'maestro', from: 5893, lengths: ANY_12_19 },
  { network: 'maestro', from: 6304, lengths: ANY_12_19 },
  { network: 'maestro', from: 6759, to: 6763, lengths: ANY_12_19 },
  // Maestro UK (the former Switch range) beside 6759
  { network: 'maestro', from: 676770, lengths: ANY_12_19 },
  { network: 'maestro', from: 676774, lengths: ANY_12_19 },
  { network: 'visa', from: 4, lengths: [13, 16, 19] },
  { network: 'mastercard', from: 51, to: 55, lengths: [16] },
  { network: 'mastercard', from: 2221, to: 2720, lengths: [16] },
  { network: 'mir', from: 2200, to: 2204, lengths: ANY_16_19 },
  { network: 'amex', from: 34, lengths: [15] },
  { network: 'amex', from: 37, lengths: [15] },
  { network: 'diners', from: 300, to: 305, lengths: ANY_14_19 },
  { network: 'diners', from: 36, lengths: ANY_14_19 },
  { network: 'diners', from: 38, to: 39, lengths: ANY_14_19 },
  { network: 'jcb', from: 3528, to: 3589, lengths: ANY_16_19 },
  { network: 'discover', from: 6011, lengths: ANY_16_19 },
  { network: 'discover', from: 644, to: 649, lengths: ANY_16_19 },
  { network: 'discover', from: 65, lengths: ANY_16_19 },
  { network: 'unionpay', from: 62, lengths: ANY_16_19 },
];

/**
 * The network that issues PANs starting like `digits` with its length, or undefined.
 * `digits` must be ASCII digits only.
 */
export function cardNetwork(digits: string): string | undefined {
  for (const range of RANGES) {
    const prefix = Number(digits.slice(0, String(range.from).length));
    const to = range.to === undefined ? range.from : range.to;
    if (prefix >= range.from && prefix <= to && range.lengths.indexOf(digits.length) >= 0)
      return range.network;
  }
  return undefined;
}
