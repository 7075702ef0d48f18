/**
 * Outlook .msg messages (a CFB container, see `cfb.ts`): headers and body as text, attachments (attached
 * messages included) as members, read with `@kenjiuno/msgreader` after a structural check of the container.
 * Reached only through `ExtractorLoaders.msg` (default-loaders.ts), loaded on first use.
 */
import { failedResult } from '../errors';
import { cfbProblem } from './cfb-check';
import { htmlToText } from '../html-to-text';
import type { ExtractContext } from '../limits';
import { nested } from '../limits';
import type { MsgFields } from '../loaders';
import { loadMsgReader } from '../msg-reader';
import { TextBuilder } from '../text-builder';
import type { ExtractionResult } from '../types';

function recipientsLine(fields: MsgFields, type: 'to' | 'cc' | 'bcc'): string {
  return (fields.recipients ?? [])
    .filter((recipient) => (recipient.recipType ?? 'to') === type)
    .map((recipient) => [recipient.name, recipient.email ? `<${recipient.email}>` : ''].join(' ').trim())
    .join(', ');
}

/** An Outlook .msg: headers and body as text, attachments (attached messages included) as members. */
export async function extractMsg(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractionResult> {
  // The reader does not notice loops in sector chains or the directory tree: check before handing it over.
  const problem = cfbProblem(bytes);
  if (problem !== undefined) return { kind: 'failed', reason: `not a readable Outlook message (${problem})` };
  const Reader = await loadMsgReader();
  const reader = new Reader(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const fields = reader.getFileData();
  if (fields.error) return { kind: 'failed', reason: `not a readable Outlook message (${fields.error})` };
  const empty =
    !fields.subject &&
    !fields.body &&
    !fields.bodyHtml &&
    !fields.senderEmail &&
    (fields.recipients ?? []).length === 0 &&
    (fields.attachments ?? []).length === 0;
  // msgreader returns an empty record for a damaged container; that must not pass as a clean message.
  if (fields.dataType !== 'msg' || empty) return { kind: 'failed', reason: 'not a readable Outlook message' };
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  const header = [
    `Subject: ${fields.subject ?? ''}`,
    `From: ${[fields.senderName, fields.senderEmail ? `<${fields.senderEmail}>` : ''].join(' ').trim()}`,
    `To: ${recipientsLine(fields, 'to')}`,
    `Cc: ${recipientsLine(fields, 'cc')}`,
  ];
  builder.append(`${header.join('\n')}\n\n`);
  builder.append(fields.body ?? (fields.bodyHtml !== undefined ? htmlToText(fields.bodyHtml) : ''));
  const inner = nested(ctx);
  let index = 0;
  for (const attachment of fields.attachments ?? []) {
    index++;
    const fallbackName = attachment.fileName ?? `attachment-${index}`;
    let file: { readonly fileName: string; readonly content: Uint8Array };
    try {
      file = reader.getAttachment(attachment);
    } catch (error: unknown) {
      builder.member({ name: fallbackName, result: failedResult(error, fallbackName) });
      continue;
    }
    const fileName = file.fileName || fallbackName;
    builder.member({ name: fileName, result: await ctx.recurse(file.content, fileName, undefined, inner) });
  }
  return builder.result();
}
