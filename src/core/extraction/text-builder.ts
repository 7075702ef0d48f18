/**
 * Accumulates extracted text (and table cells) up to the text cap, remembering why it stopped early.
 */
import type { TableCell } from '../detection/types';
import type { ExtractedMember, ExtractionResult, TextRegion } from './types';

/** `Omit` applied to each member of a union, so the discriminant survives. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Collects text, cells, members and the first reason something was left out. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly cellList: TableCell[] = [];
  private readonly memberList: ExtractedMember[] = [];
  private readonly regionList: TextRegion[] = [];
  private reason: string | undefined;

  constructor(private readonly maxChars: number) {}

  /** Characters collected so far. */
  get size(): number {
    return this.length;
  }

  /** True once the text cap was hit (further appends are ignored). */
  get full(): boolean {
    return this.length >= this.maxChars;
  }

  /** Appends text, cutting at the cap. Returns the offset where it starts, or -1 when nothing fit. */
  append(text: string): number {
    if (text.length === 0) return this.length;
    const room = this.maxChars - this.length;
    if (room <= 0) {
      this.stop(`text cap of ${this.maxChars} characters reached`);
      return -1;
    }
    const start = this.length;
    const piece = text.length > room ? text.slice(0, room) : text;
    if (piece.length < text.length) this.stop(`text cap of ${this.maxChars} characters reached`);
    this.parts.push(piece);
    this.length += piece.length;
    return start;
  }

  /** Appends a table cell's text and records it with its column header (only if it fit whole). */
  cell(text: string, header: string): void {
    const start = this.append(text);
    if (start >= 0 && start + text.length <= this.length && text.length > 0) {
      this.cellList.push({ start, end: start + text.length, header });
    }
  }

  /**
   * Appends a table row (cells joined by tabs, then a line break) and, given `headers`, records each
   * non-empty cell with `headers[column]` ('' past the header row). A row that fits is added as one
   * string, which keeps the pieces (and the final join) few; one that meets the cap goes cell by cell.
   */
  row(values: readonly string[], headers: readonly string[] | undefined): void {
    const line = values.join('\t') + '\n';
    let at = this.length;
    if (at + line.length > this.maxChars) {
      for (let column = 0; column < values.length; column++) {
        if (column > 0) this.append('\t');
        const value = values[column] as string;
        if (headers) this.cell(value, headers[column] ?? '');
        else this.append(value);
      }
      this.append('\n');
      return;
    }
    this.parts.push(line);
    this.length += line.length;
    for (let column = 0; column < values.length; column++) {
      const length = (values[column] as string).length;
      if (headers && length > 0)
        this.cellList.push({ start: at, end: at + length, header: headers[column] ?? '' });
      at += length + 1;
    }
  }

  /**
   * Records where the text appended since `start` is in the file (a page, a slide, a row); nothing when
   * none of it fit. Callers append in file order, so regions stay sorted.
   */
  region(start: number, place: DistributiveOmit<TextRegion, 'start' | 'end'>): void {
    if (start < 0 || this.length <= start) return;
    this.regionList.push({ ...place, start, end: this.length });
  }

  /**
   * {@link region} for a table row, built as one literal: a sheet has a region per row, and spreading
   * a `place` object for each one cost more than the rest of the row's bookkeeping.
   */
  rowRegion(start: number, row: number, sheet: string | undefined): void {
    if (start < 0 || this.length <= start) return;
    const end = this.length;
    this.regionList.push(
      sheet === undefined ? { kind: 'row', row, start, end } : { kind: 'row', row, sheet, start, end },
    );
  }

  /** Records a nested file's result. */
  member(member: ExtractedMember): void {
    this.memberList.push(member);
  }

  /** Marks the output partial; the first reason wins (it is the cause, later ones are consequences). */
  stop(reason: string): void {
    if (this.reason === undefined) this.reason = reason;
  }

  /** `text` when complete, `partial` with the reason otherwise. */
  result(): ExtractionResult {
    const text = this.parts.join('');
    const extras = {
      ...(this.cellList.length > 0 ? { cells: this.cellList } : {}),
      ...(this.memberList.length > 0 ? { members: this.memberList } : {}),
      ...(this.regionList.length > 0 ? { regions: this.regionList } : {}),
    };
    return this.reason === undefined
      ? { kind: 'text', text, ...extras }
      : { kind: 'partial', reason: this.reason, text, ...extras };
  }
}

/**
 * A plain text result, cut at `maxChars` (partial) when longer. `lines`: the text is the file's own, so
 * line and column of a finding are the file's (plain text files, not text made from markup).
 */
export function textResult(text: string, maxChars: number, lines = false): ExtractionResult {
  const builder = new TextBuilder(maxChars);
  builder.append(text);
  if (lines) builder.region(0, { kind: 'lines' });
  return builder.result();
}
