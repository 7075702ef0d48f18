/**
 * Undo of a move: fetch the file back from the vault (owner's token), attach it again, take the link
 * block out of the body, forget it in session data, then erase the vault copy (nobody was sent the link).
 * The attachment is restored before anything is removed, so a failure leaves the link, never nothing.
 */
import { encodeBase64, updateSession } from '../../addin';
import { downloadFile, eraseFile } from '../../addin/vault';
import type { MoveDeps } from './deps';
import { removeLinkBlock } from './link-block';
import { problemFrom } from './problems';
import type { AttachmentMoveState, MovedFile } from './state';

/** Inline images are referenced as `cid:`; rewriting such a body can break them on some clients. */
const INLINE_IMAGE = /src\s*=\s*["']?cid:/i;

/** Takes the block out of the body; false when it could not be done safely (the user is told to do it). */
async function unlink(deps: MoveDeps, fileId: string): Promise<boolean> {
  const html = await deps.mailbox.getBody('html');
  const without = removeLinkBlock(html, fileId, deps.language);
  if (without === undefined) return true; // already gone: the user deleted it
  if (INLINE_IMAGE.test(html)) return false;
  await deps.replaceBodyHtml(without);
  return true;
}

/** Undoes one move, reporting through `emit`. Never rejects. */
export async function undoMove(
  deps: MoveDeps,
  name: string,
  file: MovedFile,
  emit: (state: AttachmentMoveState) => void,
): Promise<void> {
  emit({ kind: 'undoing', file });
  let restored = false;
  try {
    const bytes = await downloadFile(deps.vault, file.fileId);
    await deps.mailbox.addFileAttachmentFromBase64(encodeBase64(bytes), name);
    restored = true;
    const linkRemoved = await unlink(deps, file.fileId).catch(() => false);
    await updateSession(deps.mailbox, (state) => ({
      ...state,
      moved: state.moved.filter((m) => m.fileId !== file.fileId),
    })).catch(() => undefined);
    if (linkRemoved) eraseFile(deps.vault, file.fileId).catch(() => undefined);
    emit({ kind: 'restored', linkLeft: !linkRemoved });
  } catch (error: unknown) {
    emit({
      kind: 'failed',
      step: 'undo',
      problem: problemFrom(error),
      attachmentKept: restored,
      linkInserted: true,
      file,
    });
  }
}
