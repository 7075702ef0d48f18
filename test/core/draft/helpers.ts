/**
 * Small, predictable recognizers for the draft-analysis tests, so they test the draft rules
 * (signatures, history, allow-lists, people) rather than the shipped recognizers.
 */
import type { CalendarDate, Recognizer } from '../../../src/core/detection';
import type { Address, Draft, DraftEnv } from '../../../src/core/draft';
import { DEFAULT_POLICY } from '../../../src/core/policy';

export const TODAY: CalendarDate = { year: 2026, month: 11, day: 25 };

export const TEST_RECOGNIZERS: readonly Recognizer[] = [
  // Six digits, a dash and four: personnummer-shaped (the company's org number is allow-listed).
  {
    id: 'se-personnummer',
    category: 'national-id',
    patterns: [{ name: 'pnr', regex: /\b\d{6}[-+]\d{4}\b/g, score: 0.9 }],
  },
  {
    id: 'health-term',
    category: 'health',
    patterns: [{ name: 'term', regex: /\bsjukskriven\b/gi, score: 0.9 }],
  },
  // Swedish mobile numbers: 07x-xxx xx xx.
  {
    id: 'phone-number',
    category: 'contact',
    patterns: [{ name: 'mobile', regex: /\b07\d-?\d{3} ?\d{2} ?\d{2}\b/g, score: 0.9 }],
  },
  {
    id: 'email-address',
    category: 'contact',
    patterns: [{ name: 'email', regex: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, score: 0.9 }],
  },
  {
    id: 'person-name',
    category: 'name',
    patterns: [
      { name: 'name', regex: /\b(?:Anna Svensson|Per Olsson|Karin Berg|Anna|Karin|Per)\b/g, score: 0.9 },
    ],
  },
];

export const ENV: DraftEnv = { today: TODAY, policy: DEFAULT_POLICY, recognizers: TEST_RECOGNIZERS };

export const ANNA: Address = { address: 'anna.svensson@vinnter.se', name: 'Anna Svensson' };
export const CUSTOMER: Address = { address: 'lars@kund.se', name: 'Lars Kund' };

export function draft(parts: Partial<Draft>): Draft {
  return { subject: '', body: '', from: ANNA, to: [CUSTOMER], cc: [], bcc: [], attachments: [], ...parts };
}
