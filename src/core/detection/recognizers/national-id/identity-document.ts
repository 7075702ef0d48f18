/**
 * Passport, national ID card and driving licence numbers (SE passport and ID card: 8 digits;
 * DK passport: 9 digits; FI passport: 2 letters + 7 digits; NO passport: 1-2 letters + 6-7 digits;
 * driving licences: 8-9 digits). These numbers carry no check digit and look like any other number,
 * so a document keyword is REQUIRED: the shape alone scores 0.15. A passport's machine-readable zone is
 * the exception: its second line carries the number and the birth date with ICAO check digits, five of
 * them, so it counts on its own (`identifiers/icao/mrz.ts`); so does a British driving licence number, built
 * from the holder's surname, birth date and initials (`identifiers/gb/driving-licence.ts`).
 */
import type { Recognizer, Validation } from '../../types';
import { isRealDate } from '../../../identifiers/checksums/dates';
import { bounded, SIX_DIGITS } from './boundaries';
import { NON_PERSONAL_NUMBER_RULES } from './context-words';
import { maskAllButTwo } from './mask-tail';
import { outcomeOf } from '../../../identifiers/types';
import * as mrz from '../../../identifiers/icao/mrz';
import * as gbDrivingLicence from '../../../identifiers/gb/driving-licence';

/** Document words that may sit a sentence away ("passnummer: ..."). */
const DOCUMENT_WORDS: readonly string[] = [
  'passnummer',
  'passnr',
  'pass nr',
  'pass-nr',
  'passnumret',
  // Norwegian and Danish definite forms: "passnummeret mitt", "pasnummeret"
  'passnummeret',
  'pasnummeret',
  'passet',
  'passport',
  'passport no',
  'passport number',
  'passport nr',
  'pasnummer',
  'pasnr',
  'pas nr',
  'pas-nr',
  'passinummero',
  'passi',
  // Finnish inflects the noun: "Passin numero", "passissa", "passin voimassaolo".
  'passin',
  'passin numero',
  'passin nro',
  'passissa',
  'passista',
  'körkort',
  'körkortet',
  'körkortsnummer',
  'körkortsnr',
  'driving licence',
  'driving license',
  "driver's license",
  "driver's licence",
  'drivers license',
  'drivers licence',
  'driver license',
  'licence no',
  'license no',
  'førerkort',
  'førerkortnummer',
  'førerkortet',
  'kørekortet',
  'ajokortin',
  'henkilökortin',
  'legitimasjon',
  'kørekort',
  'kørekortnummer',
  'ajokortti',
  'id-kort',
  'id-kortet',
  'id-kortsnummer',
  'nationellt id-kort',
  'nationellt identitetskort',
  'national id card',
  'identity card',
  'id card',
  'id card no',
  'id-card',
  'henkilökortti',
  'legitimation',
  'id-handling',
  'identitetshandling',
  'dokumentnummer',
  'document number',
  'document no',
  // the travel industry's abbreviation, in column headers above all: "PP#", "PP no."
  'pp#',
  'pp no',
  'pp nr',
  'passinumero',
  'passinro',
  // residence permit cards carry a document number too
  'uppehållstillstånd*',
  'uppehållskort*',
  'oppholdstillatelse*',
  'oppholdskort*',
  'opholdstilladelse*',
  'opholdskort*',
  'oleskelulupa*',
  'oleskelukortti*',
  'residence permit*',
  'residence card',
];

/** A passport MRZ's second line; no document number is this long. */
const MRZ_LENGTH = 44;
/** A British driving licence number's length; no other document pattern matches sixteen characters. */
const GB_LICENCE_LENGTH = 16;

/** "pass" alone is also an English verb: it only counts right before the number ("pass 12345678"). */
const BARE_PASS: readonly string[] = ['pass', 'pas'];

/**
 * No check digit exists, so the result is `weak`; eight digits that form a date (YYYYMMDD, an expiry
 * date written next to the number) are rejected.
 */
export function validateDocumentNumber(value: string): Validation {
  if (value.length === MRZ_LENGTH) return outcomeOf(mrz.validate(value));
  if (value.length === GB_LICENCE_LENGTH) return outcomeOf(gbDrivingLicence.validate(value));
  if (
    /^\d{8}$/.test(value) &&
    isRealDate(Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8)))
  ) {
    const year = Number(value.slice(0, 4));
    if (year >= 1900 && year <= 2099) return { kind: 'invalid', reason: 'component' };
  }
  return { kind: 'weak', check: 'format', why: 'no-check-digit' };
}

export const identityDocument: Recognizer = {
  id: 'identity-document',
  category: 'identity-document',
  patterns: [
    // 1-2 letters + 6-8 digits (FI, NO and many foreign passports), or 8-9 digits (SE, DK)
    {
      name: 'document-number',
      regex: bounded('[A-Z]{1,2}\\d{6,8}|\\d{8,9}'),
      score: 0.05,
      group: 1,
      trigger: SIX_DIGITS,
    },
    // A passport's MRZ second line: checked by its own five check digits, so no keyword is needed.
    {
      name: 'passport-mrz',
      regex: /(?:^|[^A-Z0-9<])([A-Z0-9<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7}[A-Z0-9<]{14}[\d<]\d)(?![A-Z0-9<])/g,
      score: 0.45,
      group: 1,
    },
    // A British driving licence number: built from the holder's name and birth date (checked), so it
    // counts without a document word, like the MRZ.
    {
      name: 'gb-driving-licence',
      regex: /(?:^|[^A-Za-z0-9])([A-Z][A-Z9]{4}\d{6}[A-Z][A-Z9]\d[A-Z0-9]{2})(?![A-Za-z0-9])/g,
      score: 0.45,
      group: 1,
    },
  ],
  validate: validateDocumentNumber,
  context: [
    { words: DOCUMENT_WORDS, amount: 0.4, before: 80, after: 30 },
    { words: BARE_PASS, amount: 0.4, before: 7, after: 0 },
  ],
  negativeContext: NON_PERSONAL_NUMBER_RULES,
  mask: maskAllButTwo,
};
