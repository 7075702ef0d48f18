/**
 * Builds Outlook .msg files for tests with msgreader's own CFB writer (`burn`): a subject, a body,
 * recipients and attachments as MS-OXMSG property streams. Not made by Outlook, but laid out as
 * MS-OXMSG specifies (string properties as UTF-16LE `__substg1.0_XXXX001F` streams).
 */
import { burn } from '@kenjiuno/msgreader/lib/Burner';
import type { Entry } from '@kenjiuno/msgreader/lib/Burner';

const DIRECTORY = 1;
const DOCUMENT = 2;
const ROOT = 5;

export interface TestMsg {
  readonly subject: string;
  readonly body: string;
  readonly senderEmail: string;
  readonly recipients: readonly { readonly name: string; readonly email: string }[];
  readonly attachments: readonly { readonly name: string; readonly bytes: Uint8Array }[];
}

function stream(name: string, data: Uint8Array): Entry {
  // A fresh array: Node Buffers may be views into a shared pool, which the writer would read past.
  const copy = Uint8Array.from(data);
  return { name, type: DOCUMENT, length: copy.length, binaryProvider: () => copy };
}

const unicode = (tag: string, text: string): Entry =>
  stream(`__substg1.0_${tag}001F`, Buffer.from(text, 'utf16le'));

/** An .msg file as bytes. */
export function buildMsg(message: TestMsg): Uint8Array {
  const entries: Entry[] = [{ name: 'Root Entry', type: ROOT, length: 0, children: [] }];
  const add = (parent: Entry, entry: Entry): Entry => {
    (parent.children as number[]).push(entries.length);
    entries.push(entry);
    return entry;
  };
  const root = entries[0] as Entry;
  add(root, unicode('0037', message.subject));
  add(root, unicode('1000', message.body));
  add(root, unicode('0C1F', message.senderEmail));
  message.recipients.forEach((recipient, index) => {
    const folder = add(root, {
      name: `__recip_version1.0_#${String(index).padStart(8, '0')}`,
      type: DIRECTORY,
      length: 0,
      children: [],
    });
    add(folder, unicode('3001', recipient.name));
    add(folder, unicode('39FE', recipient.email));
  });
  message.attachments.forEach((attachment, index) => {
    const folder = add(root, {
      name: `__attach_version1.0_#${String(index).padStart(8, '0')}`,
      type: DIRECTORY,
      length: 0,
      children: [],
    });
    add(folder, unicode('3707', attachment.name));
    add(folder, stream('__substg1.0_37010102', attachment.bytes));
  });
  return burn(entries);
}
