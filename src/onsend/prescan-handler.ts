/**
 * `OnMessageAttachmentsChanged` / `OnMessageRecipientsChanged`: check the draft in the background and cache
 * the value-free result in session data, so the send check can reuse attachment results. Completes its
 * event exactly once, whatever happens; a failure only means nothing is cached.
 */
import type { Policy } from '../core/policy/types';
import {
  buildCachedScan,
  createSendMailbox,
  DraftProgress,
  updateSession,
  withScan,
  type HostEvent,
  type OfficeHost,
} from '../addin';
import { CheckState, checkDraft, type CheckDeps } from './check-draft';
import { completeOnce, type Timers } from './completion';

export interface PrescanDeps extends CheckDeps, Timers {
  readonly budgetMs: number;
  readonly defaultPolicy: Policy;
}

export function createPrescanHandler(
  host: () => OfficeHost | undefined,
  deps: PrescanDeps,
): (event: HostEvent) => void {
  return (event) => {
    const completion = completeOnce(event, deps);
    const finish = (): void => {
      completion.complete();
    };
    try {
      const office = host();
      if (!office) return finish();
      const mailbox = createSendMailbox(office);
      const state = new CheckState(new DraftProgress(), deps.defaultPolicy);
      completion.startBudget(deps.budgetMs, finish);
      checkDraft(mailbox, deps, state)
        .then((read) => {
          if (completion.done) return undefined;
          const cached = buildCachedScan(read.fingerprint, state.evaluate(deps.core, read));
          return updateSession(mailbox, (session) => withScan(session, cached));
        })
        .then(finish, finish);
    } catch {
      finish();
    }
  };
}
