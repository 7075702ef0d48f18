/**
 * Stands in for `src/core/detection/run-filter.ts` in onsend.js (a webpack alias): every digit run is tried,
 * with no joined pre-test per group of patterns. The filter only skips runs where no pattern of the group
 * can match (exact: see its header), so the findings are the same; it pays off on spreadsheets of hundreds
 * of thousands of runs, which the task pane scans, while a draft on send is small (a 370 KB table of digits
 * scans in the same time either way). Its regular-expression building is 0.7 KB of the 100 KB budget.
 */
import type { Pattern, Recognizer } from '../core/detection/types';

/** The runs of a group worth trying (never built here). */
export interface RunFilter {
  hot(text: string, starts: readonly number[]): number[];
}

/** No group: every pattern is tried at every run. */
export function runGroupKey(_pattern: Pattern): string | undefined {
  return undefined;
}

/** No filters. */
export function runFiltersFor(_recognizers: readonly Recognizer[]): Map<string, RunFilter> {
  return new Map();
}
