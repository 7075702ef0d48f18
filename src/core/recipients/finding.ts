/**
 * Building recipient findings: masked addresses, explanations, and where they are (the recipient's
 * display name in the `recipients` part text, as `recipientsText` of src/core/draft joins them).
 */
import type { Severity, Span } from '../detection/types';
import type { Draft } from '../model/draft';
import type {
  RecipientField,
  RecipientFinding,
  RecipientFix,
  RecipientRisk,
  RecipientRiskType,
} from './types';

/** `anna.berg@vinnter-se.com` → `a***@vinnter-se.com`: the domain is the point, the person is not. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address.charAt(0)}***${address.slice(at)}`;
}

/** Span of each recipient's display name in the `recipients` part text, by `field:index`. */
export function nameSpans(draft: Draft): { readonly [ref: string]: Span } {
  const spans: { [ref: string]: Span } = {};
  let offset = 0;
  let first = true;
  for (const field of ['to', 'cc', 'bcc'] as const) {
    draft[field].forEach((a, index) => {
      const name = a.name === undefined ? '' : a.name.trim();
      if (name === '') return;
      if (!first) offset += 2;
      first = false;
      spans[`${field}:${index}`] = { start: offset, end: offset + name.length };
      offset += name.length;
    });
  }
  return spans;
}

export interface FindingInput {
  readonly type: RecipientRiskType;
  readonly risk: RecipientRisk;
  readonly fix: RecipientFix;
  readonly severity: Severity;
  readonly score: number;
  /** The address, name or list concerned: personal data, never logged. */
  readonly value: string;
  readonly masked: string;
  readonly reasons: readonly string[];
  /** Where in the recipients text; the empty span at 0 when the recipient has no display name. */
  readonly span?: Span;
}

export function recipientFinding(input: FindingInput): RecipientFinding {
  const span = input.span ?? { start: 0, end: 0 };
  return {
    type: input.type,
    category: 'recipient',
    severity: input.severity,
    score: input.score,
    value: input.value,
    masked: input.masked,
    reasons: input.reasons,
    start: span.start,
    end: span.end,
    explanation: {
      recognizer: 'recipients',
      pattern: input.risk.kind,
      validation: { kind: 'not-checked' },
      boostedBy: input.reasons,
      loweredBy: [],
    },
    where: { part: 'recipients', start: span.start, end: span.end },
    risk: input.risk,
    fix: input.fix,
  };
}

export function refKey(field: RecipientField, index: number): string {
  return `${field}:${index}`;
}
