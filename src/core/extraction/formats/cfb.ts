/**
 * Compound File Binary containers (magic D0 CF 11 E0): Outlook .msg messages, password-protected Office
 * Open XML files (MS-OFFCRYPTO wraps them in a CFB with an `EncryptedPackage` stream), and legacy
 * .doc/.xls/.ppt, which are not read.
 */
import { failedResult } from '../errors';
import { cfbProblem } from './cfb-check';
import { htmlToText } from '../html-to-text';
import type { ExtractContext } from '../limits';
import { nested } from '../limits';
import type { MsgFields } from '../loaders';
import { TextBuilder } from '../text-builder';
import type { ExtractionResult } from '../types';
import { extensionOf } from '../file-name';

/** True when the UTF-16LE form of `text` occurs in `bytes` (CFB directory entry names are UTF-16LE). */
export function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const last = bytes.length - text.length * 2;
  for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    let k = 1;
    while (k < text.length && bytes[i + 2 * k] === text.charCodeAt(k) && bytes[i + 2 * k + 1] === 0) k++;
    if (k === text.length) return true;
  }
  return false;
}

/** Routes a CFB file to the right outcome. */
export async function extractCfb(
  bytes: Uint8Array,
  name: string,
  contentType: string | undefined,
  ctx: ExtractContext,
): Promise<ExtractionResult> {
  if (containsUtf16(bytes, 'EncryptedPackage')) {
    return { kind: 'encrypted', reason: 'password-protected Office document' };
  }
  const isMsg =
    extensionOf(name) === 'msg' ||
    /vnd\.ms-outlook/i.test(contentType ?? '') ||
    containsUtf16(bytes, '__substg1.0_');
  if (isMsg) return extractMsg(bytes, ctx);
  return {
    kind: 'unsupported',
    reason: 'legacy binary Office format (.doc/.xls/.ppt) is not read; save as .docx/.xlsx/.pptx',
  };
}

function recipientsLine(fields: MsgFields, type: 'to' | 'cc' | 'bcc'): string {
  return (fields.recipients ?? [])
    .filter((recipient) => (recipient.recipType ?? 'to') === type)
    .map((recipient) => [recipient.name, recipient.email ? `<${recipient.email}>` : ''].join(' ').trim())
    .join(', ');
}

/** An Outlook .msg: headers and body as text, attachments (attached messages included) as members. */
async function extractMsg(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractionResult> {
  const load = ctx.loaders.msg;
  if (!load) return { kind: 'unsupported', reason: 'Outlook .msg files are not read here' };
  // The reader does not notice loops in sector chains or the directory tree: check before handing it over.
  const problem = cfbProblem(bytes);
  if (problem !== undefined) return { kind: 'failed', reason: `not a readable Outlook message (${problem})` };
  const Reader = await load();
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
