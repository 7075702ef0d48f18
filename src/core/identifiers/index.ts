/**
 * Identifier schemes, one module per scheme with the same contract: `compact` (strip what people type
 * between the characters), `validate` (a typed result naming the check that failed, and what a valid
 * number encodes) and `format` (the print form). Used by the detection recognizers, the vault's
 * data-subject search and the tests. Import a scheme as a namespace:
 * `import { personnummer } from '…/identifiers'; personnummer.validate(value, today)`.
 */
export * as personnummer from './se/personnummer';
export * as samordningsnummer from './se/samordningsnummer';
export * as interimsnummer from './se/interimsnummer';
export * as organisationsnummer from './se/organisationsnummer';
export * as fodselsnummer from './no/fodselsnummer';
export * as cpr from './dk/cpr';
export * as hetu from './fi/hetu';
export * as nino from './gb/nino';
export * as gbDrivingLicence from './gb/driving-licence';
export * as ssn from './us/ssn';
export * as mrz from './icao/mrz';
export * as paymentCard from './payment-card';
export * as iban from './iban';
export type { CalendarDate, Failure, IdResult, Outcome } from './types';
export { outcomeOf } from './types';
