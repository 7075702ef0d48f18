/**
 * @jest-environment ./test/taskpane/jsdom-with-encoding.js
 *
 * The pane reads each attachment once per id + size (src/taskpane/scan/attachment-cache.ts): body edits
 * re-scan the draft without reading its files again, a new attachment is read once, and a listing that
 * shows an id with another size, or without it, makes the cache let go. The hook runs on the compose
 * simulator's fake Office, scanning inline.
 */
import { renderHook, waitFor } from '@testing-library/react';
import { createMailbox, type HostAttachmentContent, type HostAttachmentDetails } from '../../src/addin';
import type { Mailbox } from '../../src/addin/mailbox';
import { DEFAULT_POLICY } from '../../src/core/policy';
import { latestScan, useDraftScan } from '../../src/taskpane/hooks/useDraftScan';
import { withAttachmentCache } from '../../src/taskpane/scan/attachment-cache';
import { createInlineScanner } from '../../src/taskpane/scan/scanner';
import type { TaskpaneServices } from '../../src/taskpane/services';
import { ComposeStore } from '../../src/simulator/office/compose-store';
import { createFakeOffice } from '../../src/simulator/office/fake-office';
import './patient-waits';

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** A mailbox that records which attachment ids had their content read. */
function countingReads(mailbox: Mailbox): { mailbox: Mailbox; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    mailbox: {
      ...mailbox,
      getAttachmentContent: (id) => {
        reads.push(id);
        return mailbox.getAttachmentContent(id);
      },
    },
  };
}

describe('useDraftScan: attachments read once per id + size', () => {
  it('re-scans body edits without reading the files again; reads a new file once', async () => {
    const store = new ComposeStore('sv-SE');
    store.setBody('<p>Hej!</p>', 'Hej!');
    const sheet = 'Namn;Personnummer\nAnna Berg;850709-9805\n';
    const notes = 'Mötet flyttas till torsdag.\n';
    const sheetId = store.addAttachment('lista.csv', 'text/csv', sheet.length, base64(sheet));
    const notesId = store.addAttachment('notes.txt', 'text/plain', notes.length, base64(notes));
    const { mailbox, reads } = countingReads(createMailbox(createFakeOffice(store)));
    const services: TaskpaneServices = {
      mailbox,
      scanner: createInlineScanner(),
      loadPolicy: async () => ({ policy: DEFAULT_POLICY, errors: [] }),
      today: () => ({ year: 2026, month: 11, day: 25 }),
      pollIntervalMs: 20,
      debounceMs: 5,
    };
    const { result, unmount } = renderHook(() => useDraftScan(services, DEFAULT_POLICY));
    const findingsIn = (part: string): number =>
      latestScan(result.current.state)?.scan.findings.filter((f) => f.where.part === part).length ?? -1;

    await waitFor(() => expect(findingsIn('attachment')).toBeGreaterThan(0));
    expect(reads.sort()).toEqual([sheetId, notesId].sort());

    // Each edit is scanned (its finding shows up), and none reads an attachment again.
    const bodies = ['Ring Karin på 070-174 06 88.', 'Mitt personnummer är 850709-9805.', 'Hej igen!'];
    for (const [i, text] of bodies.entries()) {
      store.setBody(`<p>${text}</p>`, text);
      if (i < 2) await waitFor(() => expect(findingsIn('body')).toBeGreaterThan(0));
      else await waitFor(() => expect(findingsIn('body')).toBe(0));
      store.setBody('<p>Hej!</p>', 'Hej!');
      await waitFor(() => expect(findingsIn('body')).toBe(0));
    }
    expect(reads).toHaveLength(2);

    const added = 'Kontakt: helena.strand@nordvindenergi.se\n';
    const addedId = store.addAttachment('kontakt.txt', 'text/plain', added.length, base64(added));
    await waitFor(() =>
      expect(
        latestScan(result.current.state)?.scan.findings.some(
          (f) => f.where.part === 'attachment' && f.where.attachment === 'kontakt.txt',
        ),
      ).toBe(true),
    );
    expect(reads.filter((id) => id === addedId)).toHaveLength(1);
    expect(reads).toHaveLength(3);
    unmount();
  });
});

describe('withAttachmentCache', () => {
  /** A scripted mailbox: the listing and the contents can be changed between calls. */
  function scripted(listing: HostAttachmentDetails[]) {
    const reads: string[] = [];
    const mailbox = {
      getAttachments: async () => listing.slice(),
      getAttachmentContent: async (id: string): Promise<HostAttachmentContent> => {
        reads.push(id);
        return { format: 'base64', content: base64(`${id}:${reads.length}`) };
      },
    } as unknown as Mailbox;
    return { mailbox: withAttachmentCache(mailbox), reads, listing };
  }
  const details = (id: string, size: number): HostAttachmentDetails => ({
    id,
    name: `${id}.txt`,
    size,
    attachmentType: 'file',
    isInline: false,
  });

  it('reuses a read while the listing shows the same id and size', async () => {
    const { mailbox, reads } = scripted([details('a', 10), details('b', 20)]);
    await mailbox.getAttachments();
    const first = await mailbox.getAttachmentContent('a');
    await mailbox.getAttachments();
    expect(await mailbox.getAttachmentContent('a')).toBe(first);
    await mailbox.getAttachmentContent('b');
    await mailbox.getAttachmentContent('b');
    expect(reads).toEqual(['a', 'b']);
  });

  it.each([
    ['listed with another size', [details('a', 11)], 2],
    ['gone from the listing, then back', [], 2],
    ['listed unchanged', [details('a', 10)], 1],
  ])('an attachment %s', async (_what, next, expectedReads) => {
    const { mailbox, reads, listing } = scripted([details('a', 10)]);
    await mailbox.getAttachments();
    await mailbox.getAttachmentContent('a');
    listing.splice(0, listing.length, ...next);
    await mailbox.getAttachments();
    listing.splice(0, listing.length, ...(next.length > 0 ? next : [details('a', 10)]));
    await mailbox.getAttachments();
    await mailbox.getAttachmentContent('a');
    expect(reads).toHaveLength(expectedReads);
  });

  it('does not keep a read of an id it never saw listed', async () => {
    const { mailbox, reads } = scripted([]);
    await mailbox.getAttachmentContent('x');
    await mailbox.getAttachmentContent('x');
    expect(reads).toEqual(['x', 'x']);
  });
});
