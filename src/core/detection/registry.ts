/** The default set of recognizers, in the order their findings win ties. */
import type { Recognizer } from './types';
import { NATIONAL_ID_RECOGNIZERS } from './recognizers/national-id';
import { SENSITIVE_TERM_RECOGNIZERS } from './recognizers/sensitive-terms';
import { PERSONAL_DATA_RECOGNIZERS } from './recognizers/personal';

export const DEFAULT_RECOGNIZERS: readonly Recognizer[] = [
  ...NATIONAL_ID_RECOGNIZERS,
  ...SENSITIVE_TERM_RECOGNIZERS,
  ...PERSONAL_DATA_RECOGNIZERS,
];
