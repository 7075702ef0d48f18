/**
 * The `OnMessageSend` handler (Smart Alerts, SoftBlock). Reads and checks the draft within a hard budget
 * and answers with exactly one `event.completed(...)`: allow silently, block (P2), or prompt with
 * "Send anyway" (bulk personal data, parts not checked, the check itself failing).
 */
import type { Policy } from '../core/policy/types';
import {
  createSendMailbox,
  DraftProgress,
  type HostEvent,
  type SendMailbox,
  type OfficeHost,
  type ReadDraftResult,
} from '../addin';
import { CheckState, checkDraft, type CheckDeps } from './check-draft';
import { completeOnce, type Timers } from './completion';
import { completedOptions, failureOptions, type AlertCapabilities } from './completed-options';
import { externalDomains } from '../core/recipients/query';
import { decideSend } from './send-decision';
import { alertLanguage, type AlertLanguage } from './strings';

export interface SendHandlerDeps extends CheckDeps, Timers {
  /** Past this, decide on what was scanned and name what was not. */
  readonly budgetMs: number;
  /** Used until the session's policy is known (and when the budget strikes first). */
  readonly defaultPolicy: Policy;
}

/** Builds the handler to `Office.actions.associate`. `host` is read per event (Office is injected, not imported). */
export function createSendHandler(
  host: () => OfficeHost | undefined,
  deps: SendHandlerDeps,
): (event: HostEvent) => void {
  return (event) => {
    const completion = completeOnce(event, deps);
    let language: AlertLanguage = 'en';
    let capabilities: AlertCapabilities = { actions: false, markdown: false };
    const fail = (): void => {
      completion.complete(failureOptions(language, capabilities));
    };
    try {
      const office = host();
      if (!office) return fail();
      const mailbox = createSendMailbox(office);
      language = alertLanguage(mailbox.displayLanguage);
      capabilities = { actions: supports(mailbox, '1.14'), markdown: supports(mailbox, '1.15') };
      const state = new CheckState(new DraftProgress(), deps.defaultPolicy);
      const answer = (read: ReadDraftResult): void => {
        if (completion.done) return;
        try {
          const summary = state.evaluate(deps.core, read);
          const decision = decideSend(summary, {
            promptOnBulk: state.policy.bulk.promptOnSend,
            override: state.session.override,
            unchecked: state.policy.unchecked,
            externalDomains: externalDomains(read.draft, state.policy),
          });
          completion.complete(completedOptions(decision, language, capabilities));
        } catch {
          fail();
        }
      };
      completion.startBudget(deps.budgetMs, () =>
        answer(state.progress.snapshot('time budget spent before this was read')),
      );
      checkDraft(mailbox, deps, state).then(answer, fail);
    } catch {
      fail();
    }
  };
}

function supports(mailbox: SendMailbox, version: string): boolean {
  try {
    return mailbox.supports(version);
  } catch {
    return false;
  }
}
