/**
 * One worksheet's rows, read straight off the sheet XML (ECMA-376 Part 1, 18.3.1 `sheetData`). The walk
 * follows {@link scanXmlRanges} tag for tag; the cell shapes Excel writes by the million —
 * `<c …><v>…</v></c>` and `<c …><is><t>…</t></is></c>` — are recognised as a whole and read in place,
 * which is what the tag-by-tag reading of them would do, without a search and a dispatch per tag.
 */
import { decodeEntities } from '../entities';
import type { TableWriter } from '../table';
import type { MarkupStep, XmlOutcome } from '../xml';
import { scanMarkupAt, TAGS_PER_STOP_CHECK } from '../xml';
import type { XmlScanner } from '../xml-stream';
import type { CellAttributes, SheetContext } from './xlsx-cell';
import { cellText, MAX_COLUMNS, readCellAttributesAt } from './xlsx-cell';

/**
 * `<row r="7">` → 7; a row without a usable `r` follows the previous one (ECMA-376 Part 1, 18.3.1.73).
 * Read by character codes: this runs once per row, and a regular expression's match array per row was
 * garbage on sheets of a million rows.
 */
export function rowNumberOf(attrs: string, previous: number): number {
  return rowNumberAt(attrs, 0, attrs.length, previous);
}

