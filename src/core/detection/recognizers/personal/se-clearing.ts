/**
 * Swedish clearing-number ranges, the account lengths they use and their check-digit rule (Bankgirot,
 * "Bankernas kontonummeruppbyggnad"):
 * - type 1, comment 1: 4-digit clearing + 7-digit account; mod 11 over the last 3 clearing digits + account;
 * - type 1, comment 2: as above, mod 11 over all 11 digits;
 * - type 2: the bank's own 10-digit account (Luhn), Handelsbanken's 9 digits (mod 11), and Swedbank's and
 *   Plusgirot's accounts of up to 10 digits (Luhn over the account).
 * Ranges not listed are unassigned. A failed check is `weak`, not `invalid`: bank rules have exceptions.
 */
import type { Validation } from '../../types';
import * as luhn from '../../../identifiers/checksums/luhn';
import * as mod11 from '../../../identifiers/checksums/mod11';

type Rule = 'type1-10' | 'type1-11' | 'luhn-10' | 'mod11-9' | 'luhn-account';

interface ClearingRange {
  readonly from: number;
  readonly to: number;
  readonly rule: Rule;
}

const R = (from: number, to: number, rule: Rule): ClearingRange => ({ from, to, rule });

const RANGES: readonly ClearingRange[] = [
  R(1100, 2099, 'type1-10'), // Nordea, Danske Bank
  R(2300, 2399, 'type1-11'), // Ålandsbanken
  R(2400, 2499, 'type1-10'), // Danske Bank
  R(3000, 3299, 'type1-10'), // Nordea
  R(3300, 3300, 'luhn-10'), // Nordea personkonto
  R(3301, 3781, 'type1-10'), // Nordea, Länsförsäkringar
  R(3782, 3782, 'luhn-10'), // Nordea personkonto
  R(3783, 3999, 'type1-10'), // Nordea
  R(4000, 4999, 'type1-11'), // Nordea
  R(5000, 5999, 'type1-10'), // SEB
  R(6000, 6999, 'mod11-9'), // Handelsbanken
  R(7000, 7999, 'type1-10'), // Swedbank
  R(8000, 8999, 'luhn-account'), // Swedbank (5-digit clearing 8xxx-x)
  R(9020, 9029, 'type1-11'), // Länsförsäkringar
  R(9040, 9049, 'type1-11'), // Citibank
  R(9060, 9079, 'type1-10'), // Länsförsäkringar, Multitude
  R(9100, 9109, 'type1-11'), // Nordnet
  R(9120, 9149, 'type1-10'), // SEB
  R(9150, 9169, 'type1-11'), // Skandiabanken
  R(9170, 9179, 'type1-10'), // Ikano
  R(9180, 9189, 'luhn-10'), // Danske Bank
  R(9190, 9199, 'type1-11'), // DNB
  R(9230, 9239, 'type1-10'), // Marginalen
  R(9250, 9259, 'type1-10'), // SBAB
  R(9260, 9269, 'type1-11'), // DNB
  R(9270, 9289, 'type1-10'), // ICA Banken, Resurs
  R(9300, 9349, 'luhn-10'), // Swedbank (former Sparbanken Öresund)
  R(9390, 9399, 'type1-11'), // Landshypotek
  R(9400, 9469, 'type1-10'), // Forex, Santander
  R(9470, 9479, 'type1-11'), // BNP Paribas
  R(9500, 9549, 'luhn-account'), // Nordea Plusgirot
  R(9550, 9569, 'type1-11'), // Avanza
  R(9570, 9579, 'luhn-10'), // Sparbanken Syd
  R(9590, 9599, 'type1-11'), // Erik Penser
  R(9630, 9639, 'type1-10'), // Lån & Spar
  R(9640, 9679, 'type1-11'), // Nordax, MedMera, Svea, JAK
  R(9680, 9689, 'type1-10'), // Bluestep
  R(9700, 9719, 'type1-11'), // Ekobanken, Lunar
  R(9750, 9789, 'type1-11'), // Northmill, Klarna
  R(9880, 9889, 'type1-11'), // Riksgälden
  R(9890, 9899, 'luhn-10'), // Riksgälden
  R(9960, 9969, 'luhn-account'), // Nordea Plusgirot
];

const LENGTHS: { readonly [rule in Rule]: readonly number[] } = {
  'type1-10': [7],
  'type1-11': [7],
  'luhn-10': [10],
  'mod11-9': [8, 9],
  'luhn-account': [7, 8, 9, 10],
};

/** Mod-11 weights 1..10 repeating from the right, as many as `length` (Bankgirot's type 1 rule). */
function weightsFromRight(length: number): number[] {
  const weights: number[] = [];
  for (let i = length - 1; i >= 0; i--) weights.push((i % 10) + 1);
  return weights;
}

function checks(rule: Rule, clearing: string, account: string): boolean {
  switch (rule) {
    case 'type1-10':
      return mod11.isValid(clearing.slice(1) + account, weightsFromRight(10));
    case 'type1-11':
      return mod11.isValid(clearing + account, weightsFromRight(11));
    case 'mod11-9':
      return mod11.isValid(account, weightsFromRight(9));
    case 'luhn-10':
    case 'luhn-account':
      return luhn.isValid(account);
  }
}

/**
 * Validate a Swedish clearing number (4 digits; Swedbank's fifth, `clearingCheck`, is a Luhn digit over
 * the clearing number) + account number (digits only).
 */
export function validateSwedishAccount(clearing: string, account: string, clearingCheck = ''): Validation {
  const n = Number(clearing);
  const range = RANGES.filter((r) => n >= r.from && n <= r.to)[0];
  if (range === undefined) return { kind: 'invalid', reason: 'component' };
  if (LENGTHS[range.rule].indexOf(account.length) < 0) return { kind: 'invalid', reason: 'length' };
  const clearingOk = clearingCheck === '' || luhn.isValid(clearing + clearingCheck);
  if (clearingOk && checks(range.rule, clearing, account))
    return { kind: 'valid', check: range.rule.indexOf('luhn') === 0 ? 'luhn' : 'mod11' };
  return { kind: 'weak', check: 'clearing', why: 'check-digit-unverified' };
}
