/**
 * Phone numbers, read by the `PhoneNumbers` the recognizer is built with (phone-numbers.ts: libphonenumber-js
 * in the task pane and the CLI, a small Nordic finder on send).
 * Pass 1 reads the text as Swedish (which also finds every `+CC`/`00CC` number of a known country);
 * numbers in Norwegian, Danish or Finnish national format are looked for only next to a phone word,
 * because 8-digit groups (`22 33 44 55`) are everywhere in business mail. Candidates then go through
 * `rejectPhone` (dates, personnummer, prices, glued tokens, bare digit runs without a phone word).
 * The PTS fictional range 070-1740605..699 is a real-shaped mobile number and is reported.
 */
import type { Candidate, Recognizer, ScanDocument, Span } from '../../types';
import { findWords, firstWord } from '../../words';
import { compileTrieDictionary } from '../sensitive-terms/trie-dictionary';
import { cellAt } from '../../cells';
import { namedOnLine } from '../../person-line';
import { groupedNumbersOnPersonLines } from './phone-person-lines';
import { PHONE_WORDS } from './context-words';
import { BUSINESS_LINE_WORDS, NOT_PHONE_WORDS, QUESTIONS_LABELS, SHARED_LINE_WORDS } from './phone-words';
import { COMPANY_FORMS } from './company-holder';
import { needsKeyword, rejectPhone } from './phone-filters';
import type { PhoneMatch, PhoneNumberReader, PhoneNumbers, PhonePlan } from './phone-numbers';
import { finnishPhoneWordBefore, otherPlans } from './phone-region';
import { SpanSet, keywordNear, keywordWindows } from './phone-spans';

const PHONE_DICTIONARY = compileTrieDictionary(PHONE_WORDS);
/** How far (characters) a phone word may be from the number it introduces: "Tel (växel): …". */
const KEYWORD_BEFORE = 40;
const KEYWORD_AFTER = 15;
/**
 * Swedish reading first; the others only near a phone word (`otherPlans`: Norwegian and Danish in the order
 * the text's language suggests, the US and the UK ("(312) 555-0176", "020 7946 0018"), Finland last: its
 * plan is the most permissive). A `+` code elsewhere is read by `internationalNumbers`. An undialled number
 * (no `+`, no trunk 0) that fits the Swedish plan is Swedish only when no other plan reads it: Swedes write
 * the 0.
 */
/** A phone number in a known plan is a confident shape; a bare `+CC` run of an unknown plan is not. */
const PLAN_SCORE = 0.6;
const UNKNOWN_PLAN_SCORE = 0.3;
// Swedish numbers are written with the trunk 0 (`070…`, `(08)…`) or internationally (`+46`, `0046`);
// without either, a digit group is only a phone number next to a phone word.
const DIALLED = /^(?:\+|\(?0)/;
const LINE = { leadOnly: 'line' } as const; // a line that opens with a first name (person-line.ts)
// `+` and 8-15 digits with spaces/dashes, for calling codes outside the metadata subset. One class: linear.
// Sticky: tried only where a `+` is (found with indexOf), not at every position of the text.
const INTERNATIONAL_AT = /\+[1-9][\d -]{6,18}\d(?![\d-])/y;

/** `+` numbers not preceded by a digit or another `+`. */
function* internationalNumbers(text: string): Generator<Span> {
  for (let at = text.indexOf('+'); at >= 0; at = text.indexOf('+', at + 1)) {
    const before = at > 0 ? text.charAt(at - 1) : '';
    if (before === '+' || (before >= '0' && before <= '9')) continue;
    INTERNATIONAL_AT.lastIndex = at;
    const m = INTERNATIONAL_AT.exec(text);
    if (m !== null) yield { start: at, end: at + m[0].length };
  }
}

/** Two or more spaces, or a tab: a column gap in a pasted table or a fixed-width list. */
const COLUMN_GAP = /[ \t]{2,}|\t/g;

/**
 * The slice with each column gap written as line breaks of the same length (offsets hold). libphonenumber
 * reads any run of spaces as a number's punctuation, so "070-552 18 34    3" (a phone, then the next
 * column) is one candidate to it and no number at all; a line break ends a candidate.
 */
function withColumnGaps(slice: string): string {
  return slice.indexOf('  ') < 0 && slice.indexOf('\t') < 0
    ? slice
    : slice.replace(COLUMN_GAP, (gap) => '\n'.repeat(gap.length));
}

function numbersIn(reader: PhoneNumberReader, slice: string, country: PhonePlan): PhoneMatch[] {
  return reader.numbersIn(withColumnGaps(slice), country);
}

/** A number of another Nordic plan is looked for this far around a phone word (number length included). */
const WINDOW_REACH = KEYWORD_BEFORE + 25;
// Where a Swedish reading can find a number: a run that starts like a dialled number (`+`, `0`, `(0`),
// or the surroundings of a phone word (undialled numbers need one). Reading only these windows keeps
// libphonenumber, the slowest step of a scan, off the text that cannot hold a phone number.
// The run must not continue a longer token (`4500123789`, `SN-4471-0923`): group 1 is the run. Single
// spaces only: two or more are a column gap in a pasted table ("070-552 18 34    3    Kungsbacka").
const DIALLED_RUN = /(?:^|[^0-9A-Za-z\-./])((?:\+|\(0|0)\d(?:[\d()\-./]| (?=[\d(])){4,24}\d)/g;

function swedishWindows(text: string, keywords: readonly Span[]): Span[] {
  const runs: Span[] = [];
  const re = new RegExp(DIALLED_RUN.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const run = m[1] ?? '';
    runs.push({ start: m.index + m[0].length - run.length, end: m.index + m[0].length });
  }
  const all = keywordWindows(text, runs, 3).concat(keywordWindows(text, keywords, WINDOW_REACH));
  all.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const w of all) {
    const last = merged[merged.length - 1];
    if (last !== undefined && w.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, w.end) };
    else merged.push(w);
  }
  return merged;
}

/**
 * The number without an extension: libphonenumber reads `;1985` (RFC 3966 `;ext=`), `x12` and `ext. 12`
 * as extensions, which in CSV rows and running text are the next field or word.
 */
function withoutExtension(text: string, span: Span): Span {
  const number = /^[+\d ()./-]*[\d)]/.exec(text.slice(span.start, span.end));
  return number === null ? span : { start: span.start, end: span.start + number[0].length };
}

