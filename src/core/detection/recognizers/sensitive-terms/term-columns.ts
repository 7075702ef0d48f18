/**
 * What a term's column says of it: a union or party in a membership column on a row naming a person is
 * that person's, and so is one in brackets after a name; a weak word in a column of organisations is part
 * of a company's name.
 */
import type { ScanDocument, Span } from '../../types';
import { columnHeaderAt } from '../../context';
import { namedOnLine } from '../../person-line';
import { isFirstName } from './first-names';

/** Column headers over the organisations people belong to: union, party, congregation. */
const MEMBERSHIP_HEADER =
  /förening|forening|förbund|forbund|fack|union|parti|party|liitto|medlemskap|medlemskab|membership|församling|menighet|menighed|seurakunta/;

/**
 * A union or party in a column about membership, on a row that names a person: "Lars Tveit   Tekna" under
 * "navn   forening" is Lars's membership, as "medlem i Tekna" would say it.
 */
export function membershipColumn(doc: ScanDocument, hit: Span): string | undefined {
  const header = columnHeaderAt(doc, hit);
  if (header === undefined || !MEMBERSHIP_HEADER.test(header.toLowerCase())) return undefined;
  return namedOnLine(doc, hit) ? 'column' : undefined;
}

/** A person's name and an opening bracket right before the organisation: "Fredrik Wallin (Unionen)". */
const NAME_BRACKET_BEFORE = /([A-ZÅÄÖÆØ][a-zåäöæøé]+) [A-ZÅÄÖÆØ][a-zåäöæøé-]+ \($/;

/**
 * A union or party in brackets right after a person's name, and only it there: "Arbetstagare: Fredrik
 * Wallin (Unionen), Mikael Forsberg (Sveriges Ingenjörer)" says whose union each is, as a column would.
 */
export function membershipInBrackets(doc: ScanDocument, hit: Span): string | undefined {
  const name = NAME_BRACKET_BEFORE.exec(doc.text.slice(Math.max(0, hit.start - 40), hit.start));
  return name !== null && isFirstName(name[1] ?? '') && doc.text.charAt(hit.end) === ')'
    ? 'brackets'
    : undefined;
}

/** Column headers over organisations' names: company, employer, customer, supplier. */
const ORGANISATION_HEADER =
  /organi[sz]ation|company|employer|customer|supplier|vendor|företag|arbetsgivare|kund|leverantör|firma|selskap|selskab|virksomhed|arbeidsgiver|arbejdsgiver|leverandør|yritys|työnantaja|asiakas|toimittaja/;

/**
 * Whether a weak word stands in a column of organisations: "CareLink Health" under "organisation" is a
 * company's name, not anyone's health. A strong word keeps its sense even there ("Capio Psykiatri" is
 * care someone receives).
 */
export function isInOrganisationColumn(doc: ScanDocument, hit: Span): boolean {
  const header = columnHeaderAt(doc, hit);
  return header !== undefined && ORGANISATION_HEADER.test(header.toLowerCase());
}
