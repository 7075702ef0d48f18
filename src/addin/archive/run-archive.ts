/**
 * Archive and delete a received message (P3, ADR 0030): read its attachments (and, if asked, the whole
 * message as EML) → store each in the vault under the user's ownership with the policy's retention class →
 * verify each stored copy by SHA-256 and size (the upload's answer, then the stored file's metadata) → only
 * then move the message to Deleted Items through Microsoft Graph. Every failure before the last copy is
 * verified deletes nothing and names its step; a 404 on the move means the user already deleted the message,
 * reported as such, with the copies kept.
 */
import { SignInError } from '../auth/types';
import { GraphHttpError, GraphNotFoundError, type GraphClient } from '../graph';
import {
  VaultAbortedError,
  VaultChecksumError,
  VaultHttpError,
  eraseFile,
  sha256Hex,
  uploadToVault,
  type Digester,
  type VaultClient,
} from '../vault';
import { withRetries } from '../vault/retry';
import type { DataSubject } from '../../contract';
import { isUploadResponse } from '../../contract/check';
import { archiveSubjects, type SubjectSources } from './data-subjects';
import { readAttachment, readWholeMessage, storable, type ArchiveFile, type ArchiveSource } from './files';
import type { ArchiveProblem, ArchiveState, ArchiveStep, ArchivedCopies, StoredCopy } from './state';

/** The message (`source`), its owner and its scan (see {@link SubjectSources}), and where the copies go. */
export interface ArchiveDeps extends SubjectSources {
  readonly vault: VaultClient;
  readonly graph: GraphClient;
  /** policy.json `archive`: the vault's retention class for this message; the vault's default if absent. */
  readonly retentionClass?: string;
  readonly digest?: Digester;
}

export interface ArchiveChoice {
  /** Store the whole message as `.eml` too (Mailbox 1.14; attachments only where Outlook cannot). */
  readonly wholeMessage: boolean;
}

/**
 * The vault client, noting the id of every file the vault answers "stored" for — also one whose answer then
 * fails verification, which the upload does not hand back — so a failed archive leaves no copy behind.
 */
function noting(vault: VaultClient, ids: string[]): VaultClient {
  return {
    baseUrl: vault.baseUrl,
    sleep: (ms) => vault.sleep(ms),
    async request(request) {
      const response = await vault.request(request);
      if (request.method !== 'GET' && isUploadResponse(response.json)) ids.push(response.json.id);
      return response;
    },
  };
}

class StepFailure extends Error {
  override name = 'StepFailure' as const;
  constructor(
    readonly step: ArchiveStep,
    readonly problem: ArchiveProblem,
  ) {
    super(`${step}: ${problem}`);
  }
}

/** The pane's words for a vault, sign-in or Graph failure. */
function problemOf(error: unknown, fallback: ArchiveProblem): ArchiveProblem {
  if (error instanceof StepFailure) return error.problem;
  // A vault that is down fails already at its sign-in (the development token route, or its API behind NAA).
  if (error instanceof SignInError) return error.problem === 'unreachable' ? 'vault-unreachable' : 'sign-in';
  if (error instanceof VaultAbortedError) return 'cancelled';
  if (error instanceof VaultChecksumError) return 'checksum';
  if (error instanceof VaultHttpError)
    return error.status >= 500 || error.status === 429 ? 'vault-unreachable' : 'vault-refused';
  return fallback;
}

async function readFiles(
  source: ArchiveSource,
  choice: ArchiveChoice,
): Promise<{ files: ArchiveFile[]; attachmentsOnly: boolean }> {
  const files: ArchiveFile[] = [];
  const whole = choice.wholeMessage && source.canGetAsFile();
  try {
    if (whole) files.push(await readWholeMessage(source));
    for (const details of storable(await source.getAttachments()))
      files.push(await readAttachment(source, details));
  } catch {
    throw new StepFailure('reading', 'not-readable');
  }
  if (files.length === 0) throw new StepFailure('reading', 'nothing-to-store');
  return { files, attachmentsOnly: choice.wholeMessage && !whole };
}

/** The stored file's metadata must show the same SHA-256 and size as the bytes read from the message. */
async function verifyStored(vault: VaultClient, copy: StoredCopy, signal?: AbortSignal): Promise<void> {
  const response = await withRetries(
    () =>
      vault.request({
        method: 'GET',
        path: `/api/files/${encodeURIComponent(copy.fileId)}`,
        ...(signal ? { signal } : {}),
      }),
    vault.sleep,
    signal,
  );
  const meta = response.json as { sha256?: unknown; size?: unknown } | undefined;
  if (meta?.sha256 !== copy.sha256 || meta.size !== copy.size) throw new StepFailure('verifying', 'checksum');
}

