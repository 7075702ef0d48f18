/**
 * Recipient risk: who a draft goes to, set against what it carries (issue "Recipient risk"). Findings
 * of category `recipient` are findings like the others, with the structured risk and its fix attached.
 */
import type { Span } from '../detection/types';
import type { DraftFinding } from '../model/draft';

export type RecipientRiskType =
  | 'recipient-lookalike-domain'
  | 'recipient-webmail'
  | 'recipient-greeting-mismatch'
  | 'recipient-visible-list'
  | 'recipient-new-domain';

export type RecipientField = 'to' | 'cc' | 'bcc';

/** Office's `recipientType` where the client gives one (`user` is in the organisation's directory). */
export type RecipientKind = 'user' | 'external-user' | 'distribution-list' | 'other';

/** One recipient of the draft: which field, its position there, and the address as written. */
export interface RecipientRef {
  readonly field: RecipientField;
  readonly index: number;
  readonly address: string;
}

/** How a lookalike domain resembles a known one. */
export type LookalikeHow =
  | 'homoglyph' // same skeleton: rn/m, l/1/i, Cyrillic or Greek letters, accents
  | 'mixed-script' // a label mixing Latin with Cyrillic or Greek
  | 'edit-distance' // a letter dropped, doubled, swapped or changed
  | 'other-tld' // the same name under another top-level domain
  | 'extra-words'; // the known name with words added: vinnter-se.com, vinnter-support.com

/** What is wrong, with what the task pane and the alert need to say it. Carries addresses: never log it. */
export type RecipientRisk =
  | {
      readonly kind: 'lookalike';
      readonly recipient: RecipientRef;
      readonly domain: string;
      /** The known domain it resembles (absent for a mixed-script label that resembles nothing known). */
      readonly looksLike?: string;
      readonly how: LookalikeHow;
      /** The address the sender probably meant: the same local part at the known domain. */
      readonly suggestion?: string;
    }
  | { readonly kind: 'webmail'; readonly recipient: RecipientRef; readonly domain: string }
  | {
      readonly kind: 'greeting-mismatch';
      /** The name greeted, as written ("Anna", "Berg"). */
      readonly greeted: string;
      /** Where the greeting's name is in the body. */
      readonly span: Span;
    }
  | {
      readonly kind: 'visible-list';
      /** External addresses in To and Cc (these would move to Bcc). */
      readonly recipients: readonly RecipientRef[];
      readonly organisations: number;
    }
  | { readonly kind: 'new-domain'; readonly recipient: RecipientRef; readonly domain: string };

/** The one-click fix offered for a risk. */
export type RecipientFix =
  | { readonly kind: 'replace-address'; readonly recipient: RecipientRef; readonly replacement: string }
  | { readonly kind: 'move-to-bcc'; readonly recipients: readonly RecipientRef[] }
  | { readonly kind: 'review' };

/** A finding about the recipients (`where.part: 'recipients'`, category `recipient`). */
export interface RecipientFinding extends DraftFinding {
  readonly category: 'recipient';
  readonly type: RecipientRiskType;
  readonly risk: RecipientRisk;
  readonly fix: RecipientFix;
}

/** What the rest of the draft carries, from its other findings: decides whether a risk matters. */
export type Carries = 'sensitive' | 'personal' | 'none';
