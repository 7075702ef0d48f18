/** Which attachments can be moved, and who the links are for. */
import type { Mailbox } from '../../addin';

export interface Target {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
}

/** File attachments that are not inline images (cloud and item attachments have no bytes to move). */
export async function moveTargets(mailbox: Mailbox): Promise<Target[]> {
  const list = await mailbox.getAttachments();
  return list
    .filter((a) => a.attachmentType === 'file' && !a.isInline)
    .map((a) => ({
      id: a.id,
      name: a.name,
      size: a.size,
      contentType: a.contentType ?? 'application/octet-stream',
    }));
}

/** The same file in a fresh list: by id, else by name and size. */
export async function nextTarget(mailbox: Mailbox, original: Target): Promise<Target> {
  const list = await moveTargets(mailbox);
  return (
    list.find((t) => t.id === original.id) ??
    list.find((t) => t.name === original.name && t.size === original.size) ??
    original
  );
}

/** to + cc + bcc, lower-cased, without duplicates: who may open the links. */
export async function recipientsOf(mailbox: Mailbox): Promise<string[]> {
  const out: string[] = [];
  // One call at a time: Outlook on the web allows three concurrent async calls per add-in.
  for (const field of ['to', 'cc', 'bcc'] as const) {
    for (const r of await mailbox.getRecipients(field)) {
      const address = r.emailAddress.trim().toLowerCase();
      if (address.includes('@') && !out.includes(address)) out.push(address);
    }
  }
  return out;
}
