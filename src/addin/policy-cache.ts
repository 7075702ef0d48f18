/**
 * The effective policy, cached by the task pane in roaming settings (per user) so the on-send check —
 * which may not fetch `policy.json` — can use the organisation's policy instead of the built-in default.
 */
import type { SendMailbox } from './send-mailbox';

export const POLICY_SETTING = 'mailguardPolicy';

/** Stores the policy the task pane loaded (as parsed JSON). Rejects with `OfficeApiError` if not saved. */
export function cachePolicy(mailbox: SendMailbox, policy: unknown): Promise<void> {
  return mailbox.setRoamingValue(POLICY_SETTING, policy);
}

/** The cached policy JSON, unvalidated (the send check reads it with `cachedPolicyOf`), or undefined. */
export function cachedPolicy(mailbox: SendMailbox): unknown {
  try {
    return mailbox.getRoamingValue(POLICY_SETTING);
  } catch {
    return undefined;
  }
}
