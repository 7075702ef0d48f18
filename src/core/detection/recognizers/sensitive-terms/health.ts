/**
 * Health data (GDPR art. 9): Swedish, English, Norwegian and Danish health words in tiers (term-index.ts).
 * Weak words ("feber", "doctor") count with a person or HR context in the same sentence. The term is shown
 * as it is: a diagnosis word is not an identifier, the person around it is.
 */
import type { Recognizer } from '../../types';
import { maskNone } from '../../mask';
import { findTerms } from './term-finder';

/** Health words with tiered evidence; reasons like `term:sjukskriven`, `tier:strong`, `anchor:hon`. */
export const healthTermRecognizer: Recognizer = {
  id: 'health-term',
  category: 'health',
  find: (doc) => findTerms(doc, 'health', { hrAnchors: true }),
  mask: maskNone,
};
