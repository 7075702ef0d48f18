/** Test helpers: a fixed scan environment and a compact view of findings (type, value, reasons). */
import { analyze } from '../../../../src/core/detection';
import type { Finding, Recognizer, ScanEnv } from '../../../../src/core/detection';

export function env(): ScanEnv {
  return {
    today: { year: 2026, month: 11, day: 25 },
    allow: { values: [], emails: [], ownDomains: [] },
    maxChars: 5_000_000,
  };
}

/** Findings of `recognizers` in `text`. */
export function scan(text: string, recognizers: readonly Recognizer[]): readonly Finding[] {
  return analyze({ text }, env(), recognizers).findings;
}

/** Matched values, in text order. */
export function values(text: string, recognizers: readonly Recognizer[]): string[] {
  return scan(text, recognizers).map((f) => f.value);
}
