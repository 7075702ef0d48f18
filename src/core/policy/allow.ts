/**
 * The company's own identifiers as scanner allow-list values (docs/detection.md "Alert fatigue").
 */
import type { CompanyIdentity } from './types';

/** `+46 31 390 06 00` → `031 390 06 00`: people write the switchboard both ways. */
function nationalForm(phone: string): string | undefined {
  const m = /^\s*(?:\+|00)46[\s-]*\(?0?\)?[\s-]*(\d[\d\s-]*)$/.exec(phone);
  return m && m[1] !== undefined ? `0${m[1]}` : undefined;
}

/** Digits only: `556677-8899` → `5566778899`. */
function digitsOf(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * Every spelling of the company's identifiers the scanner should leave alone: the values as written,
 * the switchboard in national form, the organisation number with its century (`16`) and as the VAT
 * number `SE…01`, and each comma-separated part of an office address (a street line on its own).
 */
export function companyAllowValues(company: CompanyIdentity): string[] {
  const out: string[] = [];
  const add = (v: string): void => {
    if (v.trim() !== '' && out.indexOf(v) < 0) out.push(v);
  };
  for (const v of company.organisationNumbers) {
    add(v);
    add(`16${digitsOf(v)}`);
    add(`SE${digitsOf(v)}01`);
  }
  for (const v of company.vatNumbers) add(v);
  for (const v of company.bankgiro) add(v);
  for (const v of company.switchboard) {
    add(v);
    const national = nationalForm(v);
    if (national !== undefined) add(national);
  }
  for (const v of company.addresses) {
    add(v);
    add(v.replace(/,/g, ' '));
    for (const part of v.split(',')) add(part.trim());
  }
  for (const v of company.allowValues) add(v);
  return out;
}
