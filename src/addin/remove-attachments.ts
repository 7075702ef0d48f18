/**
 * Removes attachments one at a time, listing them again before each removal: Outlook may renumber
 * attachment ids after a change, and Outlook on the web allows only three concurrent calls (docs/outlook-platform.md).
 */
import type { Mailbox } from './mailbox';
import type { HostAttachmentDetails } from './office-host';

/** Which attachment to remove: by name, and by size too when names repeat. */
export interface AttachmentTarget {
  readonly name: string;
  readonly size?: number;
}

export type RemovalResult =
  | { readonly kind: 'removed'; readonly name: string }
  | { readonly kind: 'not-found'; readonly name: string }
  | { readonly kind: 'failed'; readonly name: string; readonly reason: string };

const matches =
  (target: AttachmentTarget) =>
  (a: HostAttachmentDetails): boolean =>
    a.name === target.name && (target.size === undefined || a.size === target.size) && !a.isInline;

/** Removes each target in turn; never rejects: every target gets its own result. */
export async function removeAttachments(
  mailbox: Mailbox,
  targets: readonly AttachmentTarget[],
): Promise<RemovalResult[]> {
  const results: RemovalResult[] = [];
  for (const target of targets) {
    try {
      const current = (await mailbox.getAttachments()).filter(matches(target))[0];
      if (!current) {
        results.push({ kind: 'not-found', name: target.name });
        continue;
      }
      await mailbox.removeAttachment(current.id);
      results.push({ kind: 'removed', name: target.name });
    } catch (error: unknown) {
      results.push({
        kind: 'failed',
        name: target.name,
        reason: error instanceof Error ? error.message : 'unknown error',
      });
    }
  }
  return results;
}
