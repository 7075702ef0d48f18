/**
 * Reads each attachment of the draft once. Every edit of the body re-scans the draft, and reading an
 * attachment through Office (getAttachmentContentAsync: a round trip, base64 of the whole file) was most of
 * a re-scan's time with a file attached. Outlook never changes an attachment in place (a new version is a
 * new attachment with a new id), so a content read for an id and the size listed with it is reused until
 * the listing shows that id with another size, or without it.
 */
import type { Mailbox } from '../../addin/mailbox';
import type { HostAttachmentContent, HostAttachmentDetails } from '../../addin/office-host';

interface Cached {
  readonly size: number;
  readonly content: HostAttachmentContent;
}

/** A mailbox whose attachment content reads are cached by attachment id + size (all else passes through). */
export function withAttachmentCache(mailbox: Mailbox): Mailbox {
  const cache = new Map<string, Cached>();
  /** Sizes of the latest listing, by id: what a cached read must match. */
  let listedSizes = new Map<string, number>();
  return {
    ...mailbox,
    getAttachments: async (): Promise<readonly HostAttachmentDetails[]> => {
      const listed = await mailbox.getAttachments();
      listedSizes = new Map(listed.map((a) => [a.id, a.size]));
      // Removed (or resized) attachments are forgotten, so the cache never outgrows the draft.
      for (const [id, entry] of cache) if (listedSizes.get(id) !== entry.size) cache.delete(id);
      return listed;
    },
    getAttachmentContent: async (id: string): Promise<HostAttachmentContent> => {
      const size = listedSizes.get(id);
      const hit = cache.get(id);
      if (hit !== undefined && hit.size === size) return hit.content;
      const content = await mailbox.getAttachmentContent(id);
      // Only a read for an attachment seen in a listing can be checked later: anything else is not kept.
      if (size !== undefined) cache.set(id, { size, content });
      return content;
    },
  };
}
