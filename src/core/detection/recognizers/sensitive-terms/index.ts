/** Dictionary recognizers: health data, other GDPR art. 9 / art. 10 data, person names. */
import type { Recognizer } from '../../types';

export const SENSITIVE_TERM_RECOGNIZERS: readonly Recognizer[] = [];
