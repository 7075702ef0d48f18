/**
 * Builds RFC 822 messages for tests: headers, a text and/or HTML body and base64 attachments.
 */
export interface TestAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface TestMessage {
  readonly subject: string;
  readonly from?: string;
  readonly to?: string;
  readonly cc?: string;
  readonly text?: string;
  readonly html?: string;
  readonly attachments?: readonly TestAttachment[];
}

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
}

/** Returns the message as bytes (CRLF line ends, UTF-8 bodies). */
export function buildEml(message: TestMessage, boundary = 'b-outer'): Uint8Array {
  const lines = [
    `From: ${message.from ?? 'Anna Svensson <anna@vinnter.se>'}`,
    `To: ${message.to ?? 'Bertil <bertil@example.com>'}`,
    ...(message.cc ? [`Cc: ${message.cc}`] : []),
    `Subject: ${message.subject}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
  ];
  const bodies: [string, string][] = [];
  if (message.text !== undefined) bodies.push(['text/plain', message.text]);
  if (message.html !== undefined) bodies.push(['text/html', message.html]);
  const alternative = bodies.length > 1;
  if (alternative)
    lines.push(`--${boundary}`, `Content-Type: multipart/alternative; boundary="${boundary}-alt"`, '');
  for (const [type, body] of bodies) {
    lines.push(`--${alternative ? `${boundary}-alt` : boundary}`, `Content-Type: ${type}; charset=utf-8`);
    lines.push('Content-Transfer-Encoding: base64', '', base64Lines(Buffer.from(body, 'utf8')));
  }
  if (alternative) lines.push(`--${boundary}-alt--`);
  for (const attachment of message.attachments ?? []) {
    lines.push(
      `--${boundary}`,
      `Content-Type: ${attachment.contentType}; name="${attachment.name}"`,
      `Content-Disposition: attachment; filename="${attachment.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(attachment.bytes),
    );
  }
  lines.push(`--${boundary}--`, '');
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
