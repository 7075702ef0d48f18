/**
 * CSV / TSV: delimiter detected from the first lines (`,` `;` tab `|`), RFC 4180 quoting, every value
 * recorded as a cell with its column header.
 */
import { decodeText } from '../decode-text';
import type { ExtractContext } from '../limits';
import { outOfTime, timeReason } from '../limits';
import { emitTable } from '../table';
import { TextBuilder } from '../text-builder';
import type { ExtractionResult } from '../types';

const DELIMITERS = [',', ';', '\t', '|'];
/** Lines looked at to pick the delimiter. */
const SAMPLE_LINES = 20;
/** The clock is read once per this many rows (reading it per row costs more than parsing). */
const ROWS_PER_CLOCK_CHECK = 2000;

/** Picks the delimiter that splits the sample lines into the most equal, largest number of fields. */
export function detectDelimiter(text: string): string {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r?\n/, SAMPLE_LINES)
    .filter((line) => line.length > 0);
  let best = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((count) => count === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

/** Splits CSV text into rows of unquoted values. Stops early (returning what it has) when `stop()` is true. */
export function parseCsv(
  text: string,
  delimiter: string,
  stop: () => boolean,
): { rows: string[][]; complete: boolean } {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let value: string;
    if (text.charAt(i) === '"') {
      let j = i + 1;
      const pieces: string[] = [];
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          pieces.push(text.slice(j));
          j = n;
          break;
        }
        pieces.push(text.slice(j, q));
        if (text.charAt(q + 1) === '"') {
          pieces.push('"');
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      value = pieces.join('');
      const next = nextSeparator(text, j, delimiter);
      value += text.slice(j, next);
      i = next;
    } else {
      const next = nextSeparator(text, i, delimiter);
      value = text.slice(i, next);
      i = next;
    }
    row.push(value.charAt(value.length - 1) === '\r' ? value.slice(0, -1) : value);
    if (i >= n || text.charAt(i) === '\n') {
      rows.push(row);
      row = [];
      if (rows.length % ROWS_PER_CLOCK_CHECK === 0 && stop()) return { rows, complete: false };
    }
    i++;
  }
  if (row.length > 0) rows.push(row);
  return { rows, complete: true };
}

/** Index of the next delimiter or line feed at or after `from` (a char loop: two `indexOf`s could rescan). */
function nextSeparator(text: string, from: number, delimiter: string): number {
  const d = delimiter.charCodeAt(0);
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === d || c === 10) return i;
  }
  return text.length;
}

/** Extracts a CSV/TSV file; `tab` forces the tab delimiter (.tsv). */
export function extractCsv(bytes: Uint8Array, ctx: ExtractContext, tab = false): ExtractionResult {
  const text = decodeText(bytes);
  const delimiter = tab ? '\t' : detectDelimiter(text);
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  const { rows, complete } = parseCsv(text, delimiter, () => outOfTime(ctx));
  emitTable(builder, rows);
  if (!complete) builder.stop(timeReason(ctx));
  return builder.result();
}
