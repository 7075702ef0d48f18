/** Test helpers: a fixed scan environment and a compact view of findings (type, value, reasons). */
import { analyze, DEFAULT_RECOGNIZERS } from '../../../../src/core/detection';
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

/**
 * Each health or special-category term as "value severity reasons": its lower-cased value, severity and
 * the reasons that say whom it is about (`anchor:…`, `no-one:…`).
 */
export function aboutWhom(text: string): string[] {
  return scan(text, DEFAULT_RECOGNIZERS)
    .filter((f) => f.category === 'health' || f.category === 'special-category')
    .map((f) => {
      const who = f.reasons.filter((r) => r.indexOf('anchor:') === 0 || r.indexOf('no-one:') === 0);
      return `${f.value.toLowerCase()} ${f.severity}${who.length > 0 ? ` ${who.join(',')}` : ''}`;
    });
}

/**
 * Matched values that count (not `info`), in text order. A term about no one ("sjukfrånvaron var 3 %") is
 * kept as `info` and is not listed here; `infoValues` lists those.
 */
export function values(text: string, recognizers: readonly Recognizer[]): string[] {
  return scan(text, recognizers)
    .filter((f) => f.severity !== 'info' || f.category === 'name')
    .map((f) => f.value);
}

/** Values reported only as `info`, with the reason that says why (`no-one:aggregate`). */
export function infoValues(text: string, recognizers: readonly Recognizer[]): string[] {
  return scan(text, recognizers)
    .filter((f) => f.severity === 'info' && f.category !== 'name')
    .map((f) => `${f.value} ${f.reasons.filter((r) => r.indexOf('no-one:') === 0).join(',')}`);
}

/** Whether any health or special-category term in `text` counts as sensitive data about someone. */
export function blocked(text: string): boolean {
  return aboutWhom(text).some((f) => / sensitive/.test(f));
}
