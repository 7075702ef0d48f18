/**
 * The draft as it is being read. {@link readDraft} fills it in step by step, so a caller whose own deadline
 * passes (the on-send budget) can still decide on what was read and name what was not.
 */
import type { Address, Draft, DraftAttachment, ScanError } from '../core/draft/types';
import { ContentHasher } from './content-hash';

/** Content hash of one attachment, for matching it with a scan cached by the task pane. */
export interface AttachmentFingerprint {
  readonly name: string;
  readonly id?: string;
  readonly hash: string;
}

/** What the draft's content hashes to: equal fingerprints mean the cached scan still applies. */
export interface DraftFingerprint {
  readonly draft: string;
  readonly attachments: readonly AttachmentFingerprint[];
}

export interface ReadDraftResult {
  readonly draft: Draft;
  /** Parts that could not be read (subject, recipients, body); attachments carry their own `not-read`. */
  readonly problems: readonly ScanError[];
  readonly fingerprint: DraftFingerprint;
}

/** Mutable state of one read; {@link snapshot} turns it into a result at any moment. */
export class DraftProgress {
  subject: string | undefined;
  body: string | undefined;
  to: readonly Address[] | undefined;
  cc: readonly Address[] | undefined;
  bcc: readonly Address[] | undefined;
  readonly attachments: DraftAttachment[] = [];
  readonly fingerprints: AttachmentFingerprint[] = [];
  /** Attachments listed but not yet read, by name. */
  pending: readonly string[] = [];
  readonly problems: ScanError[] = [];

  /**
   * The draft so far. Parts still missing become problems and pending attachments `not-read` with `reason`.
   * The fingerprint includes a marker for every missing part, so it never equals a complete draft's.
   */
  snapshot(reason: string): ReadDraftResult {
    const problems = this.problems.slice();
    const missing = (part: 'subject' | 'body' | 'recipients', value: unknown): void => {
      if (value === undefined && !problems.some((p) => p.part === part)) {
        problems.push({ part, code: 'not-read', message: reason });
      }
    };
    missing('subject', this.subject);
    missing('body', this.body);
    missing('recipients', this.to);
    const attachments = this.attachments.slice();
    for (const name of this.pending) attachments.push({ name, content: { kind: 'not-read', reason } });
    const hasher = new ContentHasher();
    hasher.add(this.subject === undefined ? '\u0000missing' : this.subject);
    for (const list of [this.to, this.cc, this.bcc]) {
      hasher.add(list === undefined ? '\u0000missing' : list.map((a) => a.address.toLowerCase()).join(','));
    }
    hasher.add(this.body === undefined ? '\u0000missing' : this.body);
    for (const print of this.fingerprints) hasher.add(print.name).add(print.hash);
    for (const name of this.pending) hasher.add(name).add('\u0000missing');
    return {
      draft: {
        subject: this.subject === undefined ? '' : this.subject,
        body: this.body === undefined ? '' : this.body,
        to: this.to || [],
        cc: this.cc || [],
        bcc: this.bcc || [],
        attachments,
      },
      problems,
      fingerprint: { draft: hasher.digest(), attachments: this.fingerprints.slice() },
    };
  }
}
