/** Ordinary personal data: contact details, addresses, financial numbers, cards, network, vehicles, dates of birth. */
import type { Recognizer } from '../../types';
import { paymentCard } from './payment-card';
import { ibanRecognizer } from './iban';
import { bankAccount } from './bank-account';
import { noBankAccount } from './no-bank-account';
import { dkBankAccount } from './dk-bank-account';
import { bankgiro } from './bankgiro';
import { plusgiro } from './plusgiro';
import { phoneRecognizer } from './phone';
import type { PhoneNumbers } from './phone-numbers';
import { emailAddress } from './email';
import { postalAddress } from './postal-address';
import { ipAddress } from './ip-address';
import { licensePlate } from './license-plate';
import { dateOfBirth } from './date-of-birth';

export {
  paymentCard,
  ibanRecognizer,
  bankAccount,
  noBankAccount,
  dkBankAccount,
  bankgiro,
  plusgiro,
  phoneRecognizer,
  emailAddress,
  postalAddress,
  ipAddress,
  licensePlate,
  dateOfBirth,
};
export type { PhoneMatch, PhoneNumberReader, PhoneNumbers, PhonePlan } from './phone-numbers';
export { maskEmail } from './email';
export { rejectPhone } from './phone-filters';
export type { PhoneRejection } from './phone-filters';

/**
 * In tie order: the more specific financial numbers first, suppressors before what they suppress. Phone
 * numbers are read with `phones` (phone-numbers.ts).
 */
export const personalDataRecognizers = (phones: PhoneNumbers): readonly Recognizer[] => [
  bankgiro,
  plusgiro,
  paymentCard,
  ibanRecognizer,
  bankAccount,
  noBankAccount,
  dkBankAccount,
  phoneRecognizer(phones),
  emailAddress,
  postalAddress,
  ipAddress,
  licensePlate,
  dateOfBirth,
];
