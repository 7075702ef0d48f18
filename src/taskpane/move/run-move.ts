/**
 * Moves one attachment: read → SHA-256 → upload → "stored and verified" with the same SHA-256 → link block
 * in the body → remove the attachment → confirm it is gone → record it in session data. Nothing is removed
 * before the vault has verified the file and the link is in the body, so a failure never loses anything.
 */
import { decodeBase64, updateSession, withMoved } from '../../addin';
import { eraseFile, sha256Hex, uploadToVault, type VaultClient } from '../../addin/vault';
import type { UploadResponse } from '../../contract';
import type { MoveDeps } from './deps';
import { linkBlockHtml, withLinkRow, type LinkBlockInput } from './link-block';
import { problemFrom } from './problems';
import { percentOf, type AttachmentMoveState, type MovedFile, type MoveStep } from './state';

export interface MoveTarget {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
}

/** Thrown inside the flow to carry the step that failed. */
class StepFailure extends Error {
  override name = 'StepFailure' as const;
  constructor(
    readonly step: MoveStep,
    readonly error: unknown,
  ) {
    super(step);
  }
}

async function step<T>(name: MoveStep, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error: unknown) {
    throw new StepFailure(name, error);
  }
}

/** Best effort: a verified file that never made it into the mail should not stay on the server. */
function discard(vault: VaultClient, stored: UploadResponse | undefined): void {
  if (stored) eraseFile(vault, stored.id).catch(() => undefined);
}

/** Inline images are referenced as `cid:`; rewriting such a body can break them on some clients. */
const INLINE_IMAGE = /src\s*=\s*["']?cid:/i;

/**
 * Adds the file's line to the one link block above the signature (docs/adr/0020-one-link-block.md). A body
 * with inline images is not rewritten: the block is prepended instead, as before.
 */
async function insertLink(deps: MoveDeps, input: LinkBlockInput): Promise<void> {
  const html = await deps.mailbox.getBody('html');
  if (INLINE_IMAGE.test(html)) return deps.mailbox.prependToBody(linkBlockHtml(input), 'html');
  return deps.replaceBodyHtml(withLinkRow(html, input));
}

/** Runs the flow for one attachment, reporting every state through `emit`. Never rejects. */
export async function moveAttachment(
  deps: MoveDeps,
  target: MoveTarget,
  recipients: readonly string[],
  emit: (state: AttachmentMoveState) => void,
  signal: AbortSignal,
): Promise<void> {
  let stored: UploadResponse | undefined;
  let linked = false;
  try {
    emit({ kind: 'reading' });
    const content = await step('reading', () => deps.mailbox.getAttachmentContent(target.id));
    if (content.format !== 'base64') throw new StepFailure('reading', 'unsupported');
    const bytes = decodeBase64(content.content);
    const sha256 = await step('reading', () => sha256Hex(bytes, deps.digest));
    emit({ kind: 'uploading', bytes: 0, total: bytes.length, percent: 0 });
    const onProgress = (sent: number, total: number): void =>
      emit(
        sent >= total
          ? { kind: 'verifying' }
          : { kind: 'uploading', bytes: sent, total, percent: percentOf(sent, total) },
      );
    stored = await step('uploading', () =>
      uploadToVault(
        deps.vault,
        {
          fileName: target.name,
          contentType: target.contentType,
          bytes,
          sha256,
          recipients,
          linkExpiryDays: deps.linkExpiryDays,
        },
        {
          onProgress,
          signal,
          ...(deps.simpleMaxBytes !== undefined ? { simpleMaxBytes: deps.simpleMaxBytes } : {}),
        },
      ),
    );
    const link = stored.links[0];
    const file: MovedFile = {
      fileId: stored.id,
      url: link ? link.url : '',
      expiresAt: link ? link.expiresAt : stored.expiresAt,
    };
    if (signal.aborted) throw new StepFailure('linking', 'cancelled');
    emit({ kind: 'linking' });
    const input = {
      fileId: file.fileId,
      fileName: target.name,
      size: bytes.length,
      url: file.url,
      expiresAt: file.expiresAt,
      companyName: deps.companyName,
      language: deps.language,
    };
    await step('linking', () => insertLink(deps, input));
    linked = true;
    emit({ kind: 'removing' });
    await step('removing', () => deps.mailbox.removeAttachment(target.id));
    const left = await step('removing', () => deps.mailbox.getAttachments());
    if (left.some((a) => a.id === target.id)) throw new StepFailure('removing', 'not-removed');
    // The move is done; if recording fails, the on-send check still sees the draft as it now is.
    await updateSession(deps.mailbox, (state) =>
      withMoved(state, {
        name: target.name,
        url: file.url,
        fileId: file.fileId,
        at: deps.now().toISOString(),
      }),
    ).catch(() => undefined);
    emit({ kind: 'moved', file });
  } catch (error: unknown) {
    const failure = error instanceof StepFailure ? error : new StepFailure('reading', error);
    const problem =
      failure.error === 'unsupported'
        ? { kind: 'unsupported-attachment' as const }
        : failure.error === 'not-removed'
          ? { kind: 'not-removed' as const }
          : failure.error === 'cancelled'
            ? { kind: 'cancelled' as const }
            : problemFrom(failure.error);
    if (!linked) discard(deps.vault, stored);
    emit({
      kind: 'failed',
      step: failure.step,
      problem,
      attachmentKept: true,
      linkInserted: linked,
      ...(stored && linked
        ? { file: { fileId: stored.id, url: stored.links[0]?.url ?? '', expiresAt: stored.expiresAt } }
        : {}),
    });
  }
}
