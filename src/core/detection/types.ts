/**
 * The detection vocabulary and the recognizer contract.
 *
 * Names here are shared with the CLI's JSON output, the policy file, the task pane and the vault
 * (see docs/cli.md "Vocabulary"): do not rename them.
 */
import type { CalendarDate, Outcome } from '../identifiers/types';
import type { Category, Severity } from './category';
import type { EntityType } from './entity-types';
import type { ContextRule } from './context-rule';

export type { Category, Severity } from './category';
export type { ContextRule } from './context-rule';

/** Default severity of each category (docs/cli.md). The draft analysis may lower it (signature, colleagues). */
export const CATEGORY_SEVERITY: { readonly [C in Category]: Severity } = {
  'national-id': 'sensitive',
  'identity-document': 'sensitive',
  health: 'sensitive',
  'special-category': 'sensitive',
  'financial-card': 'sensitive',
  financial: 'personal',
  contact: 'personal',
  network: 'personal',
  vehicle: 'personal',
  'date-of-birth': 'personal',
  name: 'personal',
  recipient: 'personal',
};

/** A half-open range `[start, end)` of UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Calendar date passed in by the caller: the core never reads the clock. */
export type { CalendarDate };

/**
 * Outcome of a checksum / component check on a candidate.
 * - `valid`: the check passed (e.g. `luhn`, `mod11`, `mod97`, `date`).
 * - `weak`: the value is well-formed but the check proves less (e.g. DK CPR after 2007 has no
 *   guaranteed mod-11; a samordningsnummer with the unknown day 60). `why` names the weakness.
 * - `invalid`: the candidate is not this entity; `reason` says which check failed.
 * The same outcome the identifier modules (`src/core/identifiers`) give, without their parsed value.
 */
export type Validation = Outcome;

/** A cell of a table (spreadsheet, CSV): its header is context for every value in it. */
export interface TableCell extends Span {
  readonly header: string;
}

/** What the scanner is given: one part's text, optionally with table structure. */
export interface ScanInput {
  readonly text: string;
  /** Cells in `text` (offsets into `text`), for spreadsheets and CSV. Sorted by `start`. */
  readonly cells?: readonly TableCell[];
  /**
   * The text is a heading of the message: its subject line or an attachment's file name. A mail is about
   * what its heading names, so an identity number there ("Korrigering lønn 23059133896") counts as if a
   * person were named beside it (`Recognizer.namedContext`); business words still sink it ("Order …").
   */
  readonly heading?: boolean;
  /**
   * The heading the text stands under: a mail body's subject line. Negative rules that read a document's
   * title (`ContextRule.title`) read it too: "Lasku 2026-0412 / viitenumero ei täsmää" over a body that
   * gives the account the invoice is paid to.
   */
  readonly title?: string;
}

/** Values that are never findings: the company's own identifiers, the recipients' own addresses. */
export interface AllowList {
  /** Compared after removing spaces, dashes, dots and plus signs, case-insensitively. */
  readonly values: readonly string[];
  /** E-mail addresses (lower case) that are not findings (recipients, sender). */
  readonly emails: readonly string[];
  /** Domains (lower case) whose e-mail addresses and whose people are the company's own. */
  readonly ownDomains: readonly string[];
}

/** Everything a scan needs from outside: the date, the allow-list, limits. */
export interface ScanEnv {
  readonly today: CalendarDate;
  readonly allow: AllowList;
  /** Inputs longer than this are scanned up to the cap and reported as partially scanned. */
  readonly maxChars: number;
}

/**
 * The text a recognizer sees: normalised once (NFC, dashes to '-', NBSP and friends to ' '),
 * plus a lower-cased copy of the same length for case-insensitive word look-ups.
 */
export interface ScanDocument {
  readonly text: string;
  readonly lower: string;
  readonly cells: readonly TableCell[];
  /** See {@link ScanInput.heading}. */
  readonly heading?: boolean;
  /** See {@link ScanInput.title}; lower case. */
  readonly title?: string;
}

/** A regular expression a recognizer contributes; must be global, linear, without lookbehind. */
export interface Pattern {
  readonly name: string;
  readonly regex: RegExp;
  /** Base score before validation and context (0..1). Weak shapes start low. */
  readonly score: number;
  /** Capture group holding the value (default 0: the whole match). */
  readonly group?: number;
  /** Something every match contains: the pattern then only runs around it (see {@link PatternTrigger}). */
  readonly trigger?: PatternTrigger;
}

/**
 * What every match of a pattern contains, so the engine can find those places with one cheap pass and
 * run the pattern only within `reach` characters of them:
 * - `literal`: a substring (`@` for e-mail addresses);
 * - `digit-run`: at least `length` consecutive ASCII digits (identity numbers); see `lead`.
 */
