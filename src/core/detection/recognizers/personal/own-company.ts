/**
 * The company's own name as its people write it — the name part of its mail domains ("vinnter" of
 * vinnter.se) — and where it labels a value as the company's: an address given under the name ("Var:
 * Vinnter Stockholm, Kungsholmsgatan 22"), an account payments go to ("Betaling til Vinnter, Danske Bank
 * reg. 3409 …"). Not "Anna på Vinnter bor på Storgatan 5": the name must be the value's label or payee.
 */
import type { ScanDocument, ScanEnv } from '../../types';

/** The company's own names, lower case, from the scan's own mail domains. */
export function ownNames(env: ScanEnv): string[] {
  const names: string[] = [];
  for (const domain of env.allow.ownDomains) {
    const parts = domain.toLowerCase().split('.');
    const name = parts.length >= 2 ? parts[parts.length - 2] : undefined;
    if (name !== undefined && name.length >= 3 && names.indexOf(name) < 0) names.push(name);
  }
  return names;
}

/** Whether the company's own name (and an office's town after it) stands right before `start`. */
export function afterOwnName(doc: ScanDocument, start: number, names: readonly string[]): boolean {
  if (names.length === 0) return false;
  const before = doc.text.slice(Math.max(0, start - 60), start);
  const label = /([A-Za-zÅÄÖÆØåäöæø]+)(?:[ \t]+[A-ZÅÄÖÆØ][a-zåäöæø]+)?[\s,:(–-]*$/.exec(before);
  return label !== null && names.indexOf((label[1] ?? '').toLowerCase()) >= 0;
}

/** "to Vinnter", "till Vinnter AB", "Payee: Vinnter": the company named as the one paid. */
const PAYEE =
  /(?:^|[^A-Za-zÅÄÖÆØåäöæø])(?:til|till|to|payable to|mottagare:?|modtager:?|mottaker:?|payee:?|beneficiary:?|saaja:?)\s+([A-Za-zÅÄÖÆØåäöæø]+)/gi;

/** The company's name in the genitive before an account word. */
const OWN_ACCOUNT = (name: string): RegExp =>
  new RegExp(`${name}(?:s|'s|’s|in) (?:konto|account|bank account|tili)`);

/**
 * Whether the company is named as the payee in the line before `start` (an account it is paid into), or
 * as the account's owner.
 */
export function paidToOwnName(doc: ScanDocument, start: number, names: readonly string[]): boolean {
  if (names.length === 0) return false;
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  const before = doc.text.slice(Math.max(lineStart, start - 120), start);
  // Finnish names the payee in the allative: "Maksut Vinnterille edelleen tilille FI72 …".
  const lower = before.toLowerCase();
  if (names.some((name) => lower.indexOf(`${name}lle`) >= 0 || lower.indexOf(`${name}ille`) >= 0))
    return true;
  // The company's own account in the genitive: "til Vinnters konto", "Vinnter's account", "Vinnterin tilille".
  if (names.some((name) => OWN_ACCOUNT(name).test(lower))) return true;
  PAYEE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAYEE.exec(before)) !== null) if (names.indexOf((m[1] ?? '').toLowerCase()) >= 0) return true;
  return false;
}
