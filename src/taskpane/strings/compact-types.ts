/** The text of the compact view: counts, places, fixes, reasons, the banner's states. */
import type { DecisionReason } from '../../contract';

export type ReasonProblem = 'too-long' | 'has-number' | 'has-address';

export interface CompactStrings {
  /** "a, b and c" in the pane's language. */
  readonly list: (items: readonly string[]) => string;
  readonly position: {
    readonly inPart: { readonly subject: string; readonly body: string; readonly recipients: string };
    readonly inQuoted: string;
    readonly inFile: (name: string) => string;
    readonly fileName: (name: string) => string;
    /** "line 3" (count 1) / "lines 2–4". */
    readonly line: (count: number, numbers: string) => string;
    readonly page: (count: number, numbers: string) => string;
    readonly slide: (count: number, numbers: string) => string;
    readonly morePlaces: (count: number) => string;
  };
  readonly banner: {
    readonly promptTitle: string;
    readonly promptDetail: string;
    readonly overrideTitle: string;
    readonly overrideDetail: string;
    readonly notChecked: (places: string) => string;
    /** The pane was opened from the Smart Alert: what to do now. */
    readonly fromSend: string;
  };
  readonly fix: {
    readonly mask: string;
    readonly maskLabel: (what: string) => string;
    readonly masked: (count: number) => string;
    readonly undo: string;
    readonly undone: string;
    readonly maskFailed: string;
    readonly undoFailed: string;
    readonly tryAgain: string;
    readonly move: string;
    readonly details: string;
    readonly detailsLabel: (what: string) => string;
    readonly notPersonal: string;
    readonly notPersonalLabel: (what: string) => string;
    /** The disclosure of `info` items. */
    readonly infoSummary: (count: number) => string;
  };
  readonly reasons: {
    readonly dismissHeading: string;
    readonly dismissExplanation: string;
    readonly dismissConfirm: string;
    readonly question: string;
    readonly option: { readonly [R in DecisionReason]: string };
    readonly otherLabel: string;
    readonly missing: string;
    readonly problem: { readonly [P in ReasonProblem]: string };
    readonly cancel: string;
  };
}
