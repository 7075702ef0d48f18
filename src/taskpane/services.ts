/** What the task pane needs from outside, injected at start-up (Office, the simulator, or a test). */
import type { Mailbox } from '../addin/mailbox';
import type { TokenProvider } from '../addin/auth/types';
import type { ReadMailbox } from '../addin/read-item';
import type { DecisionLog } from '../addin/vault';
import type { OfficeHost } from '../addin/office-host';
import type { CalendarDate } from '../core/detection/types';
import type { Policy, PolicyError } from '../core/policy/types';
import type { Scanner } from './scan/scanner';

/** The policy in force and what was wrong with `policy.json`, if anything. */
export interface LoadedPolicy {
  readonly policy: Policy;
  readonly errors: readonly PolicyError[];
}

/** Where Microsoft Graph is and how to sign in to it; the simulator points this at a loopback stand-in. */
export interface GraphAccess {
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
}

export interface TaskpaneServices {
  readonly mailbox: Mailbox;
  /** Set when the pane was opened on a received message: the read pane is shown (ADR 0030). */
  readonly readMessage?: ReadMailbox;
  /** Graph for the read pane's delete; by default graph.microsoft.com with Nested App Authentication. */
  readonly graph?: GraphAccess;
  /** The Office host behind the mailbox: sign-in feature checks and Undo of a move (src/taskpane/move). */
  readonly host?: OfficeHost;
  readonly scanner: Scanner;
  /** Reads `policy.json` next to the add-in, schema-checked; defaults when missing or broken. */
  readonly loadPolicy: () => Promise<LoadedPolicy>;
  /** Today's date in the user's time zone (the core never reads the clock). */
  readonly today: () => CalendarDate;
  /** Where decisions are recorded (tests); by default the decision log of the policy's vault. */
  readonly decisionLog?: DecisionLog;
  /** How often the body and subject are polled for changes while the pane is open. */
  readonly pollIntervalMs: number;
  /** Quiet time after a change before scanning again. */
  readonly debounceMs: number;
}

/** Today's calendar date from the local clock. */
export function localToday(): CalendarDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
