/** Ordinary personal data: contact details, addresses, financial numbers, cards, network, vehicles, dates of birth. */
import type { Recognizer } from '../../types';
import { paymentCard } from './payment-card';
import { ibanRecognizer } from './iban';
import { bankAccount } from './bank-account';
import { noBankAccount } from './no-bank-account';
import { dkBankAccount } from './dk-bank-account';
import { bankgiro } from './bankgiro';
import { plusgiro } from './plusgiro';
import { phoneNumber } from './phone';
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
  phoneNumber,
  emailAddress,
  postalAddress,
  ipAddress,
  licensePlate,
  dateOfBirth,
};
export { maskEmail } from './email';
export { rejectPhone } from './phone-filters';
export type { PhoneRejection } from './phone-filters';
export { PHONE_COUNTRIES, PHONE_METADATA } from './phone-metadata';

/** In tie order: the more specific financial numbers first, suppressors before what they suppress. */
export const PERSONAL_DATA_RECOGNIZERS: readonly Recognizer[] = [
  bankgiro,
  plusgiro,
  paymentCard,
  ibanRecognizer,
  bankAccount,
  noBankAccount,
  dkBankAccount,
  phoneNumber,
  emailAddress,
  postalAddress,
  ipAddress,
  licensePlate,
  dateOfBirth,
];
