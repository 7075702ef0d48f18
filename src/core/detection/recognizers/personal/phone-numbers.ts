/**
 * The phone-number reading the phone recognizer is handed, the way extraction is handed its PDF loader:
 * the task pane, the CLI and the vault hand it libphonenumber (`libphonenumberPhones`, in
 * `default-recognizers.ts`); the on-send bundle hands it a small Nordic finder that fits its size budget
 * (`src/onsend/phone-numbers-lite.ts`). No other core module imports a phone library (ESLint's
 * `no-restricted-imports` says so), so no new import can pull one into the on-send bundle or leave it
 * without one.
 */

/** A numbering plan, as an ISO 3166 two-letter country code ('SE', 'NO', 'US', …). */
export type PhonePlan = string;

/** The Nordic plans' calling codes, longest first (so "+358" is not read as another "35…" code). */
export const NORDIC_CALLING_CODES: readonly (readonly [string, PhonePlan])[] = [
  ['358', 'FI'],
  ['46', 'SE'],
  ['47', 'NO'],
  ['45', 'DK'],
];

/** A phone number found in a slice: its offsets in the slice and the plan it belongs to, when known. */
export interface PhoneMatch {
  readonly startsAt: number;
  readonly endsAt: number;
  readonly country: PhonePlan | undefined;
}

/** Reads the phone numbers in slices of one scanned text. */
export interface PhoneNumberReader {
  /** The numbers in `slice`, an undialled number read in `plan` (a `+` number in its own). */
  numbersIn(slice: string, plan: PhonePlan): PhoneMatch[];
}

/** A fresh reader for one scan: a reader may remember what it read, for that text only. */
export type PhoneNumbers = () => PhoneNumberReader;
