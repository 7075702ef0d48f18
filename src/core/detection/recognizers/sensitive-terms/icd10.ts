/**
 * ICD-10 diagnosis codes (WHO ICD-10; "F43.2", "J45") as supporting evidence: a code is reported only when
 * a health word stands in the same sentence ("Diagnos F32.1 enligt läkarintyget"); "Rum E10" is not.
 *
 * Which codes exist is an injected look-up, so the 19,634-code list stays out of the on-send bundle:
 * - default (`icd10Recognizer`): `isIcd10Shape`, the code's shape and chapter letters only;
 * - full list: `createIcd10Recognizer(icd10Lookup)` with `icd10Lookup` from `./icd10-lookup`
 *   (the CLI and the task pane), which validates against the real code list.
 */
import type { Candidate, Recognizer, ScanDocument, Span } from '../../types';
import { maskNone } from '../../mask';
import { sentenceAround } from './anchors';
import { inIdentifier } from './code-shapes';
import { aboutWhom } from './about-whom';
import { sensesOf, termMatches } from './term-index';

/** Whether a code such as `F43.2`, `F432` or `J45` exists. */
export type Icd10Lookup = (code: string) => boolean;

/**
 * Shape check used when no code list is injected: letter + two digits + optional `.d` or `.dd`.
 * U is left out: WHO reserves it for provisional and emergency codes (U07.1 COVID-19 needs the full list).
 */
export function isIcd10Shape(code: string): boolean {
  return /^[A-TV-Z][0-9]{2}(?:\.?[0-9]{1,2})?$/.test(code);
}

/** A code between non-word characters: letter, two digits, optionally a dot and one or two digits. */
const CODE =
  /(?:^|[^0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])([A-Z][0-9]{2}(?:\.[0-9]{1,2})?)(?![0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])/g;

/** An example marker right before the code: "(e.g. F03 dementia -> …)", "t.ex. F32". */
const EXAMPLE_BEFORE =
  /(?:e\.g\.|for example|for instance|such as|t\.ex\.|till exempel|f\.eks\.|for eksempel|fx|esim\.|esimerkiksi)[\s:(]*$/;

/** Base score of a known code next to a health word. */
const CODE_SCORE = 0.75;

/**
 * A health word of the sentence written as a word, not as part of an identifier: `diagnosis_code = "Z00.0"`
 * in a unit test names a field, no one's diagnosis.
 */
function healthWordIn(doc: ScanDocument, sentence: Span): string | undefined {
  // The term index's matches, walked once per document for every term recognizer: any health word, whatever
  // its tier or language.
  for (const m of termMatches(doc)) {
    if (m.start < sentence.start || m.end > sentence.end) continue;
    if (sensesOf(m.word).some((s) => s.owner === 'health') && !inIdentifier(doc.text, m)) return m.word;
  }
  return undefined;
}

function* findCodes(doc: ScanDocument, isKnownCode: Icd10Lookup): Generator<Candidate> {
  CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE.exec(doc.text)) !== null) {
    const code = m[1] ?? '';
    if (!isKnownCode(code)) continue;
    const start = m.index + m[0].length - code.length;
    const hit = { start, end: start + code.length };
    const sentence = sentenceAround(doc.text, hit);
    const word = healthWordIn(doc, sentence);
    if (word === undefined) continue;
    const term = word.charAt(word.length - 1) === '*' ? word.slice(0, -1) : word;
    // Like a health word, a code is someone's only when the text is about someone: an example in a design
    // note or a code in a rule is no one's (shown as `info`).
    const example = EXAMPLE_BEFORE.test(doc.lower.slice(Math.max(0, start - 20), start));
    const about = example ? undefined : aboutWhom(doc, sentence, hit);
    const noOne = example ? 'example' : about?.kind === 'no-one' ? about.why : undefined;
    yield {
      start: hit.start,
      end: hit.end,
      pattern: 'icd10-code',
      score: CODE_SCORE,
      reasons: [`icd10:${code}`, `term:${term}`].concat(noOne === undefined ? [] : [`no-one:${noOne}`]),
      ...(noOne === undefined ? {} : { severity: 'info' as const }),
    };
  }
}

/** An ICD-10 recognizer validating codes with `isKnownCode` (e.g. the full list from `./icd10-lookup`). */
export function createIcd10Recognizer(isKnownCode: Icd10Lookup): Recognizer {
  return {
    id: 'icd10-code',
    category: 'health',
    find: (doc) => findCodes(doc, isKnownCode),
    mask: maskNone,
  };
}

/** The default, bundle-friendly ICD-10 recognizer (shape check only). */
export const icd10Recognizer: Recognizer = createIcd10Recognizer(isIcd10Shape);
