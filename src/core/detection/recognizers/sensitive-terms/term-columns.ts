/**
 * What a term's column says of it: a union or party in a membership column on a row naming a person is
 * that person's; a weak word in a column of organisations is part of a company's name.
 */
import type { ScanDocument, Span } from '../../types';
import { columnHeaderAt } from '../../context';
import { namedOnLine } from '../../person-line';

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
