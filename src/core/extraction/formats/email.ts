/**
 * Internet messages (.eml, message/rfc822) read with postal-mime: headers, body as plain text and every
 * attachment extracted in turn, one nesting level deeper (an attached message's attachments likewise).
 * Reached through `ExtractorLoaders.email` (default-loaders.ts) and, for the CLI's own .eml drafts, through
 * parse-message.ts: a bundle that leaves the loader out carries no MIME parser.
 */
import PostalMime from 'postal-mime';
import type { Address as PostalAddress, Email } from 'postal-mime';
import type { Address } from '../../model/draft';
import { htmlToText } from '../html-to-text';
import type { ExtractContext } from '../limits';
import { nested } from '../limits';
import type { ExtractionResult } from '../types';

/** An attachment of a parsed message with its extraction result. */
export interface EmailAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly content: ExtractionResult;
}

/** A message as the draft and the attachment reader need it. */
export interface ParsedEmail {
  readonly subject: string;
  readonly from?: Address;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly bcc: readonly Address[];
  readonly body: string;
  readonly attachments: readonly EmailAttachment[];
}

function toAddresses(list: readonly PostalAddress[] | undefined): Address[] {
  const out: Address[] = [];
  for (const entry of list ?? []) {
    const mailboxes = entry.group ?? [entry];
    for (const mailbox of mailboxes) {
      const address = mailbox.address ?? '';
      out.push(mailbox.name ? { address, name: mailbox.name } : { address });
    }
  }
  return out;
}

/**
 * The body as plain text. The HTML part is what a reader sees when a message has both; its plain
 * alternative may say less ("the list is in the HTML version"), so the HTML part converted is the body
 * whenever there is one, and the text/plain part only when there is no HTML.
 */
function bodyOf(email: Email): string {
  if (email.html !== undefined && email.html.trim() !== '') return htmlToText(email.html);
  return email.text ?? '';
}

/** Attachment bytes whatever shape postal-mime returned them in (we ask for ArrayBuffer). */
function bytesOf(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') {
    const out = new Uint8Array(content.length);
    for (let i = 0; i < content.length; i++) out[i] = content.charCodeAt(i) & 0xff;
    return out;
  }
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/** Parses a message and extracts its attachments (nested messages included, depth-bounded by `ctx`). */
export async function readEmail(bytes: Uint8Array, ctx: ExtractContext): Promise<ParsedEmail> {
  const email = await PostalMime.parse(bytes, {
    forceRfc822Attachments: true,
    attachmentEncoding: 'arraybuffer',
  });
  const inner = nested(ctx);
  const attachments: EmailAttachment[] = [];
  let index = 0;
  for (const attachment of email.attachments) {
    index++;
    const data = bytesOf(attachment.content);
    const name = attachment.filename ?? defaultName(attachment.mimeType, index);
    const content = await ctx.recurse(data, name, attachment.mimeType, inner);
    attachments.push({ name, contentType: attachment.mimeType, size: data.length, content });
  }
  const from = toAddresses(email.from ? [email.from] : undefined)[0];
  return {
    subject: email.subject ?? '',
    ...(from ? { from } : {}),
    to: toAddresses(email.to),
    cc: toAddresses(email.cc),
    bcc: toAddresses(email.bcc),
    body: bodyOf(email),
    attachments,
  };
}

function defaultName(mimeType: string, index: number): string {
  const extension = mimeType === 'message/rfc822' ? 'eml' : mimeType === 'text/calendar' ? 'ics' : 'bin';
  return `attachment-${index}.${extension}`;
}

function formatAddresses(list: readonly Address[]): string {
  return list.map((a) => (a.name ? `${a.name} <${a.address}>` : a.address)).join(', ');
}

/** A message attached to a message: headers and body as text, its attachments as members. */
export async function extractEmail(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractionResult> {
  const email = await readEmail(bytes, ctx);
  const header = [
    `Subject: ${email.subject}`,
    email.from ? `From: ${formatAddresses([email.from])}` : '',
    email.to.length ? `To: ${formatAddresses(email.to)}` : '',
    email.cc.length ? `Cc: ${formatAddresses(email.cc)}` : '',
  ].filter((line) => line.length > 0);
  let text = `${header.join('\n')}\n\n${email.body}`;
  const capped = text.length > ctx.limits.maxTextChars;
  if (capped) text = text.slice(0, ctx.limits.maxTextChars);
  const members = email.attachments.map((a) => ({ name: a.name, result: a.content }));
  const extras = members.length > 0 ? { text, members } : { text };
  return capped
    ? { kind: 'partial', reason: `text cap of ${ctx.limits.maxTextChars} characters reached`, ...extras }
    : { kind: 'text', ...extras };
}
