/**
 * The recipient fixes through the Office adapter: replace an address with the one the sender probably
 * meant, move external To/Cc recipients to Bcc — each with an Undo that puts the fields back as they were.
 * Recipients are matched by address, not position: the sender may have edited the fields since the scan.
 */
import type { RecipientFix } from '../core/recipients/types';
import type { Mailbox, RecipientField } from './mailbox';
import type { HostEmailAddress, HostEmailUser } from './office-host';

/** The fields as they were before a fix, for Undo. */
export interface RecipientSnapshot {
  readonly fields: { readonly [F in RecipientField]?: readonly HostEmailUser[] };
}

export type RecipientFixResult =
  | { readonly kind: 'applied'; readonly undo: RecipientSnapshot }
  /** The recipient is no longer on the draft (edited since the scan): nothing was changed. */
  | { readonly kind: 'stale' }
  /** Nothing to do for this fix (`review`): the sender decides. */
  | { readonly kind: 'none' };

const FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

function asUser(r: HostEmailAddress): HostEmailUser {
  return { emailAddress: r.emailAddress, displayName: r.displayName || r.emailAddress };
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

async function readAll(mailbox: Mailbox): Promise<{ [F in RecipientField]: HostEmailUser[] }> {
  const out = { to: [] as HostEmailUser[], cc: [] as HostEmailUser[], bcc: [] as HostEmailUser[] };
  for (const field of FIELDS) out[field] = (await mailbox.getRecipients(field)).map(asUser);
  return out;
}

/** Applies `fix`. Rejects with `OfficeApiError` when Office refuses; fields are written one at a time. */
export async function applyRecipientFix(mailbox: Mailbox, fix: RecipientFix): Promise<RecipientFixResult> {
  if (fix.kind === 'review') return { kind: 'none' };
  const current = await readAll(mailbox);
  const next: { [F in RecipientField]?: HostEmailUser[] } = {};
  switch (fix.kind) {
    case 'replace-address': {
      const list = current[fix.recipient.field];
      const at = list.findIndex((r) => same(r.emailAddress, fix.recipient.address));
      if (at < 0) return { kind: 'stale' };
      const old = list[at] as HostEmailUser;
      const displayName = same(old.displayName, old.emailAddress) ? fix.replacement : old.displayName;
      next[fix.recipient.field] = list.map((r, i) =>
        i === at ? { emailAddress: fix.replacement, displayName } : r,
      );
      break;
    }
    case 'move-to-bcc': {
      const moving = (r: HostEmailUser): boolean =>
        fix.recipients.some((m) => same(m.address, r.emailAddress));
      const moved = current.to.filter(moving).concat(current.cc.filter(moving));
      if (moved.length === 0) return { kind: 'stale' };
      next.to = current.to.filter((r) => !moving(r));
      next.cc = current.cc.filter((r) => !moving(r));
      const bcc = current.bcc.slice();
      for (const r of moved) if (!bcc.some((b) => same(b.emailAddress, r.emailAddress))) bcc.push(r);
      next.bcc = bcc;
      break;
    }
  }
  const undo: { [F in RecipientField]?: readonly HostEmailUser[] } = {};
  for (const field of FIELDS) {
    const list = next[field];
    if (list === undefined) continue;
    undo[field] = current[field];
    await mailbox.setRecipients(field, list);
  }
  return { kind: 'applied', undo: { fields: undo } };
}

/** Puts the fields a fix changed back as they were. */
export async function undoRecipientFix(mailbox: Mailbox, snapshot: RecipientSnapshot): Promise<void> {
  for (const field of FIELDS) {
    const list = snapshot.fields[field];
    if (list !== undefined) await mailbox.setRecipients(field, list);
  }
}
