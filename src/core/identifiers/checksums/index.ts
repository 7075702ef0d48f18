/**
 * Checksum modules: one tiny module per standard, each with `compact`, `validate` (typed reason) and
 * `isValid`. Import the module itself (`import * as luhn from '.../checksums/luhn'`) or these names.
 */
export type { ChecksumFailure, ChecksumResult } from './result';
export { compactNumber, invalid, isDigits, valid } from './result';
export {
  checkDigit as luhnCheckDigit,
  isValid as isLuhnValid,
  luhnRemainder,
  validate as validateLuhn,
} from './luhn';
export {
  DK_CPR_WEIGHTS,
  NO_K1_WEIGHTS,
  NO_K2_WEIGHTS,
  isValid as isMod11Valid,
  norwegianCheckRule,
  validate as validateMod11,
  validateNorwegianCheckDigits,
  weightedRemainder,
} from './mod11';
export { isValid as isMod97Valid, mod97Remainder, validate as validateMod97 } from './mod97';
export { ibanLength, isValid as isIbanValid, validate as validateIban } from './iban';
export {
  ageOn,
  compareDates,
  daysInMonth,
  isFuture,
  isLeapYear,
  isRealDate,
  swedishFullYear,
  twoDigits,
} from './dates';
