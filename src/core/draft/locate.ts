/**
 * Positions people can act on: line and column in the subject, the body and plain-text files, sheet and
 * cell in spreadsheets and CSV, page in PDFs, slide in presentations. Read from the regions extraction
 * recorded; offsets stay as they are, and a position nobody knows is left out rather than guessed.
 */
import type { TextRegion } from '../extraction/types';
import { attachmentParts, type AttachmentText } from './parts';
import type { Draft, DraftFinding, DraftScan, Where } from './types';

/** The optional position fields of a `where`. */
export type Position = Pick<Where, 'line' | 'column' | 'sheet' | 'cell' | 'page' | 'slide'>;

/** The largest index whose `keyOf` is at most `offset`, or -1: binary search over sorted items. */
function lastAtOrBefore<T>(items: readonly T[], keyOf: (item: T) => number, offset: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (keyOf(items[middle] as T) <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Characters (code points, as an editor counts them) in `text[from, to)`. */
function characters(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // The second half of a surrogate pair is part of the character before it.
    if (code < 0xdc00 || code > 0xdfff || i === from) count++;
  }
  return count;
}

/** Line starts of one text, found once however many findings it has. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  at(offset: number): Position {
    const index = Math.max(
      0,
      lastAtOrBefore(this.starts, (start) => start, offset),
    );
    const start = this.starts[index] as number;
    return { line: index + 1, column: characters(this.text, start, offset) + 1 };
  }
}

/** Zero-based column index → letters (0 → A, 26 → AA). */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * A row's cells are its values joined by tabs, column A first (empty cells kept), so the tabs before the
 * offset give the column. A value that itself holds a tab would shift the columns after it.
 */
function cellIn(text: string, region: TextRegion & { kind: 'row' }, offset: number): Position {
  let column = 0;
  for (let i = text.indexOf('\t', region.start); i >= 0 && i < offset; i = text.indexOf('\t', i + 1))
    column++;
  const cell = `${columnName(column)}${region.row}`;
  return region.sheet !== undefined ? { sheet: region.sheet, cell } : { cell };
}

/** Finds positions in the texts of one draft, indexing each text at most once. */
class Locator {
  private readonly files = new Map<string, AttachmentText>();
  private readonly lines = new Map<string, LineIndex>();

  constructor(private readonly draft: Draft) {
    for (const file of attachmentParts(draft.attachments).texts)
      if (!this.files.has(file.name)) this.files.set(file.name, file);
  }

  position(where: Where): Position {
    if (where.part === 'subject') return this.lineIndex('subject', this.draft.subject).at(where.start);
    if (where.part === 'body') return this.lineIndex('body', this.draft.body).at(where.start);
    if (where.part !== 'attachment' || where.attachment === undefined) return {};
    const file = this.files.get(where.attachment);
    if (file?.regions === undefined) return {};
    const index = lastAtOrBefore(file.regions, (r) => r.start, where.start);
    const region = file.regions[index];
    if (region === undefined || where.start >= region.end) return {};
    switch (region.kind) {
      case 'lines':
        return this.lineIndex(`file:${file.name}`, file.text).at(where.start);
      case 'row':
        return cellIn(file.text, region, where.start);
      case 'page':
        return { page: region.page };
      case 'slide':
        return { slide: region.slide };
    }
  }

  private lineIndex(key: string, text: string): LineIndex {
    let index = this.lines.get(key);
    if (index === undefined) {
      index = new LineIndex(text);
      this.lines.set(key, index);
    }
    return index;
  }
}

/** The scan with each finding's `where` given the positions that are known. */
export function locateFindings(draft: Draft, scan: DraftScan): DraftScan {
  if (scan.findings.length === 0) return scan;
  const locator = new Locator(draft);
  const findings = scan.findings.map((f): DraftFinding => {
    const position = locator.position(f.where);
    return Object.keys(position).length === 0 ? f : { ...f, where: { ...f.where, ...position } };
  });
  return { ...scan, findings };
}
