/**
 * The real dependencies of the on-send handlers: the core (without pdf.js or the .msg reader, which do
 * not fit the bundle — docs/adr/0006-pdf-on-send.md), the clock, timers, and the policy to apply.
 */
import type { CalendarDate } from '../core/detection/types';
// The modules themselves, not the package indexes: those wire libphonenumber and pdf.js.
import { createRecognizers } from '../core/detection/registry';
import { analyzeDraft } from '../core/draft/analyze-draft';
import { createExtractor } from '../core/extraction/extract';
import { DEFAULT_POLICY, decide, type Policy } from '../core/policy';
import { cachedPolicyOf } from './cached-policy';
import { litePhoneNumbers } from './phone-numbers-lite';
import { cachedPolicy, type SendMailbox } from '../addin';
import type { SendHandlerDeps } from './send-handler';

/** The hard budget: past it the handler decides on what was scanned (docs/outlook-platform.md: alert after 5 s). */
export const SEND_BUDGET_MS = 3000;
/** Reading and extracting stop here, leaving time to evaluate before the hard budget. */
export const READ_BUDGET_MS = 2500;

/** Today's local date: the core never reads the clock itself. */
export function today(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The policy the task pane cached in roaming settings when it is valid, else the built-in default. */
export function effectivePolicy(mailbox: SendMailbox): Policy {
  const cached = cachedPolicy(mailbox);
  if (cached === undefined || cached === null) return DEFAULT_POLICY;
  return cachedPolicyOf(cached) ?? DEFAULT_POLICY;
}

/** A monotonic-enough clock: `performance` may be missing in the JavaScript-only runtime. */
function monotonicNow(): number {
  return typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? performance.now()
    : Date.now();
}

/** Every recognizer, phone numbers read by the small Nordic finder. */
const RECOGNIZERS = createRecognizers({ phoneNumbers: litePhoneNumbers });

export function runtimeDeps(): SendHandlerDeps {
  return {
    core: {
      analyze: (draft, policy) => analyzeDraft(draft, { today: today(), policy, recognizers: RECOGNIZERS }),
      decide: (scan, policy, dismissed) => decide(scan, policy, dismissed),
    },
    extract: createExtractor({ pdf: null, msg: null, email: null }),
    now: monotonicNow,
    policy: effectivePolicy,
    readBudgetMs: READ_BUDGET_MS,
    budgetMs: SEND_BUDGET_MS,
    defaultPolicy: DEFAULT_POLICY,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}
