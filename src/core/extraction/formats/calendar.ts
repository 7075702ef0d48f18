/**
 * Calendar invitations (.ics) and contact cards (.vcf) as labelled lines: for events the summary,
 * description, location, organiser and attendees; for contacts every field except binary ones.
 */
import { decodeText } from '../decode-text';
import { htmlToText } from '../html-to-text';
import type { ExtractContext } from '../limits';
import { TextBuilder } from '../text-builder';
import type { ExtractionResult } from '../types';
import type { ContentLine } from './content-lines';
import { decodeQuotedPrintable, parseContentLines, unescapeValue } from './content-lines';

/** iCalendar properties carrying free text or people, with their labels. */
const EVENT_FIELDS: { readonly [name: string]: string } = {
  SUMMARY: 'Summary',
  DESCRIPTION: 'Description',
  LOCATION: 'Location',
  COMMENT: 'Comment',
  CONTACT: 'Contact',
  ORGANIZER: 'Organizer',
  ATTENDEE: 'Attendee',
  CATEGORIES: 'Categories',
  RESOURCES: 'Resources',
  'X-ALT-DESC': 'Description',
  'X-WR-CALNAME': 'Calendar',
  DTSTART: 'Start',
};

/** vCard properties that are structure or binary, not personal data in text form. */
const CARD_SKIPPED = /^(?:BEGIN|END|VERSION|PHOTO|LOGO|SOUND|KEY|PRODID|REV|UID)$/;

const CARD_LABELS: { readonly [name: string]: string } = {
  FN: 'Name',
  N: 'Structured name',
  TEL: 'Phone',
  EMAIL: 'Email',
  ADR: 'Address',
  BDAY: 'Birthday',
  NOTE: 'Note',
  ORG: 'Organization',
  TITLE: 'Title',
  ROLE: 'Role',
  URL: 'URL',
  NICKNAME: 'Nickname',
  ANNIVERSARY: 'Anniversary',
  GENDER: 'Gender',
  LABEL: 'Address label',
};

function valueOf(line: ContentLine): string {
  const raw = /QUOTED-PRINTABLE/i.test(line.params.ENCODING ?? '')
    ? decodeQuotedPrintable(line.value)
    : line.value;
  return unescapeValue(raw);
}

/** Attendee/organiser: the display name and the address without `mailto:`. */
function person(line: ContentLine): string {
  const address = line.value.replace(/^mailto:/i, '');
  return line.params.CN ? `${line.params.CN} <${address}>` : address;
}

/** Extracts an iCalendar file. */
export function extractIcs(bytes: Uint8Array, ctx: ExtractContext): ExtractionResult {
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  for (const line of parseContentLines(decodeText(bytes))) {
    if (line.name === 'BEGIN' && /^(?:VEVENT|VTODO|VJOURNAL)$/i.test(line.value)) builder.append('\n');
    const label = EVENT_FIELDS[line.name];
    if (label === undefined) continue;
    let value: string;
    if (line.name === 'ATTENDEE' || line.name === 'ORGANIZER') value = person(line);
    else if (line.name === 'X-ALT-DESC' || /html/i.test(line.params.FMTTYPE ?? ''))
      value = htmlToText(valueOf(line));
    else value = valueOf(line);
    builder.append(`${label}: ${value}\n`);
  }
  return builder.result();
}

/** Extracts a vCard file (one or more cards). */
export function extractVcf(bytes: Uint8Array, ctx: ExtractContext): ExtractionResult {
  const builder = new TextBuilder(ctx.limits.maxTextChars);
  for (const line of parseContentLines(decodeText(bytes))) {
    if (line.name === 'BEGIN') builder.append('\n');
    if (CARD_SKIPPED.test(line.name) || /^b$|^base64$/i.test(line.params.ENCODING ?? '')) continue;
    const label = CARD_LABELS[line.name] ?? line.name;
    // Structured values (N, ADR) separate components with `;`; shown as spaces.
    const value = valueOf(line).replace(/;+/g, ' ').trim();
    if (value) builder.append(`${label}: ${value}\n`);
  }
  return builder.result();
}
