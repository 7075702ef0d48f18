/** Ordinary personal data: contact details, addresses, financial numbers, cards, network, vehicles, dates of birth. */
import type { Recognizer } from '../../types';

export const PERSONAL_DATA_RECOGNIZERS: readonly Recognizer[] = [];