async function storeOne(
  deps: ArchiveDeps,
  file: ArchiveFile,
  people: readonly DataSubject[],
  signal: AbortSignal | undefined,
  onUploaded: () => void,
): Promise<StoredCopy> {
  const sha256 = await sha256Hex(file.bytes, deps.digest);
  let stored;
  try {
    stored = await uploadToVault(
      deps.vault,
      {
        fileName: file.name,
        contentType: file.contentType,
        bytes: file.bytes,
        sha256,
        recipients: [deps.owner],
        ...(people.length > 0 ? { dataSubjects: people } : {}),
        ...(deps.retentionClass !== undefined ? { retentionClass: deps.retentionClass } : {}),
      },
      signal ? { signal } : {},
    );
  } catch (error: unknown) {
    // The upload's own answer carried a different SHA-256: that is the verification failing.
    if (error instanceof VaultChecksumError) throw new StepFailure('verifying', 'checksum');
    throw new StepFailure('uploading', problemOf(error, 'vault-unreachable'));
  }
  const copy: StoredCopy = {
    fileId: stored.id,
    name: file.name,
    size: file.bytes.length,
    sha256: stored.sha256.toLowerCase(),
    retainUntil: stored.retainUntil,
  };
  onUploaded();
  try {
    await verifyStored(deps.vault, copy, signal);
  } catch (error: unknown) {
    throw error instanceof StepFailure
      ? error
      : new StepFailure('verifying', problemOf(error, 'vault-unreachable'));
  }
  return copy;
}

/** A failure before every copy was verified: none is kept. */
const NOTHING_KEPT: ArchivedCopies = { stored: [], attachmentsOnly: false, peopleLeftOut: 0 };

/** Graph's failure to move, in the pane's words. */
function deleteProblem(error: unknown): ArchiveProblem {
  if (error instanceof SignInError) return error.problem === 'unreachable' ? 'graph-unreachable' : 'sign-in';
  return error instanceof GraphHttpError ? 'graph-refused' : 'graph-unreachable';
}

/**
 * Moves the message to Deleted Items, its copies verified. Also the "Try again" after a failed delete, given
 * that failure (it carries the copies): they are not stored a second time, and the pane reports them as the
 * first attempt would have, people left out included. Never rejects.
 */
export async function deleteArchived(
  deps: Pick<ArchiveDeps, 'source' | 'graph'>,
  copies: ArchivedCopies,
  emit: (state: ArchiveState) => void,
): Promise<void> {
  // The copies' own fields only: a failed state handed back must not spread its kind into the next state.
  const { stored, attachmentsOnly, peopleLeftOut } = copies;
  const kept: ArchivedCopies = { stored, attachmentsOnly, peopleLeftOut };
  if (stored.length === 0) {
    emit({ kind: 'failed', step: 'deleting', problem: 'nothing-to-store', deleted: false, ...kept });
    return;
  }
  emit({ kind: 'deleting', stored });
  let restId: string;
  try {
    restId = await deps.source.restId();
  } catch {
    emit({ kind: 'failed', step: 'deleting', problem: 'no-rest-id', deleted: false, ...kept });
    return;
  }
  try {
    await deps.graph.moveToDeletedItems(restId);
    emit({ kind: 'done', outcome: 'deleted', ...kept });
  } catch (error: unknown) {
    if (error instanceof GraphNotFoundError) emit({ kind: 'done', outcome: 'already-deleted', ...kept });
    else emit({ kind: 'failed', step: 'deleting', problem: deleteProblem(error), deleted: false, ...kept });
  }
}

/** Runs archive-and-delete, reporting each state through `emit`. Never rejects. */
export async function archiveMessage(
  deps: ArchiveDeps,
  choice: ArchiveChoice,
  emit: (state: ArchiveState) => void,
  signal?: AbortSignal,
): Promise<void> {
  const stored: StoredCopy[] = [];
  const written: string[] = [];
  const vault = noting(deps.vault, written);
  let attachmentsOnly = false;
  let peopleLeftOut = 0;
  try {
    emit({ kind: 'reading' });
    const read = await readFiles(deps.source, choice);
    attachmentsOnly = read.attachmentsOnly;
    const { people, leftOut } = await archiveSubjects(deps);
    peopleLeftOut = leftOut;
    for (const [i, file] of read.files.entries()) {
      if (signal?.aborted) throw new StepFailure('uploading', 'cancelled');
      emit({ kind: 'uploading', name: file.name, index: i + 1, count: read.files.length });
      stored.push(
        await storeOne({ ...deps, vault }, file, people, signal, () =>
          emit({ kind: 'verifying', name: file.name }),
        ),
      );
    }
  } catch (error: unknown) {
    const failure =
      error instanceof StepFailure ? error : new StepFailure('reading', problemOf(error, 'not-readable'));
    // The message stays; copies of a half-done archive would only confuse a retry and the DPO's search.
    for (const id of written) eraseFile(deps.vault, id).catch(() => undefined);
    emit({ kind: 'failed', step: failure.step, problem: failure.problem, deleted: false, ...NOTHING_KEPT });
    return;
  }
  const copies: ArchivedCopies = { stored, attachmentsOnly, peopleLeftOut };
  if (signal?.aborted) {
    emit({ kind: 'failed', step: 'deleting', problem: 'cancelled', deleted: false, ...copies });
    return;
  }
  await deleteArchived(deps, copies, emit);
}