/** A cell under a `Telefon` / `Mobile` column header counts as having a phone word next to it. */
function inPhoneColumn(doc: ScanDocument, span: Span): boolean {
  if (doc.cells.length === 0) return false;
  const cell = cellAt(doc.cells, span);
  return cell !== undefined && firstWord(PHONE_DICTIONARY, cell.header.toLowerCase()) !== undefined;
}

function* findPhones(phones: PhoneNumbers, doc: ScanDocument): Generator<Candidate> {
  const keywords = findWords(PHONE_DICTIONARY, doc.lower);
  const reader = phones();
  const taken = new SpanSet();
  const consider = (
    found: Span,
    country: string,
    score: number,
    keywordRequired: boolean,
    personLine = false,
  ): Candidate | null => {
    const span = withoutExtension(doc.text, found);
    if (taken.overlaps(span)) return null;
    const hasKeyword =
      personLine || keywordNear(keywords, span, KEYWORD_BEFORE, KEYWORD_AFTER) || inPhoneColumn(doc, span);
    if (keywordRequired && !hasKeyword) return null;
    const rejection = rejectPhone(doc, span, hasKeyword, country);
    // A service number is no one's in any plan: no other plan reads its digits again ("020-12" in Norway's).
    if (rejection === 'service') taken.add(span);
    if (rejection !== null) return null;
    taken.add(span);
    return {
      start: span.start,
      end: span.end,
      pattern: 'phone',
      score,
      reasons: [`country:${country.toLowerCase()}`].concat(personLine ? ['layout:person-line'] : []),
    };
  };
  const undialledSwedish: Span[] = [];
  for (const window of swedishWindows(doc.text, keywords)) {
    const slice = doc.text.slice(window.start, window.end);
    for (const found of numbersIn(reader, slice, 'SE')) {
      const span = { start: window.start + found.startsAt, end: window.start + found.endsAt };
      const dialled = DIALLED.test(doc.text.slice(span.start, span.end));
      if (!dialled && found.country === 'SE') {
        undialledSwedish.push(span);
        continue;
      }
      const finnish =
        found.country === 'SE' &&
        finnishPhoneWordBefore(doc.lower, span.start) &&
        numbersIn(reader, doc.text.slice(span.start, span.end), 'FI').length > 0;
      // A line that opens with a person's name says what a phone word would ("Anna Berg (fru) 0701234567"),
      // for a number that needs one.
      const listed =
        needsKeyword(doc.text.slice(span.start, span.end)) &&
        !keywordNear(keywords, span, KEYWORD_BEFORE, KEYWORD_AFTER) &&
        namedOnLine(doc, span, LINE);
      const country = finnish ? 'FI' : (found.country ?? 'other');
      const c = consider(span, country, PLAN_SCORE, !dialled, listed);
      if (c !== null) yield c;
    }
  }
  // Only the text around phone words is read as Norwegian, Danish or Finnish: three more full passes
  // over a large attachment would cost more than the whole rest of the scan.
  // A phone word whose number the Swedish reading already found needs no second look.
  const open = keywords.filter(
    (k) => !taken.overlaps({ start: k.start - KEYWORD_AFTER, end: k.end + KEYWORD_BEFORE }),
  );
  const plans = open.length > 0 ? otherPlans(doc.lower) : [];
  // A "+" number's groups are not numbers of their own: "+91 98765 43210" (a plan outside the metadata) is
  // read whole below, not as the Finnish number "98765".
  const international = [...internationalNumbers(doc.text)];
  const inInternational = (span: Span): boolean =>
    international.some((run) => span.start > run.start && span.end <= run.end);
  for (const window of keywordWindows(doc.text, open, WINDOW_REACH)) {
    const slice = doc.text.slice(window.start, window.end);
    // Every plan's reading, the longest first: "07700 900 958" is a whole British mobile, not the
    // Norwegian five-digit number its first group also is. Equal lengths keep the plans' order.
    const readings: { span: Span; country: string }[] = [];
    for (const country of plans)
      for (const found of numbersIn(reader, slice, country))
        readings.push({
          span: { start: window.start + found.startsAt, end: window.start + found.endsAt },
          country: found.country ?? country,
        });
    readings.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
    for (const { span, country } of readings) {
      if (inInternational(span)) continue;
      const c = consider(span, country, PLAN_SCORE, true);
      if (c !== null) yield c;
    }
  }
  // A guest or contact list ("Søren Dalgaard   Energinet   21 34 55 80"): the person's line is the phone word.
  const listed = groupedNumbersOnPersonLines(doc).filter((span) => !taken.overlaps(span));
  const listPlans = listed.length > 0 ? otherPlans(doc.lower) : [];
  for (const span of listed) {
    const slice = doc.text.slice(span.start, span.end);
    // The plan that reads the most of it: "07700 900387" is a British mobile, not Norway's "07700".
    let number: PhoneMatch | undefined;
    for (const country of listPlans)
      for (const found of numbersIn(reader, slice, country))
        if (number === undefined || found.endsAt - found.startsAt > number.endsAt - number.startsAt)
          number = found;
    if (number === undefined) continue;
    const found = { start: span.start + number.startsAt, end: span.start + number.endsAt };
    const c = consider(found, number.country ?? 'other', PLAN_SCORE, false, true);
    if (c !== null) yield c;
  }
  for (const span of undialledSwedish) {
    const c = consider(span, 'SE', PLAN_SCORE, true);
    if (c !== null) yield c;
  }
  for (const span of international) {
    const digits = doc.text.slice(span.start, span.end).replace(/\D/g, '').length;
    if (digits < 8 || digits > 15) continue;
    // On a line that starts with a person's first name (a guest or contact list: one person per line) the
    // layout says what a phone word would: as sure as a number of a known plan.
    const personal = namedOnLine(doc, span, LINE);
    const c = consider(span, 'other', personal ? PLAN_SCORE : UNKNOWN_PLAN_SCORE, !personal);
    if (c !== null) yield c;
  }
}

/** Phone numbers (`contact`, personal), read with `phones`. */
export const phoneRecognizer = (phones: PhoneNumbers): Recognizer => ({
  id: 'phone-number',
  category: 'contact',
  find: (doc) => findPhones(phones, doc),
  context: [{ words: PHONE_WORDS, amount: 0.3, before: KEYWORD_BEFORE, after: KEYWORD_AFTER }],
  negativeContext: [
    { words: NOT_PHONE_WORDS, amount: -0.6, before: 30, after: 0 },
    // a shared line named after the number: "tlf. 52 86 30 00 (sentralbord)", "+46 31 390 06 00 (växel)"
    { words: SHARED_LINE_WORDS, amount: -0.6, before: 0, after: 16 },
    { words: QUESTIONS_LABELS, amount: -0.6, before: 60, after: 0 },
    { words: BUSINESS_LINE_WORDS, amount: -0.6, before: 60, after: 0 },
    // a signature's line under a company's name with its legal form: "Kessler Gebäudetechnik GmbH\nTel. …"
    { words: COMPANY_FORMS, amount: -0.6, before: 12, after: 0 },
  ],
});