export type PatternTrigger =
  | { readonly kind: 'literal'; readonly literal: string; readonly reach: number }
  | {
      readonly kind: 'digit-run';
      readonly length: number;
      readonly reach: number;
      /**
       * With `lead`, every match STARTS (boundary character included) at most `lead` characters before
       * the first digit of such a run: the pattern is then only tried, anchored, at those positions
       * (`digit-runs.ts`), not run over windows.
       */
      readonly lead?: number;
    };

/** A possible finding before validation, context and policy. Offsets into the normalised text. */
export interface Candidate extends Span {
  readonly pattern: string;
  readonly score: number;
  /** Extra explanation from a custom finder, e.g. `anchor:hon har`, `term:sjukskriven`. */
  readonly reasons?: readonly string[];
  /**
   * Overrides the category's severity for this one finding: a health term that is about no one
   * (`no-one:aggregate`) is shown as `info`, never warned about.
   */
  readonly severity?: Severity;
}

/**
 * One recognizer: mostly data. The shared scan loop runs `patterns` (or `find`), then `validate`,
 * then context rules, then thresholds and overlap resolution. A recognizer never loops over text itself
 * except inside `find`, which exists for shapes a regex cannot express (dictionaries, phone parsing).
 */
export interface Recognizer {
  /** The entity type it reports, registered with its names in `entity-types.ts` (e.g. `se-personnummer`). */
  readonly id: EntityType;
  readonly category: Category;
  /** Default: `CATEGORY_SEVERITY[category]`. */
  readonly severity?: Severity;
  readonly patterns?: readonly Pattern[];
  /** Custom candidate finder (dictionary matcher, phone parser...). Runs in addition to `patterns`. */
  readonly find?: (doc: ScanDocument, env: ScanEnv) => Iterable<Candidate>;
  /** Checksum / date / component validation of the candidate's text. */
  readonly validate?: (value: string, env: ScanEnv) => Validation;
  /** Context that raises the score (identity keywords, a `Personnummer` column header). */
  readonly context?: readonly ContextRule[];
  /** Context that lowers the score (tel, order, OCR, serial, build, invoice, timestamp...). */
  readonly negativeContext?: readonly ContextRule[];
  /**
   * A person's first name on the candidate's line (a table row, a list item, "Anna Berg 9004152386") is
   * context like a keyword: the number is theirs. Used only when no keyword already counted; `unless`
   * names values that are something else beside a name (a mobile number `07…`).
   */
  readonly namedContext?: {
    readonly amount: number;
    readonly unless?: RegExp;
    /** Whether a heading (subject, file name) counts as naming its person too; default true. */
    readonly heading?: boolean;
    /** Only a line that opens with the name (a row of people), not a name anywhere near on it. */
    readonly rows?: boolean;
  };
  /** Findings scoring below this are dropped (default `DEFAULT_MIN_SCORE`). */
  readonly minScore?: number;
  /**
   * `suppressor` recognizers (organisationsnummer, the company's own identifiers) are never reported:
   * a suppressor match removes any overlapping finding of another recognizer.
   */
  readonly role?: 'finding' | 'suppressor';
  /** How to mask the value for display; default keeps the first few characters (`maskDefault`). */
  readonly mask?: (value: string) => string;
}

/** Why a finding was reported: enough for the task pane to explain it and for tests to assert on. */
export interface Explanation {
  readonly recognizer: string;
  readonly pattern: string;
  readonly validation: Validation | { readonly kind: 'not-checked' };
  /** Words that raised the score (`keyword:personnummer`, `header:personnummer`). */
  readonly boostedBy: readonly string[];
  /** Words that lowered it (`negative:ordernr`). */
  readonly loweredBy: readonly string[];
}

/** A reported finding. Offsets are into the ORIGINAL (not normalised) text of the scanned part. */
export interface Finding extends Span {
  readonly type: EntityType;
  readonly category: Category;
  readonly severity: Severity;
  /** 0..1, rounded to two decimals. */
  readonly score: number;
  /** The matched text. Never log it; show `masked`. */
  readonly value: string;
  readonly masked: string;
  /** Flat reason codes as in the CLI contract: `checksum`, `keyword:personnummer`, `negative:tel`... */
  readonly reasons: readonly string[];
  readonly explanation: Explanation;
}

/** Result of scanning one text. */
export interface ScanResult {
  readonly findings: readonly Finding[];
  /** Characters actually scanned (less than the input when the input was over `maxChars`). */
  readonly scannedChars: number;
  readonly truncated: boolean;
}
