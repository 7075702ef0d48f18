export type {
  AllowList,
  CalendarDate,
  Candidate,
  Category,
  ContextRule,
  Explanation,
  Finding,
  Pattern,
  PatternTrigger,
  Recognizer,
  ScanDocument,
  ScanEnv,
  ScanInput,
  ScanResult,
  Severity,
  Span,
  TableCell,
  Validation,
} from './types';
export { CATEGORY_SEVERITY } from './types';
export { ENTITY_TYPES, entityName, isEntityType } from './entity-types';
export type { EntityType, EntityTypeInfo } from './entity-types';
export { compactValue } from './analyze';
export { analyze, DEFAULT_RECOGNIZERS } from './default-recognizers';
export { createRecognizers } from './registry';
export type { RecognizerDeps } from './registry';
export { normalise, toOriginal, lowerSameLength } from './normalise';
export type { Normalised } from './normalise';
export { compileDictionary, findWords, firstWord, isWordChar, WORD_CHARS } from './words';
export type { Dictionary, WordMatch } from './words';
export { maskDefault, maskNone } from './mask';
export { cellAt } from './cells';
export {
  DEFAULT_MIN_SCORE,
  VALID_BOOST,
  WEAK_BOOST,
  MAX_CONTEXT_BOOST,
  MAX_CONTEXT_PENALTY,
} from './scoring';
