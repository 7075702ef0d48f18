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
import { NORDIC_CALLING_CODES, type PhonePlan } from './phone-numbers';

/** Each plan's service ranges, over the national digits (with the trunk 0 where the plan has one). */
const SERVICE: { readonly [plan: string]: RegExp } = {
  SE: /^0(?:20|77|71|900|939|944|99)/,
  FI: /^0(?:10|20|29|30|75|600|700|800)/,
  NO: /^8\d{7}$/,
  DK: /^[789]0\d{6}$/,
};
/** Whether `value`, read in `plan` (a `+` number in its own), is in a range no person answers. */
export function isServiceNumber(value: string, plan: PhonePlan): boolean {
  const compact = value.replace(/[^\d+]/g, '');
  const dialled = compact.startsWith('+') ? 1 : compact.startsWith('00') ? 2 : 0;
  const code = dialled === 0 ? undefined : NORDIC_CALLING_CODES.find(([c]) => compact.startsWith(c, dialled));
  const country = code === undefined ? plan : code[1];
  let national = code === undefined ? compact : compact.slice(dialled + code[0].length);
  if (code !== undefined && (country === 'SE' || country === 'FI')) national = `0${national}`;
  const service = SERVICE[country];
  return service !== undefined && service.test(national);
}
