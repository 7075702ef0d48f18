/**
 * Domains of addresses: the part after `@` in Unicode, the organisation's registrable domain, and
 * whether one domain lies within another (`lab.vinnter.se` within `vinnter.se`).
 */
import { toUnicodeDomain } from './punycode';

/** Second-level labels under which a country's registry hands out names (`co.uk`, `com.au`). */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu|ltd|plc|or|ne|go)$/;

/** The domain of an address in Unicode and lower case; `''` when there is none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '';
  return toUnicodeDomain(address.slice(at + 1).replace(/[>\s]+$/, ''));
}

/** The local part (before the last `@`), lower case. */
export function localPartOf(address: string): string {
  const at = address.lastIndexOf('@');
  return (at < 0 ? address : address.slice(0, at)).trim().toLowerCase();
}

/**
 * The name an organisation registered: `mail.vinnter.se` → `vinnter.se`, `shop.example.co.uk` →
 * `example.co.uk`. A short table instead of the Public Suffix List: close enough to compare names.
 */
export function registrableDomain(domain: string): string {
  const labels = domain.split('.');
  if (labels.length <= 2) return domain;
  const tld = labels[labels.length - 1] as string;
  const second = labels[labels.length - 2] as string;
  const keep = tld.length === 2 && SECOND_LEVEL.test(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** `{ name: 'vinnter', suffix: 'se' }` for `vinnter.se`; `example` / `co.uk` for `example.co.uk`. */
export function splitRegistrable(domain: string): { readonly name: string; readonly suffix: string } {
  const reg = registrableDomain(domain);
  const dot = reg.indexOf('.');
  return dot < 0 ? { name: reg, suffix: '' } : { name: reg.slice(0, dot), suffix: reg.slice(dot + 1) };
}

/** Whether `domain` is `base` or one of its subdomains. */
export function isWithin(domain: string, base: string): boolean {
  return domain === base || (domain.length > base.length && domain.slice(-base.length - 1) === `.${base}`);
}

/**
 * Whether `domain` matches a policy entry: a domain (`gmail.com`, subdomains included) or a name with
 * any top-level domain (`hotmail.*` covers hotmail.com, hotmail.se, hotmail.co.uk).
 */
export function matchesDomainEntry(domain: string, entry: string): boolean {
  const e = toUnicodeDomain(entry);
  if (e.slice(-2) !== '.*') return isWithin(domain, e);
  return splitRegistrable(domain).name === e.slice(0, -2);
}

/** Whether `domain` matches any entry of `entries`. */
export function matchesAny(domain: string, entries: readonly string[]): boolean {
  for (const e of entries) if (matchesDomainEntry(domain, e)) return true;
  return false;
}
