/**
 * The domains a user has mailed, as a bounded set of keyed hashes (kept in the add-in's roaming
 * settings, which are small and synchronised with the mailbox). Domains are never stored in clear: a
 * look at the settings shows hashes, and the per-user key makes them differ between users.
 */
import { fnv1a } from '../policy/finding-key';
import { registrableDomain } from './domains';

export interface MailedDomains {
  /** Random per user, made by the add-in. */
  readonly key: string;
  /** Hashes of registrable domains, oldest first. */
  readonly hashes: readonly string[];
}

/** 64 bits from two FNV-1a passes with the key on either side: collisions stay rare for a few thousand domains. */
export function domainHash(key: string, domain: string): string {
  const d = registrableDomain(domain);
  return fnv1a(`${key}\u0000${d}`) + fnv1a(`${d}\u0000${key}`);
}

export function hasMailed(set: MailedDomains, domain: string): boolean {
  return set.hashes.indexOf(domainHash(set.key, domain)) >= 0;
}

/** The set with `domains` added (a domain mailed again moves to the newest end), at most `max` kept. */
export function rememberDomains(set: MailedDomains, domains: readonly string[], max: number): MailedDomains {
  const hashes = set.hashes.slice();
  for (const d of domains) {
    const h = domainHash(set.key, d);
    const at = hashes.indexOf(h);
    if (at >= 0) hashes.splice(at, 1);
    hashes.push(h);
  }
  return { key: set.key, hashes: hashes.length > max ? hashes.slice(hashes.length - max) : hashes };
}

/** Reads a stored set; anything malformed reads as undefined (the caller starts a new one). */
export function parseMailedDomains(value: unknown): MailedDomains | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as { key?: unknown; hashes?: unknown };
  if (typeof v.key !== 'string' || v.key.length < 16 || !Array.isArray(v.hashes)) return undefined;
  const hashes: string[] = [];
  for (const h of v.hashes as unknown[])
    if (typeof h === 'string' && /^[0-9a-f]{16}$/.test(h)) hashes.push(h);
  return { key: v.key, hashes };
}
