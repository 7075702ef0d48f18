/**
 * The categories and severities of findings, on their own so that the entity-type registry and the
 * recognizer contract can both name them without importing each other.
 */

/** What kind of personal data a finding is. */
export type Category =
  | 'national-id'
  | 'identity-document'
  | 'health'
  | 'special-category'
  | 'financial-card'
  | 'financial'
  | 'contact'
  | 'network'
  | 'vehicle'
  | 'date-of-birth'
  | 'name'
  /** Who the draft goes to: a lookalike domain, private webmail, the wrong person, a visible list. */
  | 'recipient';

/** How much a finding matters: P2 data, P1 data of a third party, or merely worth showing. */
export type Severity = 'sensitive' | 'personal' | 'info';
