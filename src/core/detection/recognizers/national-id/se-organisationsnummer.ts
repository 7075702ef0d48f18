/**
 * Swedish organisationsnummer (Bolagsverket / Skatteverket SKV 709): `NNNNNN-NNNC`, the "month"
 * digits 3-4 are 20 or more (so it can never be a personnummer), Luhn over the ten digits; written
 * `16NNNNNNNNNN` in some registers and `SE NNNNNNNNNN 01` as a VAT number.
 *
 * A SUPPRESSOR: a company number is not personal data, so it is never reported and removes any
 * overlapping finding (a phone or account recognizer that read it as something else). Sole traders'
 * numbers are personnummer (month ≤ 12) and are not matched here.
 */
import type { Recognizer, Validation } from '../../types';
import { outcomeOf } from '../../../identifiers/types';
import * as organisationsnummer from '../../../identifiers/se/organisationsnummer';
import { bounded, SIX_DIGITS } from './boundaries';
import { keywordRule } from './context-words';

/** Separated, 16-prefixed or VAT shapes are unmistakably written as company numbers. */
const SCORE_WRITTEN_AS_COMPANY = 0.5;
/** A bare ten-digit run needs an org-number word nearby before it suppresses anything. */
const SCORE_COMPACT = 0.1;

const ORG_WORDS: readonly string[] = [
  'organisationsnummer',
  'organisationsnumret',
  'org.nr',
  'org nr',
  'orgnr',
  'org-nr',
  'org. nr',
  'org.nummer',
  'företag',
  'bolag',
  'momsreg',
  'momsregistreringsnummer',
  'vat',
  'vat no',
  'company registration number',
  'registration number',
  'corporate id',
  'organisation number',
  'organization number',
];

/** Digits 3-4 ≥ 20, first digit not 0 (phone numbers start with 0), Luhn over the last ten digits. */
export function validateOrganisationsnummer(value: string): Validation {
  return outcomeOf(organisationsnummer.validate(value));
}

export const seOrganisationsnummer: Recognizer = {
  id: 'se-organisationsnummer',
  category: 'national-id',
  role: 'suppressor',
  patterns: [
    // NNNNNN-NNNC, optionally 16-prefixed
    {
      name: 'se-org-separated',
      regex: bounded('(?:16)?\\d{6}-\\d{4}'),
      score: SCORE_WRITTEN_AS_COMPANY,
      group: 1,
      trigger: SIX_DIGITS,
    },
    // 16NNNNNNNNNN
    {
      name: 'se-org-16-prefixed',
      regex: bounded('16\\d{10}'),
      score: SCORE_WRITTEN_AS_COMPANY,
      group: 1,
      trigger: SIX_DIGITS,
    },
    // SE + ten digits + 01 (VAT number)
    {
      name: 'se-vat-number',
      regex: /(?:^|[^\dA-Za-z])(SE ?\d{10} ?01)(?![\dA-Za-z])/g,
      score: SCORE_WRITTEN_AS_COMPANY,
      group: 1,
      trigger: SIX_DIGITS,
    },
    // NNNNNNNNNN with an org-number word nearby
    {
      name: 'se-org-compact',
      regex: bounded('\\d{10}'),
      score: SCORE_COMPACT,
      group: 1,
      trigger: SIX_DIGITS,
    },
  ],
  validate: (value) => validateOrganisationsnummer(value),
  context: [keywordRule(ORG_WORDS, 0.35)],
};
