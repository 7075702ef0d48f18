/**
 * Phone numbers as libphonenumber-js reads them, with the metadata subset (phone-metadata.ts): the reading
 * the task pane, the CLI and the vault hand the phone recognizer (phone-numbers.ts). The one core module
 * besides phone-reader.ts and phone-metadata.ts that may import the library (see .eslintrc).
 */
import type { CountryCode, NumberFound } from 'libphonenumber-js/core';
import { PHONE_METADATA } from './phone-metadata';
import type { PhoneMatch, PhoneNumbers } from './phone-numbers';
import { PhoneReader } from './phone-reader';

/** V8's knob for how many stack frames an Error records (absent elsewhere: setting it is harmless there). */
const ERRORS = Error as unknown as { stackTraceLimit?: number | undefined };

/**
 * libphonenumber reports every candidate it rejects by throwing a ParseError, and recording the stack of
 * each was most of the time a scan spent in it (dense prose rejects thousands). The errors are caught
 * inside the library and never seen, so no stack is recorded while it runs.
 */
function withoutStacks<T>(run: () => T): T {
  const limit = ERRORS.stackTraceLimit;
  ERRORS.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    ERRORS.stackTraceLimit = limit;
  }
}

function toMatch(found: NumberFound): PhoneMatch {
  return { startsAt: found.startsAt, endsAt: found.endsAt, country: found.number.country };
}

/** A new reader per scan: it remembers candidates and slices of that text only. */
export const libphonenumberPhones: PhoneNumbers = () => {
  const reader = new PhoneReader(PHONE_METADATA);
  return {
    numbersIn: (slice, plan) =>
      withoutStacks(() => reader.numbersIn(slice, plan as CountryCode)).map(toMatch),
  };
};
