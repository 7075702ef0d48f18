/**
 * Post-filters for phone-number candidates. libphonenumber finds numbers that are valid for a
 * numbering plan, but business mail is full of digit groups that are valid phone numbers too: ISO
 * dates (`2024-05-12` is a valid Swedish number), times, version strings, IP addresses, prices,
 * personnummer. Each rule says why it rejects, for tests and for tuning.
 */
import type { ScanDocument, Span } from '../../types';
import type { PhonePlan } from './phone-numbers';
import { isServiceNumber } from './phone-service-ranges';
import { COMPANY_FORMS } from './company-holder';

/** Why a candidate is not a phone number (`null`: keep it). */
export type PhoneRejection =
  | 'date'
  | 'ip-address'
  | 'year-range'
  | 'case-number'
  | 'identity-number'
  | 'amount'
  | 'glued'
  | 'dial-in'
  | 'needs-keyword'
  | 'service'
  | 'company-line'
  | 'numbering'
  | null;

// A Swedish subscriber number never starts with 0 (the trunk prefix): "0142–0147" after an area code is a
// range of changesets, "012-036481" part of a notice number.
const SE_SUBSCRIBER_ZERO = /^0\d{1,3} ?[-–] ?0/;
// A dotted quad is an IP address ("dst 10.196.40.30 (nurse call integration)"), whatever word is near.
const IPV4_SHAPE = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
// Dates: 2024-05-12, 2024/05/12, 12.05.1985, 12/5/85, 12-05-2024.
const DATE_SHAPE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
// Two days joined by a dash: "03-03–03-05" (3 to 5 March) in a list of trips.
const DAY_RANGE = /^(?:(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|[12]\d|3[01])(?: ?- ?|$)){2}$/;
// A period such as "2019-2025" or "1998 - 2004" in a CV (dashes are normalised to '-' before this).
const YEAR_RANGE = /^((?:18|19|20)\d\d) ?- ?((?:18|19|20)\d\d)$/;

/** Two years joined by a dash, the second not before the first: a period of time, not a number to dial. */
function isYearRange(value: string): boolean {
  const years = YEAR_RANGE.exec(value);
  return years !== null && Number(years[1]) <= Number(years[2]);
}

// A year, a slash and a serial: a case or diary number ("ramavtal KS 2025/1184", "dnr 2026/311").
const CASE_NUMBER = /^(?:19|20)\d\d\/\d{1,6}$/;
// Personnummer / samordningsnummer / organisationsnummer with a separator: someone else's number.
const ID_SHAPE = /^(?:\d{6}[-+]\d{4}|(?:18|19|20)\d{6}-\d{4})$/;
// A currency or price word right before, or a currency right after.
const AMOUNT_BEFORE =
  /(?:€|\$|£|sek|eur|nok|dkk|usd|kr\.?|pris|price|belopp|summa|total|totalt|kostnad|cost)\s*:?\s*$/;
const AMOUNT_AFTER =
  /^[ \t]*(?:kr\b|kr\.|kronor|sek\b|eur\b|euro|nok\b|dkk\b|usd\b|:-|,-|€|\$|£|st\b|pcs\b|ex moms|inkl)/;
// Glued to letters or to a longer dotted/dashed number: 2024-05-12T10:22, v2.4.10, 1.2.3.4.5.
const GLUED_BEFORE = /(?:[0-9a-z]|[0-9a-z][/-]|\d[.:])$/;
const GLUED_AFTER = /^(?:[0-9A-Za-z]|[.:/-]\d)/;
/**
 * A group of letters and digits mixed, one space before: the number goes on a code written in groups
 * (the parcel number "1Z 4E8 29V 04 1187 2236"), not a phone, whose groups are digits only.
 */
