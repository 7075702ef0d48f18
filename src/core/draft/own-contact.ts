/**
 * The sender's own contact details outside the signature block: a line that names the sender in full
 * ("Kontakt: Ingrid Solberg, tlf. 22 40 18 70" in a job ad the sender wrote), and a contact card the sender
 * attaches ("Yhteystietoni liitteenä" with their own .vcf). Like the signature, they are the sender's to
 * give.
 */
import type { Draft } from './types';
import type { Span } from '../detection/types';
import { lineStart } from '../detection/sentences';

/** Whether `span` lies on a line of `text` that holds the sender's full name (two words or more). */
export function onSenderLine(text: string, span: Span, senderName: string | undefined): boolean {
  if (senderName === undefined || senderName.trim().indexOf(' ') < 0) return false;
  const start = lineStart(text, span.start);
  const next = text.indexOf('\n', span.end);
  const line = text.slice(start, next < 0 ? text.length : next).toLowerCase();
  return line.indexOf(senderName.trim().toLowerCase()) >= 0;
}

/**
 * Whether an attachment is a contact card of the sender: a `.vcf` (read as "Name: …", "Email: …" lines) or
 * raw vCard text holding the sender's address, or the sender's name as its name.
 */
export function isSendersCard(name: string, text: string, draft: Draft): boolean {
  if (!/\.vcf$/i.test(name) && !/^\s*BEGIN:VCARD/i.test(text)) return false;
  const lower = text.toLowerCase();
  const address = draft.from?.address.trim().toLowerCase() ?? '';
  if (address !== '' && lower.indexOf(address) >= 0) return true;
  const sender = draft.from?.name?.trim().toLowerCase() ?? '';
  return sender !== '' && new RegExp(`^(?:fn|name):[ \\t]*${escape(sender)}[ \\t]*$`, 'm').test(lower);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
