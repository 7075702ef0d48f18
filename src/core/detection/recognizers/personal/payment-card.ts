/**
 * Payment card numbers (PAN): 13-19 digits, grouped or not, passing Luhn and issued by a known network
 * for that length. Well-known test PANs (4111 1111 1111 1111) ARE reported: a card number written in a
 * mail is bad practice whatever card it is, and a scanner cannot tell a test card from a live one.
 */
import type { Candidate, PatternTrigger, Recognizer, ScanDocument, Span, Validation } from '../../types';
import { outcomeOf } from '../../../identifiers/types';
import * as card from '../../../identifiers/payment-card';
import { lineEnd, lineStart } from '../../sentences';
import { execInWindows, linesAround, linesAroundNumberBreaks } from '../../windows';
import { BUSINESS_NUMBER_WORDS } from './context-words';

const CARD_WORDS: readonly string[] = [
  'kort',
  'kortet',
  'kortnummer',
  'kortnr',
  'kortuppgifter',
  'betalkort',
  'kreditkort',
  'kontokort',
  'card',
  'card number',
  'credit card',
  'debit card',
  'cvv',
  'cvc',
  'cvv2',
  'exp',
  'expiry',
  'utgångsdatum',
  'giltigt t.o.m',
  'visa',
  'mastercard',
  'amex',
  'american express',
  'maestro',
  'pan',
  'korttinumero',
];

/** Words for other long numbers (phones are left out: a card next to "tel" is still a card). */
const NOT_CARD_WORDS: readonly string[] = BUSINESS_NUMBER_WORDS.concat([
  'iban',
  'bankgiro',
  'plusgiro',
  'clearing',
  'tracking number',
  'kolli',
  // Payment-provider sandbox cards in developers' mail ("use the test card 4242 4242 4242 4242").
  'test card',
  'testkort',
  'testkortet',
  'sandbox',
  'sandlådan',
  'dummy card',
]);

// Every card number starts with a group of at least four digits; a card is at most 19 digits plus three
// separators long, so 24 characters around such a group hold the whole number. A match begins with the
// one boundary character before that group (or at the group, at the start of the text): `lead` 1.
const FOUR_DIGITS: PatternTrigger = { kind: 'digit-run', length: 4, reach: 24, lead: 1 };

// Digit boundaries without lookbehind: the leading group consumes one non-digit (or the start).
const LEFT = '(?:^|[^\\d\\-])';
// Not followed by another digit, nor by one more same-shaped group (a longer grouped run).
const RIGHT = '(?![\\d]|[ \\-]\\d{4})';

/**
 * A grouped card number wrapped over two lines ("4532 0145 6781" / "2342  exp 09/28"): groups of four on the
 * first line, the rest in groups on the next. 13-19 digits in all; the validator reads them without the break.
 */
const LINE_BROKEN =
  /(?:^|[^\d-])(\d{4}(?: \d{4}){1,3}[ \t]*\r?\n[ \t]*(?:>[ \t]*)?\d{1,4}(?: \d{1,4}){0,3})(?![\d-])/g;

function* lineBrokenCards(doc: ScanDocument): Generator<Candidate> {
  for (const m of execInWindows(doc.text, LINE_BROKEN, linesAroundNumberBreaks(doc.text))) {
    const value = m[1] ?? '';
    const digits = value.replace(/\D/g, '').length;
    if (digits < 13 || digits > 19) continue;
    const start = m.index + m[0].length - value.length;
    yield { start, end: start + value.length, pattern: 'card-line-broken', score: 0.4 };
  }
}

/**
 * A card number given in two parts ("first 8 digits 45715828, the rest 20736930"; "Visa 41471226" /
 * "08888143"): two parts of 4-12 digits (grouped or not) with words or up to two line breaks between them,
 * 13-19 digits in all, on lines that name a card — or, when the lines name the parts ("første del: 4571
 * 1539" / "anden del:" / "1232 7101", "resten 23627"), under a paragraph that does. A gap of separators
 * alone is a grouped number, which the patterns read; groups of four wrapped over a line are
 * `lineBrokenCards`. The words between are part of the finding; the validator reads the digits alone.
 */
const SPLIT_PART = '\\d{4,12}(?:[ -]\\d{2,8}){0,3}';
const SPLIT_GAP = '[^\\d\\n]{0,30}?(?:\\r?\\n[ \\t>]*[^\\d\\n]{0,30}?){0,2}';
/** Words that name the parts of a number given in pieces. */
const PART_WORD =
  /(?:^|[^a-z\u00C0-\u024F])(?:del|delen|part|half|rest|resten|osa|loput|first|første|första|second|anden|andra|andre)(?![a-z\u00C0-\u024F])/i;
/** How many lines above named parts the card may be named ("…kortet er spærret. Så brug mit eget:"). */
const PARTS_REACH_LINES = 6;
// The second part is looked ahead at, not consumed: it may be the first part of another split number.
const SPLIT = new RegExp(`(?:^|[^\\d-])(${SPLIT_PART})(${SPLIT_GAP})(?=(${SPLIT_PART})(?![\\d-]))`, 'g');
const CARD_WORD =
  /\b(?:card|cards|kort|kortet|kortnummer|kortti|korttinumero|kortin|visa|mastercard|amex)\b/i;
