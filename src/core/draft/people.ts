/**
 * The people of a draft: the sender, the recipients and which of them are colleagues (company domains).
 */
import type { Address, Draft } from './types';

export interface People {
  /** Every address on the draft, lower case: never a finding. */
  readonly emails: readonly string[];
  /** The sender's display name (and its first word), for finding a signature without a sign-off. */
  readonly senderNames: readonly string[];
  /** Lower-case words of the names of the sender, the recipients and company colleagues on the draft. */
  readonly nameWords: { readonly [word: string]: true };
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/** Name words of at least two letters ("Anna", "Svensson"; not initials). */
function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s,.()"'<>]+/)
    .filter((w) => w.length >= 2);
}

/**
 * Collects addresses and names. Names of the sender, of recipients and of colleagues count as known
 * people: naming them in the draft is ordinary business mail, not a third party's data.
 * `ownDomains` are the company's domains; colleagues in Bcc count too.
 */
export function peopleOf(draft: Draft, ownDomains: readonly string[]): People {
  const all: Address[] = [];
  if (draft.from) all.push(draft.from);
  for (const list of [draft.to, draft.cc, draft.bcc]) for (const a of list) all.push(a);
  const emails: string[] = [];
  const nameWords: { [word: string]: true } = {};
  for (const a of all) {
    const address = a.address.trim().toLowerCase();
    if (address !== '' && emails.indexOf(address) < 0) emails.push(address);
    const display = a.name ?? '';
    // A colleague without a display name is still known by the local part: anna.svensson@vinnter.se.
    const fromAddress =
      ownDomains.indexOf(domainOf(address)) >= 0
        ? address.slice(0, address.indexOf('@')).replace(/[._-]+/g, ' ')
        : '';
    for (const w of words(`${display} ${fromAddress}`)) nameWords[w] = true;
  }
  const senderName = draft.from?.name?.trim() ?? '';
  const first = senderName.split(/\s+/)[0] ?? '';
  const senderNames = senderName === '' ? [] : first !== senderName ? [senderName, first] : [senderName];
  return { emails, senderNames, nameWords };
}

/** Whether every word of `value` is a known person's name word ("Anna", "Anna Svensson"). */
export function isKnownName(value: string, people: People): boolean {
  const ws = words(value);
  if (ws.length === 0) return false;
  for (const w of ws) if (people.nameWords[w] !== true) return false;
  return true;
}