/** {@link rowNumberOf} on the attribute text `xml[from, to)`, read in place. */
function rowNumberAt(xml: string, from: number, to: number, previous: number): number {
  for (let at = xml.indexOf('r', from); at >= 0 && at < to; at = xml.indexOf('r', at + 1)) {
    // An unprefixed `r` attribute: white space (or the start) before, then optional space, `=`, a quote.
    if (at > from && xml.charCodeAt(at - 1) > 32) continue;
    let q = at + 1;
    while (q < to && xml.charCodeAt(q) <= 32) q++;
    if (q >= to || xml.charCodeAt(q) !== 61 /* = */) continue;
    q++;
    while (q < to && xml.charCodeAt(q) <= 32) q++;
    const quote = q < to ? xml.charCodeAt(q) : -1;
    if (quote !== 34 && quote !== 39) continue;
    let value = 0;
    let digits = 0;
    for (q++; q < to && digits <= 7; q++, digits++) {
      const digit = xml.charCodeAt(q) - 48;
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (digits >= 1 && digits <= 7 && q < to && xml.charCodeAt(q) === quote) return value;
  }
  return previous + 1;
}

/** {@link TAGS_PER_STOP_CHECK}, read once here rather than once per cell. */
const STOP_CHECK_EVERY = TAGS_PER_STOP_CHECK;

/** Which element's character data is being collected: none, a stored value `<v>`, inline text `<t>`. */
const NONE = 0;
const VALUE = 1;
const INLINE = 2;

/** True when `xml[from, to)` is the one-letter name `code`. */
function isLetter(xml: string, from: number, to: number, code: number): boolean {
  return to - from === 1 && xml.charCodeAt(from) === code;
}

/** True when `xml[from, to)` holds a `&` (a character reference to decode). */
function hasReference(xml: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (xml.charCodeAt(at) === 38) return true;
  return false;
}

/** A shared-string index written as plain digits (what Excel writes); -1 for anything else. */
function plainIndex(xml: string, from: number, to: number): number {
  if (to - from < 1 || to - from > 9) return -1;
  let value = 0;
  for (let at = from; at < to; at++) {
    const digit = xml.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * True when `xml` has `what` at `at`, wholly before `n`. Compared by character codes: `startsWith` with a
 * position was the largest cost of reading a cell whole.
 */
function hasAt(xml: string, at: number, n: number, what: string): boolean {
  if (at + what.length > n) return false;
  for (let i = 0; i < what.length; i++) if (xml.charCodeAt(at + i) !== what.charCodeAt(i)) return false;
  return true;
}

/**
 * Reads one sheet into `writer`. Names, attributes and values are read in place from the scanned text: a
 * stored value is cut out only when it is shown (a shared-string index never is), and one row array is
 * reused for the whole sheet (the writer copies what it keeps).
 */
export class SheetReader implements XmlScanner {
  private readonly row: string[] = [];
  private rowNumber = 0;
  private readonly cell: CellAttributes = { column: 0, type: 'number', style: 0 };
  // The stored value: its first raw piece kept in place (`pieces` 1), or decoded and joined (`pieces` 2).
  private pieces = 0;
  private rawXml = '';
  private rawFrom = 0;
  private rawTo = 0;
  private value = '';
  private inline = '';
  private capture = NONE;
  private readonly step: MarkupStep = { at: 0, tags: 0, outcome: undefined };

  constructor(
    private readonly writer: TableWriter,
    private readonly sheet: SheetContext,
  ) {}

  /** Walks `xml[0, to)` as {@link scanXmlRanges} would, calling this reader's handlers. */
  scanRanges(xml: string, to: number, shouldStop?: () => boolean): XmlOutcome {
    const n = Math.min(to, xml.length);
    const step = this.step;
    step.at = 0;
    step.tags = 0;
    step.outcome = undefined;
    while (step.at < n) {
      let lt = xml.indexOf('<', step.at);
      if (lt >= n) lt = -1;
      if (lt < 0) {
        this.textAt(xml, step.at, n, false);
        break;
      }
      if (lt > step.at) this.textAt(xml, step.at, lt, false);
      // A whole common cell, unless its tags would reach a stop check (those go tag by tag).
      const end = xml.charCodeAt(lt + 1) === 99 /* c */ ? this.wholeCellAt(xml, lt, n, step.tags) : 0;
      if (end > 0) step.at = end;
      else scanMarkupAt(xml, lt, n, step, this, shouldStop, false);
      if (step.outcome !== undefined) return step.outcome;
    }
    return 'complete';
  }

  /**
   * Reads `<c …><v>text</v></c>` or `<c …><is><t>text</t></is></c>` starting at `lt` whole, as the tag
   * walk would; returns where it ends, or 0 (nothing read) for any other shape.
   */
  private wholeCellAt(xml: string, lt: number, n: number, tags: number): number {
    const space = xml.charCodeAt(lt + 2);
    if (space !== 32 && space !== 62 /* > */) return 0;
    const gt = xml.indexOf('>', lt + 2);
    if (gt < 0 || gt >= n || xml.charCodeAt(gt - 1) === 47 /* / */) return 0;
    const stored = hasAt(xml, gt + 1, n, '<v>');
    if (!stored && !hasAt(xml, gt + 1, n, '<is><t>')) return 0;
    const from = gt + (stored ? 4 : 8);
    const textEnd = xml.indexOf('<', from);
    if (textEnd < 0) return 0;
    const close = stored ? '</v></c>' : '</t></is></c>';
    if (!hasAt(xml, textEnd, n, close)) return 0;
    const count = stored ? 4 : 6;
    if ((tags % STOP_CHECK_EVERY) + count >= STOP_CHECK_EVERY) return 0;
    this.step.tags = tags + count;
    this.openCell(xml, lt + 2, gt);
    this.capture = stored ? VALUE : INLINE;
    if (textEnd > from) this.textAt(xml, from, textEnd, false);
    this.capture = NONE;
    this.closeCell();
    return textEnd + close.length;
  }

  private openCell(xml: string, attrsFrom: number, attrsEnd: number): void {
    const { cell } = this;
    readCellAttributesAt(xml, attrsFrom, attrsEnd, cell);
    cell.column = Math.max(cell.column, this.row.length);
    this.pieces = 0;
    this.value = '';
    this.inline = '';
  }

  private storedValue(): string {
    return this.pieces === 1 ? this.rawXml.slice(this.rawFrom, this.rawTo) : this.value;
  }

  private closeCell(): void {
    const { cell, row, sheet } = this;
    let text: string;
    if (cell.type === 'shared' && this.pieces === 1) {
      const index = plainIndex(this.rawXml, this.rawFrom, this.rawTo);
      text =
        index >= 0 ? (sheet.shared[index] ?? '') : cellText(cell, this.storedValue(), this.inline, sheet);
    } else text = cellText(cell, this.storedValue(), this.inline, sheet);
    if (text !== '' && cell.column < MAX_COLUMNS) {
      while (row.length < cell.column) row.push('');
      row[cell.column] = text;
    }
  }

  openAt(xml: string, from: number, to: number, attrsEnd: number, selfClosing: boolean): void {
    if (isLetter(xml, from, to, 99 /* c */)) {
      this.openCell(xml, to, attrsEnd);
      if (selfClosing) this.capture = NONE;
    } else if (to - from === 3 && hasAt(xml, from, to, 'row')) {
      this.row.length = 0;
      this.rowNumber = rowNumberAt(xml, to, attrsEnd, this.rowNumber);
    } else if (!selfClosing && isLetter(xml, from, to, 118 /* v */)) this.capture = VALUE;
    else if (!selfClosing && isLetter(xml, from, to, 116 /* t */)) this.capture = INLINE;
    if (selfClosing) this.closeAt(xml, from, to);
  }

  closeAt(xml: string, from: number, to: number): void {
    if (isLetter(xml, from, to, 118 /* v */) || isLetter(xml, from, to, 116 /* t */)) this.capture = NONE;
    else if (isLetter(xml, from, to, 99 /* c */)) this.closeCell();
    else if (to - from === 3 && hasAt(xml, from, to, 'row') && this.row.length > 0)
      this.writer.row(this.row, this.rowNumber);
  }

  textAt(xml: string, from: number, to: number, cdata: boolean): void {
    if (this.capture === VALUE) {
      if (this.pieces === 0 && !cdata && !hasReference(xml, from, to)) {
        this.rawXml = xml;
        this.rawFrom = from;
        this.rawTo = to;
        this.pieces = 1;
        return;
      }
      const piece = xml.slice(from, to);
      this.value = this.storedValue() + (cdata ? piece : decodeEntities(piece));
      this.pieces = 2;
    } else if (this.capture === INLINE) {
      const piece = xml.slice(from, to);
      this.inline += cdata ? piece : decodeEntities(piece);
    }
  }
}
