/**
 * The asynchronous half of a check, shared by the send and pre-scan handlers: load the per-draft session
 * state and policy, read the draft (reusing cached attachment results), and evaluate it.
 */
import { extensionOf, mediaTypeOf } from '../core/extraction/file-name';
import { readOnSend } from '../core/extraction/format-table';
import { formatOfExtension, formatOfMediaType } from '../core/extraction/sniff';
import type { Policy } from '../core/policy/types';
import {
  EMPTY_SESSION,
  readDraft,
  readSession,
  type CachedAttachment,
  type DraftProgress,
  type Extractor,
  type HostAttachmentDetails,
  type SendMailbox,
  type ReadDraftResult,
  type ScanSummary,
  type SessionState,
} from '../addin';
import { evaluate, type SendCore } from './evaluate';

export interface CheckDeps {
  readonly core: SendCore;
  readonly extract: Extractor;
  /** Monotonic clock, milliseconds. */
  readonly now: () => number;
  /** The policy to apply: the one the task pane cached, else the built-in default. */
  readonly policy: (mailbox: SendMailbox) => Policy;
  /** Time for reading and extracting; kept below the handler's hard budget so evaluation fits after it. */
  readonly readBudgetMs: number;
}

/** What a check has gathered so far; the budget path evaluates it as it stands. */
export class CheckState {
  session: SessionState = EMPTY_SESSION;
  policy: Policy;
  readonly reused = new Map<string, CachedAttachment>();

  constructor(
    readonly progress: DraftProgress,
    fallbackPolicy: Policy,
  ) {
    this.policy = fallbackPolicy;
  }

  /** Evaluates a (possibly partial) read with what is known now. */
  evaluate(core: SendCore, read: ReadDraftResult): ScanSummary {
    return evaluate(core, {
      read,
      reused: this.reused,
      dismissed: this.session.dismissed,
      policy: this.policy,
    });
  }
}

/**
 * Formats the on-send bundle does not extract (format-table.ts `onSend`: no pdf.js, .msg reader or MIME
 * parser in it, for size and Web APIs): checked through the task pane's cache, else named "not checked".
 * Outlook item attachments (`attachmentType: 'item'`) arrive as .eml.
 */
function extractedOnSend(details: HostAttachmentDetails): boolean {
  if (details.attachmentType === 'item') return false;
  const extension = extensionOf(details.name);
  const type = mediaTypeOf(details.contentType);
  for (const format of [formatOfExtension(extension), formatOfMediaType(type)])
    if (format && !readOnSend(format, extension, type)) return false;
  return true;
}

/** Reads and evaluates the draft, filling in `state` as it goes. Rejects only on unexpected errors. */
export async function checkDraft(
  mailbox: SendMailbox,
  deps: CheckDeps,
  state: CheckState,
): Promise<ReadDraftResult> {
  state.session = await readSession(mailbox).catch(() => EMPTY_SESSION);
  state.policy = deps.policy(mailbox);
  const cache = state.session.scan;
  const skip = (details: HostAttachmentDetails, hash: string): string | undefined => {
    const hit = cache ? cache.attachments.filter((a) => a.hash === hash)[0] : undefined;
    if (hit) {
      state.reused.set(details.id, hit);
      return 'checked earlier by the Mail Guard pane';
    }
    if (!extractedOnSend(details)) {
      return 'not checked on send: open the Mail Guard pane to check this file';
    }
    return undefined;
  };
  return readDraft(mailbox, {
    now: deps.now,
    budgetMs: deps.readBudgetMs,
    extract: deps.extract,
    skip,
    progress: state.progress,
  });
}
