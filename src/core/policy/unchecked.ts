/**
 * Which scan errors mean "this part was not fully read": the one definition the verdict, the send
 * decision and the CLI's exit status share, so a partly read file is never called clean anywhere.
 */
import type { ScanError } from '../model/draft';

/**
 * Every code but `image`: text in pictures is out of reach and every signature has a logo, so images are
 * shown, not counted. An unsupported format is counted: it may hold anything.
 */
const UNCHECKED_CODES: { readonly [C in ScanError['code']]: boolean } = {
  'not-read': true,
  unsupported: true,
  encrypted: true,
  'too-large': true,
  failed: true,
  partial: true,
  truncated: true,
  image: false,
};

/** True when the error means some content went unscanned. */
export function isUnchecked(error: ScanError): boolean {
  return UNCHECKED_CODES[error.code];
}

/** The errors of `errors` that mean some content went unscanned, in order. */
export function uncheckedErrors(errors: readonly ScanError[]): readonly ScanError[] {
  return errors.filter(isUnchecked);
}
