/** A received message as RFC 5322 / MIME text, as `getAsFileAsync` gives it (before its base64). */
import { encodeBase64, encodeUtf8 } from '../../addin/base64';
import type { InboxMessage } from './inbox';

const b64 = (text: string): string => encodeBase64(encodeUtf8(text));
/** RFC 2047 encoded word for a header with non-ASCII text. */
const word = (text: string): string => (/^[\x20-\x7e]*$/.test(text) ? text : `=?utf-8?B?${b64(text)}?=`);
const address = (a: { displayName: string; emailAddress: string }): string =>
  `${word(a.displayName)} <${a.emailAddress}>`;
/** Base64 body lines of at most 76 characters (RFC 2045). */
const lines = (base64: string): string => base64.replace(/.{1,76}/g, '$&\r\n');

export function messageAsEml(message: InboxMessage): string {
  const boundary = `=_mailguard_${message.itemId.replace(/[^A-Za-z0-9]/g, '')}`;
  const head = [
    `From: ${address(message.from)}`,
    `To: ${message.to.map(address).join(', ')}`,
    `Subject: ${word(message.subject)}`,
    `Date: ${new Date(message.received).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${idPart(message.itemId)}@simulator.mailguard.test>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
  ];
  const parts = [
    [
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      lines(b64(message.body)),
    ].join('\r\n'),
    ...message.attachments.map((a) =>
      [
        `Content-Type: ${a.contentType}; name="${word(a.name)}"`,
        `Content-Disposition: attachment; filename*=utf-8''${encodeURIComponent(a.name)}`,
        'Content-Transfer-Encoding: base64',
        '',
        lines(a.base64),
      ].join('\r\n'),
    ),
  ];
  return `${head.join('\r\n')}\r\n\r\n${parts.map((p) => `--${boundary}\r\n${p}`).join('\r\n')}\r\n--${boundary}--\r\n`;
}

function idPart(itemId: string): string {
  return itemId.replace(/[^A-Za-z0-9]/g, '');
}
