/** Civil registration numbers of the Nordic countries, identity documents, and the company numbers that look like them (suppressors). */
import type { Recognizer } from '../../types';

export const NATIONAL_ID_RECOGNIZERS: readonly Recognizer[] = [];