const GROUPS_OF_FOUR = /^\d{4}(?: \d{4}){1,3}$/;

/**
 * Where a card word is: the two parts are sought on its line, the line before and the lines after it, as
 * far as parts named as parts may stand under it.
 */
function cardWordLines(text: string): Span[] {
  const re = new RegExp(CARD_WORD.source, 'gi');
  const windows: Span[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const around = linesAround(text, [m.index])[0] as Span;
    let end = around.end;
    for (let n = 1; n < PARTS_REACH_LINES && end < text.length; n++) end = lineEnd(text, end + 1);
    const last = windows[windows.length - 1];
    if (last !== undefined && around.start <= last.end)
      windows[windows.length - 1] = { start: last.start, end };
    else windows.push({ start: around.start, end });
  }
  return windows;
}

/** Whether a card is named on the parts' lines, or above parts that are named as parts. */
function namesCard(text: string, start: number, end: number): boolean {
  const lines = text.slice(lineStart(text, start), lineEnd(text, end));
  if (CARD_WORD.test(lines)) return true;
  if (!PART_WORD.test(lines)) return false;
  let from = lineStart(text, start);
  for (let n = 0; n < PARTS_REACH_LINES && from > 0; n++) from = lineStart(text, from - 1);
  return CARD_WORD.test(text.slice(from, start));
}

function* splitCards(doc: ScanDocument): Generator<Candidate> {
  const text = doc.text;
  for (const m of execInWindows(text, SPLIT, cardWordLines(text))) {
    const [first, gap, second] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    const wordsBetween = /[a-z\u00C0-\u024F]/i.test(gap);
    if (!wordsBetween && (gap.indexOf('\n') < 0 || GROUPS_OF_FOUR.test(first))) continue;
    const digits = (first + second).replace(/\D/g, '').length;
    if (digits < 13 || digits > 19) continue;
    const start = m.index + m[0].length - first.length - gap.length;
    const end = start + first.length + gap.length + second.length;
    if (!namesCard(text, start, end)) continue;
    yield { start, end, pattern: 'card-in-two-parts', score: 0.4 };
  }
}

function* cardsOutsidePatterns(doc: ScanDocument): Generator<Candidate> {
  yield* lineBrokenCards(doc);
  yield* splitCards(doc);
}

// Every pattern's value is digits with separators (and a quote mark in a wrapped reply); a card in two parts
// has words between its parts: the check reads the digits alone.
function validateCard(value: string): Validation {
  return outcomeOf(card.validate(value.replace(/\D/g, '')));
}

/** Payment card numbers (Luhn + network range), `financial-card`, sensitive. */
export const paymentCard: Recognizer = {
  id: 'payment-card',
  category: 'financial-card',
  patterns: [
    // 4-4-4-4 with an optional 1-3 digit tail (19-digit PANs), one separator kind throughout.
    {
      name: 'grouped-4',
      regex: new RegExp(`${LEFT}(\\d{4}([ \\-])\\d{4}\\2\\d{4}\\2\\d{4}(?:\\2\\d{1,3})?)${RIGHT}`, 'g'),
      score: 0.4,
      group: 1,
      trigger: FOUR_DIGITS,
    },
    // The same 16 digits when a short group follows: an expiry or a CVV ("4581 5430 9016 3211 08/29",
    // "… 3211 123") reads as a 19-digit tail above and fails the checksum; this reading is the card.
    {
      name: 'grouped-4-then-short',
      regex: new RegExp(`${LEFT}(\\d{4}([ \\-])\\d{4}\\2\\d{4}\\2\\d{4})(?=\\2\\d{1,3}(?!\\d))`, 'g'),
      score: 0.4,
      group: 1,
      trigger: FOUR_DIGITS,
    },
    // American Express 4-6-5 and Diners 4-6-4.
    {
      name: 'grouped-4-6',
      regex: new RegExp(`${LEFT}(\\d{4}[ \\-]\\d{6}[ \\-]\\d{4,5})${RIGHT}`, 'g'),
      score: 0.4,
      group: 1,
      trigger: FOUR_DIGITS,
    },
    // An unbroken run: weaker (IMEI, ICCID, order numbers are runs too).
    { name: 'digits', regex: /(?:^|[^\d-])(\d{13,19})(?!\d)/g, score: 0.3, group: 1, trigger: FOUR_DIGITS },
  ],
  find: cardsOutsidePatterns,
  validate: validateCard,
  context: [
    { words: CARD_WORDS, amount: 0.2, before: 60, after: 40 },
    // Its expiry or security code right after it: a card, whatever invoice the sentence is about ("asking
    // about the invoice (4532 0196 2733 5168 exp 09/28)").
    { words: ['exp', 'expiry', 'cvv', 'cvc'], amount: 0.4, before: 0, after: 12 },
  ],
  // Negative words count only before the number: "4111 1111 1111 1111, order 12" is still a card.
  negativeContext: [{ words: NOT_CARD_WORDS, amount: -0.6, before: 40, after: 0 }],
};
