/**
 * Span bookkeeping for the phone finder, kept logarithmic so a megabyte of mail with thousands of
 * numbers stays fast: sorted span sets, "is a phone word near", and the windows around phone words
 * that the Norwegian/Danish/Finnish readings are limited to.
 */
import type { Span } from '../../types';

/** Index of the first span in `sorted` (by start) whose start is >= `offset`. */
function firstStartingAt(sorted: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A set of non-overlapping spans kept sorted by start. */
export class SpanSet {
  private readonly spans: Span[] = [];

  /** Whether `span` overlaps a span already in the set. */
  overlaps(span: Span): boolean {
    const i = firstStartingAt(this.spans, span.start);
    const before = this.spans[i - 1];
    const at = this.spans[i];
    return (before !== undefined && before.end > span.start) || (at !== undefined && at.start < span.end);
  }

  /** Add a span that does not overlap the set. */
  add(span: Span): void {
    this.spans.splice(firstStartingAt(this.spans, span.start), 0, span);
  }
}

/** Whether a keyword (sorted by start) ends at most `before` characters before `span` or starts at most `after` after it. */
export function keywordNear(keywords: readonly Span[], span: Span, before: number, after: number): boolean {
  const i = firstStartingAt(keywords, span.start);
  const previous = keywords[i - 1];
  const next = keywords[firstStartingAt(keywords, span.end)];
  return (
    (previous !== undefined && previous.end <= span.start && span.start - previous.end <= before) ||
    (next !== undefined && next.start - span.end <= after)
  );
}

// Characters a written phone number consists of: a window is stretched over them so no number is cut.
const NUMBER_CHAR = /[\d ()+\-.]/;

/**
 * Windows of `text` reaching `reach` characters to either side of each keyword, merged when they
 * touch, and stretched over number characters at both ends so a window never cuts a number in two.
 */
export function keywordWindows(text: string, keywords: readonly Span[], reach: number): Span[] {
  const windows: Span[] = [];
  for (const k of keywords) {
    let start = Math.max(0, k.start - reach);
    let end = Math.min(text.length, k.end + reach);
    while (start > 0 && NUMBER_CHAR.test(text.charAt(start - 1))) start--;
    while (end < text.length && NUMBER_CHAR.test(text.charAt(end))) end++;
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last.end)
      windows[windows.length - 1] = { start: last.start, end: Math.max(last.end, end) };
    else windows.push({ start, end });
  }
  return windows;
}