const CODE_GROUP_BEFORE = /(?:^|\s)(?:[a-z]+\d|\d+[a-z])[0-9a-z]* $/;
// A conference bridge dialled with its meeting id (`+46 8 505 216 53,,744531962#`, the id also in groups:
// `,,574 903 228#`): a service number in a Teams/Zoom invitation, not a person's phone.
// One comma or semicolon is a CSV field separator, so that form needs the closing `#`. Digits closed by
// `#` are the meeting id or PIN itself.
const DIAL_IN_AFTER = /^(?:#|,{2,3}\d(?: ?\d){3,}#?|[,;]\d(?: ?\d){3,}#)/;
/** How far before a number the dial-in wording of an invitation may stand ("Dial in by phone: …"). */
const DIAL_IN_REACH = 40;
// The invitation's own wording in the languages Teams, Zoom and Webex write it: the bridge is a service
// number. Not "Teams"/"Zoom" alone: "ring mig på Teams eller 070-…" is a person's number.
const DIAL_IN_BEFORE =
  /(?:dial[- ]?in|call[- ]in|audio only|endast ljud|ring in|konferensnummer|conference number|ringe inn|ring ind)[^\n]*$/;
const DIAL_IN_ID_AFTER =
  /^[^\n]{0,30}(?:conference id|konferens-id|mötes-id|meeting id|konferanse-id|konference-id)/;

/**
 * The opening of a company's one-line footer, fields between bars or dots with the company's name and its
 * legal form first ("Vinnter AB | Lindholmspiren 7, 417 56 Göteborg | +46 31 760 45 00 | vinnter.se"):
 * group 1 is the first field's last word. Every field after it is the company's, however far from the name.
 */
const FOOTER_OPENING = /^\s*\S[^|·•\n]*\s(\S+)\s[|·•]\s/;

/**
 * Whether the matched value is only a run of digits or uses dots: such values are phone numbers only
 * when a phone word is near (IMEI, order numbers, IP addresses and version strings look the same).
 */
export function needsKeyword(value: string): boolean {
  return /^\d+$/.test(value) || value.indexOf('.') >= 0;
}

/**
 * Decide whether a phone candidate at `span` should be dropped; `hasKeyword` = a phone word is near, `plan`
 * the numbering plan it was read in (default Swedish).
 */
export function rejectPhone(
  doc: ScanDocument,
  span: Span,
  hasKeyword: boolean,
  plan: PhonePlan = 'SE',
): PhoneRejection {
  const value = doc.text.slice(span.start, span.end);
  if (DATE_SHAPE.test(value) || DAY_RANGE.test(value)) return 'date';
  if (IPV4_SHAPE.test(value)) return 'ip-address';
  if (isYearRange(value)) return 'year-range';
  if (CASE_NUMBER.test(value)) return 'case-number';
  if (ID_SHAPE.test(value)) return 'identity-number';
  if (plan === 'SE' && SE_SUBSCRIBER_ZERO.test(value)) return 'numbering';
  const before = doc.lower.slice(Math.max(0, span.start - 12), span.start);
  const after = doc.lower.slice(span.end, span.end + 12);
  if (GLUED_BEFORE.test(before) || GLUED_AFTER.test(after) || CODE_GROUP_BEFORE.test(before)) return 'glued';
  if (AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after)) return 'amount';
  if (DIAL_IN_AFTER.test(after)) return 'dial-in';
  const wideBefore = doc.lower.slice(Math.max(0, span.start - DIAL_IN_REACH), span.start);
  if (DIAL_IN_BEFORE.test(wideBefore) || DIAL_IN_ID_AFTER.test(doc.lower.slice(span.end, span.end + 60)))
    return 'dial-in';
  if (!hasKeyword && needsKeyword(value)) return 'needs-keyword';
  if (isServiceNumber(value, plan)) return 'service';
  // A footer is a short line: the text just before the number is enough, and long lines stay cheap.
  const line = doc.lower.slice(Math.max(0, span.start - 160), span.start);
  const footer = FOOTER_OPENING.exec(line.slice(line.lastIndexOf('\n') + 1));
  if (footer !== null && COMPANY_FORMS.indexOf(footer[1] ?? '') >= 0) return 'company-line';
  return null;
}
