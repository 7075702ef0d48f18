/**
 * Where a sensitive term sits in the document's structure, for about-whom.ts: the lead-in line a list item
 * or table row hangs from, the column a header term speaks of, a term that heads a list of people, and a
 * form's field left to fill in.
 */
import type { ScanDocument, Span } from '../../types';
import { leadIn, listBelow, listLeadIn } from '../../sentences';
import { namedOnLine } from '../../person-line';
import { columnUnder, isFigureColumn } from '../../text-table';
import { lineOf } from './code-shapes';

/**
 * Whether the term's line is a lead-in over a list of people: at least half of the listed lines (and at
 * least one) start with a first name. A heading over rules or items ("- Anmäl till chefen", "- Nuts")
 * names no one.
 */
export function leadsListOfPeople(doc: ScanDocument, hit: Span): boolean {
  const items = listBelow(doc.text, hit.end);
  if (items.length === 0) return false;
  let people = 0;
  for (const item of items) if (namedOnLine(doc, item, { leadOnly: 'item' })) people++;
  return people > 0 && people * 2 >= items.length;
}

/**
 * A row of a text table: cells between pipes (`| 2026-11-19 | Fall | … |`), split by tabs, or aligned by runs of
 * spaces (`Metformin 500 mg    1x2   08:00`).
 */
const TABLE_ROW = /^[ \t]*\|.*\|.*\||^[^\t\n]*\t[^\t\n]*\t| {3,}\S.*\S {3,}\S/;

/**
 * The line a term's list item or table row hangs from: a bulleted item's lead-in, or for a table row the
 * colon line over the table ("Larmhistorik för Sven-Erik Bergqvist:" over its rows), as a column header
 * is for a cell. Other plain lines under a colon line ("Anna skrev:" over a quote) keep to themselves.
 */
export function leadOf(doc: ScanDocument, hit: Span): Span | undefined {
  const bulleted = leadIn(doc.text, hit.start);
  if (bulleted !== undefined) return bulleted;
  return TABLE_ROW.test(lineOf(doc.text, hit.start)) ? listLeadIn(doc.text, hit.start) : undefined;
}

/**
 * A term heading a column of a text table speaks of what stands under it: of the people its rows name, or
 * of no one when the column holds figures for offices, teams or quarters ("Sjukfrånvaro" over "2,8 %").
 */
export function aboutColumn(doc: ScanDocument, hit: Span): 'people' | 'figures' | undefined {
  const column = columnUnder(doc.text, hit);
  if (column === undefined) return undefined;
  // `leadOnly: 'line'` reads the line up to the span: the whole row.
  if (column.rows.some((row) => namedOnLine(doc, { start: row.end, end: row.end }, { leadOnly: 'line' })))
    return 'people';
  return isFigureColumn(column) ? 'figures' : undefined;
}

/**
 * Right after a field's label (at most two more words and a colon: "perintä:"), empty boxes or a blank to
 * write on: "[ ] kyllä [ ] ei", "☐", "_____".
 */
const BLANK = /^(?:[^\s:]*[ \t]+){0,2}?[^\s:]*:?[ \t]*(?:\[ \]|☐|_{3,})/;
/** A box ticked: the field is filled in ("[x] nötter"). */
const TICKED = /\[[xX]\]|☒/;
/** How much of the line after the term is read: a field's boxes stand right after its label. */
const FIELD_REACH = 80;

/**
 * Whether the term labels a form's field left to fill in: its line goes on with empty boxes or a blank
 * ("Ammattiliiton jäsenmaksun perintä: [ ] kyllä [ ] ei", "Allergier: ________"). What it asks for is not
 * there yet.
 */
export function isBlankField(doc: ScanDocument, hit: Span): boolean {
  const rest = doc.text.slice(hit.end, hit.end + FIELD_REACH).split('\n')[0] ?? '';
  return BLANK.test(rest) && !TICKED.test(rest);
}
