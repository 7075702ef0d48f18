/**
 * A body split into lines with their offsets, the quote prefix (`> `) stripped for matching.
 */

export interface Line {
  readonly start: number;
  /** End of the line's text, before the line break. */
  readonly end: number;
  /** The text with any leading `>` quote markers and surrounding blanks removed. */
  readonly text: string;
  /** The line starts with `>` (mail-client quoting). */
  readonly quoted: boolean;
}

/** Leading blanks and `>` markers, as in `> > text`. */
const QUOTE_PREFIX = /^[ \t]*(?:>[ \t>]*)?/;

/** Splits `text` at `\n` (a preceding `\r` is left out of the line). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const next = end + 1;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const raw = text.slice(start, lineEnd);
    const prefix = QUOTE_PREFIX.exec(raw);
    const prefixText = prefix ? prefix[0] : '';
    lines.push({
      start,
      end: lineEnd,
      text: raw.slice(prefixText.length).trim(),
      quoted: prefixText.indexOf('>') >= 0,
    });
    start = next;
  }
  return lines;
}
