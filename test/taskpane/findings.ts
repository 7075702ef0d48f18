/** Rated findings for component tests, shaped as the policy engine returns them. */
import type { RatedFinding, Verdict } from '../../src/core/policy/types';

export function ratedFinding(overrides: Partial<RatedFinding> = {}): RatedFinding {
  return {
    type: 'se-personnummer',
    category: 'national-id',
    severity: 'sensitive',
    score: 0.95,
    start: 18,
    end: 29,
    value: '850709-9805',
    masked: '850709-****',
    reasons: ['checksum', 'keyword:personnummer'],
    explanation: {
      recognizer: 'se-personnummer',
      pattern: 'se-short-separated',
      validation: { kind: 'valid', check: 'luhn' },
      boostedBy: ['keyword:personnummer'],
      loweredBy: [],
    },
    where: { part: 'body', start: 18, end: 29 },
    action: 'block',
    clause: 'P2',
    key: 'se-personnummer:1',
    ...overrides,
  };
}

export function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return { kind: 'block', findings: [ratedFinding()], bulk: [], errors: [], ...overrides };
}
