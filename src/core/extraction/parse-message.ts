/**
 * .eml → Draft, for the CLI and tests: the same shape the add-in builds from Outlook.
 */
import type { Draft } from '../model/draft';
import { DEFAULT_LOADERS } from './default-loaders';
import { describeError } from './errors';
import { extractIn } from './extract';
import { readEmail } from './formats/email';
import type { ExtractContext } from './limits';
import { createContext, sizeText } from './limits';
import type { ExtractOptions } from './types';

/**
 * Parses an RFC 822 message into a {@link Draft}: subject, sender, recipients, the body as plain text
 * (text/plain preferred, else HTML converted) and every attachment extracted. Never throws: a message
 * that cannot be parsed yields an empty draft whose single attachment says `failed`, so it is never
 * taken for clean.
 */
export async function parseMessage(bytes: Uint8Array, options: ExtractOptions): Promise<Draft> {
  try {
    const ctx: ExtractContext = createContext(options, { ...DEFAULT_LOADERS, ...options.loaders }, extractIn);
    if (bytes.length > ctx.limits.maxInputBytes) {
      const reason = `message of ${sizeText(bytes.length)} is over the limit of ${sizeText(ctx.limits.maxInputBytes)}`;
      return unreadable({ kind: 'too-large', reason });
    }
    const email = await readEmail(bytes, ctx);
    return {
      subject: email.subject,
      body: email.body,
      ...(email.from ? { from: email.from } : {}),
      to: email.to,
      cc: email.cc,
      bcc: email.bcc,
      attachments: email.attachments.map((a) => ({
        name: a.name,
        contentType: a.contentType,
        size: a.size,
        content: a.content,
      })),
    };
  } catch (error: unknown) {
    return unreadable({ kind: 'failed', reason: `could not parse the message (${describeError(error)})` });
  }
}

function unreadable(content: Draft['attachments'][number]['content']): Draft {
  return { subject: '', body: '', to: [], cc: [], bcc: [], attachments: [{ name: 'message.eml', content }] };
}
