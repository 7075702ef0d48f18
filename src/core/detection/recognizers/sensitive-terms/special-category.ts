/**
 * Other special categories (GDPR art. 9: union membership, religion, ethnicity, sexual orientation,
 * political opinion, biometric and genetic data) and criminal-offence data (art. 10). Ambiguous words need
 * a person in the sentence; organisations need a membership phrase ("medlem i IF Metall"). HR context is
 * not enough here: "frånvaro" says nothing about a faith.
 */
import type { Recognizer } from '../../types';
import { maskNone } from '../../mask';
import { findTerms } from './term-finder';

/** Art. 9 / art. 10 words; reasons like `term:fackmedlem`, `art9:trade-union`, `anchor:medlem i`. */
export const specialCategoryRecognizer: Recognizer = {
  id: 'special-category-term',
  category: 'special-category',
  find: (doc) => findTerms(doc, 'special-category', { hrAnchors: false }),
  mask: maskNone,
};
