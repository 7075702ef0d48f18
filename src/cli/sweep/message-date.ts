/**
 * When a message was sent or received: the Date header, else the time on the topmost Received header
 * (the receiving server's stamp), for a message without a Date header (RFC 5322 makes it mandatory,
 * but old exports and some scanners' re-injections lack it). `.msg` files carry both as properties.
 */
import type { MsgReaderInstance } from '../../core/extraction';
import { loadMsgReader } from '../../core/extraction';

/** Where a message's date came from; `none` when it has no usable one. */
export type MessageDate =
  { readonly source: 'header' | 'received' | 'file-time'; readonly date: Date } | { readonly source: 'none' };

/** Header blocks longer than this are malformed; the date is looked for only inside it. */
const MAX_HEADER_BYTES = 256 * 1024;

/** The header block, unfolded (RFC 5322 §2.2.3), one header per entry. */
function headerLines(bytes: Uint8Array): string[] {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, MAX_HEADER_BYTES));
  const text = head.toString('latin1');
  // The header block ends at the first empty line (CRLF or bare LF).
  const end = text.search(/\r?\n\r?\n/);
  const block = end >= 0 ? text.slice(0, end) : text;
  return block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
}

/** RFC 5322 date-time to a Date; null for junk, the epoch and dates more than a day in the future. */
export function parseMailDate(text: string, now: Date): Date | null {
  // Comments such as "(CET)" are allowed in the date but not understood by Date.parse.
  const cleaned = text.replace(/\([^)]*\)/g, ' ').trim();
  const time = Date.parse(cleaned);
  if (Number.isNaN(time) || time <= 0 || time > now.getTime() + 86_400_000) return null;
  return new Date(time);
}

/** The date of an RFC 822 message: Date header, else the topmost Received stamp (after its last `;`). */
export function emlDate(bytes: Uint8Array, now: Date): MessageDate {
  let received: string | undefined;
  for (const line of headerLines(bytes)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1);
    if (name === 'date') {
      const date = parseMailDate(value, now);
      if (date) return { source: 'header', date };
    } else if (name === 'received' && received === undefined) received = value;
  }
  const stamp = received?.slice(received.lastIndexOf(';') + 1);
  const date = stamp === undefined ? null : parseMailDate(stamp, now);
  return date ? { source: 'received', date } : { source: 'none' };
}

type MsgDates = { readonly clientSubmitTime?: string; readonly messageDeliveryTime?: string };

/** The date of an Outlook .msg: submit time (the Date header's counterpart), else delivery time. */
export async function msgDate(bytes: Uint8Array, now: Date): Promise<MessageDate> {
  let fields: MsgDates;
  try {
    const Reader = await loadMsgReader();
    const copy = bytes.slice().buffer;
    const reader: MsgReaderInstance = new Reader(copy);
    fields = reader.getFileData() as MsgDates;
  } catch {
    return { source: 'none' };
  }
  const sent = fields.clientSubmitTime ? parseMailDate(fields.clientSubmitTime, now) : null;
  if (sent) return { source: 'header', date: sent };
  const delivered = fields.messageDeliveryTime ? parseMailDate(fields.messageDeliveryTime, now) : null;
  return delivered ? { source: 'received', date: delivered } : { source: 'none' };
}
