/** Small builders of value-free scan summaries for the pure on-send tests. */
import type { FindingSummary, ScanSummary } from '../../src/addin';
import type { ScanError } from '../../src/core/draft/types';
import type { BulkGroup } from '../../src/core/policy/types';

let counter = 0;

export function finding(
  partial: Partial<FindingSummary> & Pick<FindingSummary, 'type' | 'category'>,
): FindingSummary {
  counter += 1;
  return {
    key: `k${counter}`,
    severity: partial.category === 'health' || partial.category === 'national-id' ? 'sensitive' : 'personal',
    action: 'block',
    clause: 'P2',
    part: partial.attachment === undefined ? 'body' : 'attachment',
    ...partial,
  };
}

export function summary(parts: {
  findings?: FindingSummary[];
  bulk?: BulkGroup[];
  errors?: ScanError[];
}): ScanSummary {
  const findings = parts.findings || [];
  const verdict = findings.some((f) => f.action === 'block')
    ? 'block'
    : findings.length > 0
      ? 'warn'
      : 'allow';
  return { verdict, findings, bulk: parts.bulk || [], errors: parts.errors || [] };
}

export const pnr = (attachment?: string): FindingSummary =>
  finding({
    type: 'se-personnummer',
    category: 'national-id',
    ...(attachment === undefined ? {} : { attachment }),
  });
export const health = (attachment?: string): FindingSummary =>
  finding({ type: 'health-term', category: 'health', ...(attachment === undefined ? {} : { attachment }) });
export const email = (attachment: string): FindingSummary =>
  finding({ type: 'email-address', category: 'contact', action: 'warn', clause: 'P1', attachment });
export const notRead = (attachment: string): ScanError => ({
  part: 'attachment',
  attachment,
  code: 'not-read',
  message: 'failed',
});
