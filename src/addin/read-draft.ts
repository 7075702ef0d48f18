/**
 * Reads the message being composed into a core {@link Draft}: subject, recipients, body, and each
 * attachment read and extracted one at a time (Outlook on the web allows only three concurrent calls, and
 * sequential reads keep memory to one attachment). Nothing here throws: a part that cannot be read is
 * reported, never silently treated as clean.
 */
import type { Address, DraftAttachment } from '../core/draft/types';
import type { ExtractionLimits, ExtractionResult } from '../core/extraction/types';
import { decodeBase64, encodeUtf8 } from './base64';
import { hashText } from './content-hash';
import { DraftProgress, type ReadDraftResult } from './draft-progress';
import type { RecipientField, SendMailbox } from './send-mailbox';
import type { HostAttachmentDetails, HostEmailAddress } from './office-host';

/** `extract` from src/core/extraction, or a variant (the on-send bundle's has no PDF reader). */
export type Extractor = (
  bytes: Uint8Array,
  name: string,
  options: {
    readonly now: () => number;
    readonly contentType?: string;
    readonly limits?: Partial<ExtractionLimits>;
  },
) => Promise<ExtractionResult>;

export interface ReadDraftOptions {
  /** Monotonic clock in milliseconds. */
  readonly now: () => number;
  /** Time for the whole read; attachments not reached in time are `not-read`. */
  readonly budgetMs: number;
  readonly extract: Extractor;
  /** Body format to read; `html` needs `htmlToText`. Default `text`. */
  readonly bodyFormat?: 'text' | 'html';
  readonly htmlToText?: (html: string) => string;
  /**
   * Attachments this caller does not extract (returns the reason shown to the user). Their bytes are
   * still read and hashed so a scan cached by the task pane can stand in for them.
   */
  readonly skip?: (attachment: HostAttachmentDetails, contentHash: string) => string | undefined;
  /** Larger attachments are not read at all. Default 25 MB (Outlook's own attachment limit). */
  readonly maxAttachmentBytes?: number;
  /** Filled in as reading goes, for a caller that may have to stop waiting. */
  readonly progress?: DraftProgress;
}

const DEFAULT_MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/** Reads the draft. Resolves (never rejects) with the draft, the parts not read and content hashes. */
export async function readDraft(mailbox: SendMailbox, options: ReadDraftOptions): Promise<ReadDraftResult> {
  const progress = options.progress || new DraftProgress();
  const deadline = options.now() + options.budgetMs;
  const failed = (part: 'subject' | 'body' | 'recipients', error: unknown): void => {
    progress.problems.push({ part, code: 'not-read', message: describe(error) });
  };

  progress.subject = await mailbox.getSubject().catch((error: unknown) => (failed('subject', error), ''));
  const recipients: { [F in RecipientField]: readonly Address[] } = { to: [], cc: [], bcc: [] };
  for (const field of ['to', 'cc', 'bcc'] as const) {
    recipients[field] = await mailbox.getRecipients(field).then(toAddresses, (error: unknown) => {
      if (!progress.problems.some((p) => p.part === 'recipients')) failed('recipients', error);
      return [];
    });
  }
  progress.to = recipients.to;
  progress.cc = recipients.cc;
  progress.bcc = recipients.bcc;
  progress.body = await readBody(mailbox, options).catch((error: unknown) => (failed('body', error), ''));

  let listed: readonly HostAttachmentDetails[] = [];
  try {
    listed = await mailbox.getAttachments();
  } catch (error: unknown) {
    progress.problems.push({
      part: 'attachment',
      code: 'not-read',
      message: `attachments: ${describe(error)}`,
    });
  }
  progress.pending = listed.map((a) => a.name);
  for (const details of listed) {
    const read = await readAttachment(mailbox, details, options, deadline, progress);
    progress.attachments.push(read);
    progress.pending = progress.pending.slice(1);
  }
  return progress.snapshot('not read');
}

async function readBody(mailbox: SendMailbox, options: ReadDraftOptions): Promise<string> {
  if (options.bodyFormat === 'html' && options.htmlToText)
    return options.htmlToText(await mailbox.getBody('html'));
  return mailbox.getBody('text');
}

async function readAttachment(
  mailbox: SendMailbox,
  details: HostAttachmentDetails,
  options: ReadDraftOptions,
  deadline: number,
  progress: DraftProgress,
): Promise<DraftAttachment> {
  const base = { name: details.name, id: details.id, size: details.size, ...contentTypeOf(details) };
  const notRead = (reason: string): DraftAttachment => ({ ...base, content: { kind: 'not-read', reason } });
  if (details.attachmentType === 'cloud')
    return notRead('cloud attachment (a link): the file is not in the message');
  if (details.size > (options.maxAttachmentBytes || DEFAULT_MAX_ATTACHMENT_BYTES))
    return notRead('too large to read');
  if (options.now() >= deadline) return notRead('time budget spent before this attachment');
  try {
    const content = await mailbox.getAttachmentContent(details.id);
    const hash = hashText(content.content);
    progress.fingerprints.push({ name: details.name, id: details.id, hash });
    const skipped = options.skip ? options.skip(details, hash) : undefined;
    if (skipped !== undefined) return notRead(skipped);
    const file = toBytes(details.name, content.format, content.content);
    if (file.kind === 'link') return notRead('cloud attachment (a link): the file is not in the message');
    const remaining = Math.max(1, deadline - options.now());
    const extracted = await options.extract(file.bytes, file.name, {
      now: options.now,
      limits: { timeBudgetMs: remaining },
      ...contentTypeOf(details),
    });
    return { ...base, content: extracted };
  } catch (error: unknown) {
    return notRead(describe(error));
  }
}

type AttachmentBytes =
  { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly name: string } | { readonly kind: 'link' };

/** Office returns files as base64, attached messages as `eml` text, meeting invites as `iCalendar` text. */
function toBytes(name: string, format: string, content: string): AttachmentBytes {
  switch (format) {
    case 'base64':
      return { kind: 'bytes', bytes: decodeBase64(content), name };
    case 'eml':
      return { kind: 'bytes', bytes: encodeUtf8(content), name: /\.eml$/i.test(name) ? name : `${name}.eml` };
    case 'iCalendar':
      return { kind: 'bytes', bytes: encodeUtf8(content), name: /\.ics$/i.test(name) ? name : `${name}.ics` };
    default:
      return { kind: 'link' };
  }
}

function contentTypeOf(details: HostAttachmentDetails): { contentType?: string } {
  return details.contentType ? { contentType: details.contentType } : {};
}

/** Office's `recipientType` values, as the core names them. */
const RECIPIENT_TYPES: { readonly [office: string]: NonNullable<Address['recipientType']> } = {
  user: 'user',
  externalUser: 'external-user',
  distributionList: 'distribution-list',
  other: 'other',
};

function toAddresses(list: readonly HostEmailAddress[]): readonly Address[] {
  return list.map((r) => {
    const kind = r.recipientType === undefined ? undefined : RECIPIENT_TYPES[r.recipientType];
    return {
      address: r.emailAddress,
      ...(r.displayName ? { name: r.displayName } : {}),
      ...(kind ? { recipientType: kind } : {}),
    };
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}
