/**
 * Messages for the sweep tests: small RFC 822 mail with or without Date/Received headers, a CV-like
 * attachment, and Outlook .msg files with submit and delivery times (MS-OXMSG property streams).
 */
import { burn } from '@kenjiuno/msgreader/lib/Burner';
import type { Entry } from '@kenjiuno/msgreader/lib/Burner';

/** A valid Swedish personnummer (Luhn-checked), the example of docs/cli.md. */
export const PNR = '850709-9805';

export interface Mail {
  readonly subject: string;
  readonly body: string;
  readonly date?: string;
  readonly received?: string;
  readonly attachment?: { readonly name: string; readonly text: string };
}

/** An RFC 822 message (CRLF). */
export function eml(mail: Mail): Buffer {
  const boundary = 'sweep-b';
  const head = [
    ...(mail.received
      ? [
          `Received: from mx.example.com (mx.example.com [192.0.2.1])\r\n\tby mail.vinnter.se; ${mail.received}`,
        ]
      : []),
    'From: Anna Svensson <anna.svensson@vinnter.se>',
    'To: Bertil Ek <bertil.ek@vinnter.se>',
    `Subject: ${mail.subject}`,
    ...(mail.date ? [`Date: ${mail.date}`] : []),
    'MIME-Version: 1.0',
  ];
  if (!mail.attachment)
    return Buffer.from([...head, 'Content-Type: text/plain; charset=utf-8', '', mail.body, ''].join('\r\n'));
  return Buffer.from(
    [
      ...head,
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      mail.body,
      `--${boundary}`,
      `Content-Type: text/plain; name="${mail.attachment.name}"`,
      `Content-Disposition: attachment; filename="${mail.attachment.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(mail.attachment.text).toString('base64'),
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
}

export const CV_MAIL: Mail = {
  subject: 'Ansökan: utvecklare',
  body: 'Hej,\r\nHär kommer mitt CV.\r\nMvh Karin',
  attachment: {
    name: 'CV Karin Lund.txt',
    text: `Curriculum vitae\nKarin Lund\nPersonnummer: ${PNR}\nTelefon: 070-123 45 67\nErfarenhet: utvecklare`,
  },
};

export const CLEAN_MAIL: Mail = {
  subject: 'Lunch on Friday',
  body: 'Shall we move lunch to 12:30 on Friday? The usual place.',
};

const DOCUMENT = 2;
const ROOT = 5;

function unicode(tag: string, text: string): Entry {
  const data = Uint8Array.from(Buffer.from(text, 'utf16le'));
  return { name: `__substg1.0_${tag}001F`, type: DOCUMENT, length: data.length, binaryProvider: () => data };
}

/** PT_SYSTIME as a FILETIME: 100 ns ticks since 1601-01-01. */
function filetime(date: Date): Buffer {
  const ticks = BigInt(date.getTime()) * 10_000n + 116_444_736_000_000_000n;
  const out = Buffer.alloc(8);
  out.writeBigUInt64LE(ticks);
  return out;
}

/** An .msg with a subject, a body and (MS-OXMSG fixed-size properties) submit and delivery times. */
export function msg(subject: string, body: string, submitted: Date | null, delivered: Date): Buffer {
  const times: [number, Date][] = [[0x0e060040, delivered]];
  if (submitted) times.push([0x00390040, submitted]);
  // Top-level property stream: 32-byte header, then 16-byte entries (tag, flags, 8-byte value).
  const props = Buffer.alloc(32 + 16 * times.length);
  times.forEach(([tag, date], i) => {
    props.writeUInt32LE(tag, 32 + i * 16);
    props.writeUInt32LE(6, 32 + i * 16 + 4);
    filetime(date).copy(props, 32 + i * 16 + 8);
  });
  const propData = Uint8Array.from(props);
  const entries: Entry[] = [
    { name: 'Root Entry', type: ROOT, length: 0, children: [1, 2, 3] },
    unicode('0037', subject),
    unicode('1000', body),
    {
      name: '__properties_version1.0',
      type: DOCUMENT,
      length: propData.length,
      binaryProvider: () => propData,
    },
  ];
  return Buffer.from(burn(entries));
}
