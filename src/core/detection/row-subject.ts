/**
 * What a table row is about, read from its header: a row of a meter list, a SIM inventory or a property
 * register ("Fastighet | Adress | Mätar-ID | Gateway", "iccid,imei,gateway,site") describes things, and an
 * address in it is a site's, not a person's. A row with a person column (name, tenant, phone) is about
 * people, whatever else it lists.
 */
import type { ScanDocument, Span } from './types';
import { lineEnd, lineStart } from './sentences';
import { headerAbove } from './text-table';
import { cellsWithin } from './cells';
import { compileTrieShaped, firstWord } from './words';
import { isFirstName } from './recognizers/sensitive-terms/first-names';

// prettier-ignore
const THING_HEADERS: readonly string[] = [
  'gateway*', 'mätare', 'mätar-id', 'mätarid', 'mätarnummer', 'meter*', 'måler*', 'mittari*', 'sensor*',
  'anturi*', 'enhet*', 'device*', 'laite*', 'imei', 'iccid', 'sim', 'serial*', 'serienummer', 'serienr',
  'sarjanumero', 'fastighet*', 'property', 'eiendom*', 'ejendom*', 'kiinteistö*', 'site', 'sites',
  'anläggning*', 'anlegg*', 'anlæg*', 'station', 'nätstation', 'substation', 'asset*', 'apn', 'mac',
  'firmware', 'installation*', 'asennus*',
];

// prettier-ignore
const PERSON_HEADERS: readonly string[] = [
  'namn', 'name', 'navn', 'nimi', 'hyresgäst*', 'tenant*', 'leietaker*', 'lejer*', 'vuokralai*', 'boende',
  'beboer*', 'resident*', 'asukas*', 'kontakt*', 'contact*', 'yhteyshenkilö*', 'personnummer', 'pnr',
  'telefon*', 'phone', 'mobil*', 'puhelin*', 'e-post', 'email', 'e-mail', 'sähköposti', 'kund', 'customer',
  'asiakas', 'förare', 'driver',
];

const THINGS = compileTrieShaped(THING_HEADERS);
const PEOPLE = compileTrieShaped(PERSON_HEADERS);

/** The headers of the row holding `span`: its cells' column headers, or a typed table's header line. */
function rowHeaders(doc: ScanDocument, span: Span): readonly string[] | undefined {
  if (doc.cells.length > 0) {
    const start = lineStart(doc.text, span.start);
    const end = lineEnd(doc.text, span.start);
    const headers = cellsWithin(doc.cells, start, end).map((c) => c.header);
    if (headers.length > 0) return headers;
  }
  return headerAbove(doc.text, span.start);
}

/**
 * The column headers of the row holding `span`, lower case and joined, when none of them names a person;
 * '' for a row of people or text outside a table.
 */
export function headersOfRowWithoutPeople(doc: ScanDocument, span: Span): string {
  const line = (rowHeaders(doc, span) ?? []).join(' | ').toLowerCase();
  return firstWord(PEOPLE, line) === undefined ? line : '';
}

/** Columns set apart by a tab or a run of spaces: a row written as text ("Man 16/3  FitLab, Algade 9  ICCID …"). */
const SPACED_COLUMNS = /\t|\S {2,}\S/;

/**
 * Whether the row holding `span` is about things (devices, sites, properties), with no person column: by its
 * headers, or, in a row without headers, by a thing's word in the row itself ("router ICCID 8945…" beside
 * the address) and no person's word or first name.
 */
export function isRowAboutThings(doc: ScanDocument, span: Span): boolean {
  if (firstWord(THINGS, headersOfRowWithoutPeople(doc, span)) !== undefined) return true;
  const start = lineStart(doc.text, span.start);
  const end = lineEnd(doc.text, span.end);
  const row = doc.lower.slice(start, span.start) + ' ' + doc.lower.slice(span.end, end);
  const line = doc.text.slice(start, end);
  return (
    SPACED_COLUMNS.test(line) &&
    firstWord(THINGS, row) !== undefined &&
    firstWord(PEOPLE, row) === undefined &&
    !(line.match(/[A-ZÅÄÖÆØ][a-zåäöæø]+/g) ?? []).some(isFirstName)
  );
}
