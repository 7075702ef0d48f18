/**
 * Dictionary recognizers: health data, other GDPR art. 9 / art. 10 data, person names.
 *
 * The default ICD-10 recognizer checks a code's shape only. For the full code list (CLI, task pane) import
 * `icd10Lookup` from `./icd10-lookup` directly — it is kept out of this index on purpose so the 1.9 MB
 * list never reaches the on-send bundle — and use `createIcd10Recognizer(icd10Lookup)`.
 */
import type { Recognizer } from '../../types';
import { healthTermRecognizer } from './health';
import { icd10Recognizer } from './icd10';
import { specialCategoryRecognizer } from './special-category';
import { personNameRecognizer } from './person-name';

export const SENSITIVE_TERM_RECOGNIZERS: readonly Recognizer[] = [
  healthTermRecognizer,
  icd10Recognizer,
  specialCategoryRecognizer,
  personNameRecognizer,
];

export { healthTermRecognizer } from './health';
export { createIcd10Recognizer, icd10Recognizer, isIcd10Shape } from './icd10';
export type { Icd10Lookup } from './icd10';
export { specialCategoryRecognizer } from './special-category';
export { personNameRecognizer } from './person-name';
export { FIRST_NAME_COUNT, isFirstName } from './first-names';
export { sentenceAround } from './anchors';
