/** The shape of the task pane's UI text; one module per language implements it. */
import type { Category } from '../../core/detection/types';
import type { Clause, VerdictKind } from '../../core/policy/types';
import type { ScanError } from '../../core/draft/types';
import type { CompactStrings } from './compact-types';

export interface Strings extends CompactStrings {
  readonly appTitle: string;
  readonly scanning: string;
  readonly scanFailed: string;
  readonly retry: string;
  readonly verdictTitle: { readonly [K in VerdictKind]: string };
  readonly verdictDetail: { readonly [K in VerdictKind]: string };
  readonly category: { readonly [C in Category]: string };
  /** What the user can do about a finding of this category. */
  readonly advice: { readonly [C in Category]: string };
  /** Added to the advice for findings in an attachment. */
  readonly attachmentAdvice: string;
  /** One-line summary of each policy clause. */
  readonly clause: { readonly [C in Clause]: string };
  readonly findingsHeading: (count: number) => string;
  readonly where: {
    readonly subject: string;
    readonly body: string;
    readonly quotedBody: string;
    readonly recipients: string;
    readonly attachment: (name: string) => string;
    readonly attachmentName: (name: string) => string;
  };
  readonly labels: {
    readonly where: string;
    readonly why: string;
    readonly policy: string;
    readonly todo: string;
  };
  readonly why: {
    readonly pattern: (type: string, pattern: string) => string;
    readonly valid: (check: string) => string;
    readonly weak: (check: string, why: string) => string;
    readonly notChecked: string;
    readonly boosted: (word: string) => string;
    readonly lowered: (word: string) => string;
    /** A dictionary word that is this kind of data (`term:sjukskriven`). */
    readonly term: (word: string) => string;
    /** What ties a term to a person (`anchor:hon`; `anchor:name` for a person's name, never shown). */
    readonly anchor: (word: string) => string;
    /** People-readable names of checks (`luhn` → `Luhn`); unknown checks are shown as they are. */
    readonly checkName: { readonly [check: string]: string };
  };
  readonly bulk: (count: number, type: string, attachment: string) => string;
  readonly bulkHeading: string;
  /** Findings of a long list left out of the cards. */
  readonly moreInAttachments: (count: number) => string;
  readonly errorsHeading: string;
  readonly errorCode: { readonly [K in ScanError['code']]: string };
  readonly dismiss: string;
  readonly dismissLabel: (type: string, masked: string) => string;
  readonly dismissedCount: (count: number) => string;
  readonly restoreDismissed: string;
  readonly moveAttachments: string;
  /** Why the move is not offered on this Outlook. */
  readonly moveUnavailable: string;
  readonly openPolicy: string;
  readonly closePolicy: string;
  readonly policyTitle: string;
  readonly openedFromSend: string;
  /** The informed override ("send anyway, I know why"). */
  readonly sendAnyway: {
    readonly heading: string;
    readonly open: string;
    readonly explanation: string;
    readonly confirm: string;
    readonly cancel: string;
    readonly recorded: string;
    readonly withdraw: string;
  };
  readonly policyFileProblem: string;
  /**
   * The name of an entity type id, plural when `count` is not one: the registry's names
   * (src/addin/entity-labels.ts), an unknown id made readable.
   */
  readonly entityType: (type: string, count?: number) => string;
}
