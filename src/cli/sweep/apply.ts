/**
 * `--apply`: what happens to one listed message. The order makes losing mail impossible: the message
 * must still exist, an archived copy must be verified in the vault, and only then is the mail deleted.
 * Every attempt that reaches a decision is written to the audit file, failures included, and recorded in
 * the vault's decision log when a vault is configured.
 */
import { createHash } from 'node:crypto';
import type { ScannedFindings } from '../../core/draft/data-subjects';
import type { MessageVerdict } from './analyse';
import type { ApplyMode } from './args';
import type { AuditEntry, AuditLog } from './audit';
import type { DecisionLog } from './decision-log';
import type { Applied, MailboxSource, SweepItem } from './types';
import { archiveToVault, VaultArchiveError, type VaultTarget } from './vault-client';

export interface ApplyDeps {
  readonly audit: AuditLog;
  /** Null when no vault is configured: `--apply archive` then fails before deleting anything. */
  readonly vault: VaultTarget | null;
  /** The vault's decision log; null when no vault is configured (the local audit alone then). */
  readonly decisions: DecisionLog | null;
  /** The owner of archived copies when the source does not know it (folder exports). */
  readonly owner: string | null;
  readonly now: () => Date;
}

const messageOf = (item: SweepItem): string => (item.ref.kind === 'file' ? item.ref.file : item.ref.id);
const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A message as read and scanned: its bytes, and its findings for the people it is about (see `analyse.ts`). */
export interface ReadMessage {
  readonly bytes: Uint8Array;
  readonly scan: ScannedFindings;
}

async function archiveThenDelete(
  source: MailboxSource,
  item: SweepItem,
  message: ReadMessage,
  deps: ApplyDeps,
): Promise<Applied> {
  const owner = source.owner ?? deps.owner;
  if (deps.vault === null || owner === null) {
    const missing = deps.vault === null ? 'no vault configured (MAILGUARD_VAULT_URL)' : 'no owner (--owner)';
    return { kind: 'failed', step: 'vault', message: missing };
  }
  let stored: { id: string; peopleLeftOut: number };
  try {
    stored = await archiveToVault(deps.vault, item.name, message, owner);
  } catch (error: unknown) {
    const step = error instanceof VaultArchiveError ? error.step : 'vault';
    return { kind: 'failed', step, message: describe(error) };
  }
  const removed = await remove(source, item);
  if (removed.kind === 'failed') return removed;
  return { kind: 'archived', vaultId: stored.id, peopleLeftOut: stored.peopleLeftOut };
}

async function remove(source: MailboxSource, item: SweepItem): Promise<Applied> {
  try {
    return (await source.remove(item)) === 'gone' ? { kind: 'gone' } : { kind: 'deleted' };
  } catch (error: unknown) {
    return { kind: 'failed', step: 'delete', message: describe(error) };
  }
}

/** Applies `mode` to a listed message and audits it. */
export async function applyTo(
  mode: ApplyMode,
  source: MailboxSource,
  item: SweepItem,
  message: ReadMessage,
  verdict: MessageVerdict,
  deps: ApplyDeps,
): Promise<Applied> {
  const { bytes } = message;
  let applied: Applied;
  try {
    // Deleted by its owner since it was read: nothing to archive or delete.
    applied = !(await source.exists(item))
      ? { kind: 'gone' }
      : mode === 'archive'
        ? await archiveThenDelete(source, item, message, deps)
        : await remove(source, item);
  } catch (error: unknown) {
    applied = { kind: 'failed', step: 'read', message: describe(error) };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const entry: AuditEntry = {
    at: deps.now().toISOString(),
    action: mode,
    outcome: applied.kind,
    mailbox: item.mailbox,
    message: messageOf(item),
    date: item.date.source === 'none' ? null : item.date.date.toISOString(),
    verdict: verdict.verdict,
    categories: verdict.categories,
    sha256,
    ...(applied.kind === 'archived' ? { vaultId: applied.vaultId } : {}),
    ...(applied.kind === 'archived' && applied.peopleLeftOut > 0
      ? { peopleLeftOut: applied.peopleLeftOut }
      : {}),
    ...(applied.kind === 'failed' ? { step: applied.step } : {}),
  };
  const logged = deps.decisions?.record({
    mode,
    applied,
    mailbox: item.mailbox,
    message: messageOf(item),
    categories: verdict.categories,
    sha256,
    at: deps.now(),
  });
  try {
    await deps.audit.append(entry);
  } catch (error: unknown) {
    return { kind: 'failed', step: 'audit', message: describe(error) };
  } finally {
    await logged;
  }
  return applied;
}
