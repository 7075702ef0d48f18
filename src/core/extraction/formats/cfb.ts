/**
 * Compound File Binary containers (magic D0 CF 11 E0): Outlook .msg messages, password-protected Office
 * Open XML files (MS-OFFCRYPTO wraps them in a CFB with an `EncryptedPackage` stream), and legacy
 * .doc/.xls/.ppt, which are not read. The .msg reader (`msg.ts`) comes through `ctx.loaders.msg`, so a
 * bundle without it (onsend.js) carries none of its code.
 */
import type { ExtractContext } from '../limits';
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
  if (isMsg) {
    const load = ctx.loaders.msg;
    if (!load) return { kind: 'unsupported', reason: 'Outlook .msg files are not read here' };
    const extractMsg = await load();
    return extractMsg(bytes, ctx);
  }
  return {
    kind: 'unsupported',
    reason: 'legacy binary Office format (.doc/.xls/.ppt) is not read; save as .docx/.xlsx/.pptx',
  };
}
