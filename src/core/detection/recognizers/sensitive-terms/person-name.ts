/**
 * Person names: a known first name written with a capital, followed by a surname (optionally a middle name
 * or initial): "Erik Larsson", "Anna Maria Lindqvist", "John F. Kennedy". A first name alone counts after
 * a greeting or signature ("Hej Anna", "Dear John", "Hälsningar,\nErik"). Names are `info`: colleagues'
 * names in ordinary mail are not a warning; the draft analysis escalates lists of names. A name listed
 * under a sensitive lead-in ("Allergier:" / "- Anna Berg") is `personal`: the data is about that person.
 */
import type { Candidate, Recognizer, ScanDocument } from '../../types';
import { CAPITALISED } from './anchors';
import { isAmbiguousName, isFirstName, isProductName, looksLikeSurname } from './first-names';
import { isCompanyOrPlaceWord, isStopWord } from './name-stops';
import { greetingBefore, isSentenceStart } from './name-context';
import { startsSubjectLine } from './list-subjects';

/** The next name part after one space: a capitalised word or an initial ("F."). Sticky: only at lastIndex. */
const NEXT_PART =
  / ([A-Z\u00C0-\u00D6\u00D8-\u00DE](?:[a-z\u00DF-\u00F6\u00F8-\u00FF]+(?:-[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF]+)?|\.))(?![0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])/y;

/** Scores: a full name is fairly sure; a first name alone after "Hej" a little less. */
const FULL_NAME_SCORE = 0.7;
const GREETING_BONUS = 0.1;
const FIRST_NAME_ALONE_SCORE = 0.6;

/** Any word after one space (for "AB", "gate"). Sticky. */
const NEXT_WORD = / ([^\s,.;:!?()]+)/y;

function nextPart(text: string, at: number): string | undefined {
  NEXT_PART.lastIndex = at;
  const m = NEXT_PART.exec(text);
  return m === null ? undefined : m[1];
}

function nextWord(text: string, at: number): string | undefined {
  NEXT_WORD.lastIndex = at;
  const m = NEXT_WORD.exec(text);
  return m === null ? undefined : m[1];
}

const TITLE_CASE = /^[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF]/;

/**
 * The end of the name whose first name ends at `end`: a surname, or a middle name/initial and a surname
 * ("Anna Maria Lindqvist", "John F. Kennedy"). Undefined when the words make it something else: a
 * company ("Erik Larsson AB"), a street ("Karl Johans gate"), a compound place ("Beskow-skolan") or a
 * Title Case run ("Carl Zeiss Meditec", "Max Sensors Per Gateway").
 */
function nameEnd(text: string, end: number): { end: number; surname: string } | undefined {
  const second = nextPart(text, end);
  if (second === undefined || isStopWord(second)) return undefined;
  const initial = second.charAt(second.length - 1) === '.';
  let last = end + 1 + second.length;
  let surname = second;
  const third = nextPart(text, last);
  if (
    third !== undefined &&
    third.charAt(third.length - 1) !== '.' &&
    !isStopWord(third) &&
    (initial || isFirstName(second))
  ) {
    last += 1 + third.length;
    surname = third;
  } else if (initial) {
    return undefined;
  }
  if (text.charAt(last) === '-') return undefined;
  const after = nextWord(text, last);
  if (after === undefined || after === 'Jr' || after === 'Sr') return { end: last, surname };
  if (isStopWord(after) || isCompanyOrPlaceWord(after) || TITLE_CASE.test(after)) return undefined;
  return { end: last, surname };
}

/** A letter of a word, either case. */
const LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/;

/** Whether the word before `start` is capitalised in the middle of a sentence (a Title Case heading). */
function inTitleCaseRun(text: string, start: number): boolean {
  if (text.charAt(start - 1) !== ' ') return false;
  let i = start - 1;
  while (i > 0 && LETTER.test(text.charAt(i - 1))) i--;
  return i < start - 1 && TITLE_CASE.test(text.slice(i, start - 1)) && !isSentenceStart(text, i);
}

function* findNames(doc: ScanDocument): Generator<Candidate> {
  const text = doc.text;
  const re = new RegExp(CAPITALISED.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const first = m[1] ?? '';
    if (!isFirstName(first)) continue;
    const start = m.index + m[0].length - first.length;
    const firstEnd = start + first.length;
    const greeting = greetingBefore(doc, start);
    if (greeting === undefined && inTitleCaseRun(text, start)) continue;
    const full = nameEnd(text, firstEnd);
    const ambiguous = isAmbiguousName(first);
    const reasons: string[] = [];
    if (greeting !== undefined) reasons.push(`anchor:${greeting}`);
    if (full !== undefined) {
      const sure =
        !ambiguous ||
        greeting !== undefined ||
        looksLikeSurname(full.surname) ||
        (!isProductName(first) && !isSentenceStart(text, start));
      if (!sure) continue;
      reasons.unshift('name:first-last');
      // Listed under "Allergier:" or "Sjukskrivna:": this person is whom the sensitive data is about.
      const subject = startsSubjectLine(doc, start);
      if (subject) reasons.push('subject:list');
      yield {
        start,
        end: full.end,
        pattern: 'first-last',
        score: FULL_NAME_SCORE + (greeting === undefined ? 0 : GREETING_BONUS),
        reasons,
        ...(subject ? { severity: 'personal' as const } : {}),
      };
      re.lastIndex = full.end;
    } else if (greeting !== undefined) {
      reasons.unshift('name:first');
      yield { start, end: firstEnd, pattern: 'greeting', score: FIRST_NAME_ALONE_SCORE, reasons };
    }
  }
}

/** Person names from first-name lists, capitalisation and greeting/signature anchors (severity `info`). */
export const personNameRecognizer: Recognizer = {
  id: 'person-name',
  category: 'name',
  severity: 'info',
  find: (doc) => findNames(doc),
};
