/**
 * Numbers no person answers, by the numbering plan itself: freephone, shared-cost, premium and corporate
 * ranges, and machine (M2M) numbers. A helpline ("020-12 34 50"), a bank's card blocking line ("0200
 * 2121"), a service number ("010 345 6000") or a Danish company's 70-number is a business's, whatever
 * phone word stands beside it.
 *
 * - Sweden (PTS): 020 freephone, 077 shared cost, 0900/0939/0944/099 premium, 071 telematics and M2M.
 * - Finland (Traficom): 010, 020, 029, 030, 075 corporate and service numbers, 0600/0700 premium,
 *   0800 freephone.
 * - Norway (Nkom): eight digits starting with 8 are non-geographic service numbers.
 * - Denmark (Energistyrelsen): 80 freephone, 90 premium, 70 shared cost (companies' main numbers).
 */
import type { PhonePlan } from './phone-numbers';

const PREFIXES: { readonly [plan: string]: readonly string[] } = {
  SE: ['020', '077', '071', '0900', '0939', '0944', '099'],
  FI: ['010', '020', '029', '030', '075', '0600', '0700', '0800'],
};
const EIGHT_DIGIT_PREFIXES: { readonly [plan: string]: readonly string[] } = {
  NO: ['8'],
  DK: ['80', '90', '70'],
};
const CALLING_CODES: readonly (readonly [string, PhonePlan])[] = [
  ['358', 'FI'],
  ['46', 'SE'],
  ['47', 'NO'],
  ['45', 'DK'],
];

/** The plan and the national digits (with the trunk 0 where the plan has one) of a written number. */
function nationalForm(value: string, plan: PhonePlan): [PhonePlan, string] {
  const digits = value.replace(/\D/g, '');
  const international =
    value.trim().charAt(0) === '+' ? digits : digits.startsWith('00') ? digits.slice(2) : '';
  if (international === '') return [plan, digits];
  for (const [code, country] of CALLING_CODES)
    if (international.startsWith(code)) {
      const rest = international.slice(code.length);
      return [country, country === 'SE' || country === 'FI' ? `0${rest}` : rest];
    }
  return ['other', digits];
}

/** Whether `value`, read in `plan` (a `+` number in its own), is in a range no person answers. */
export function isServiceNumber(value: string, plan: PhonePlan): boolean {
  const [country, national] = nationalForm(value, plan);
  const prefixes = PREFIXES[country];
  if (prefixes !== undefined) return prefixes.some((p) => national.startsWith(p));
  const eight = EIGHT_DIGIT_PREFIXES[country];
  return eight !== undefined && national.length === 8 && eight.some((p) => national.startsWith(p));
}
