/** The recognizers, in the order their findings win ties, built with what they are handed. */
import type { Recognizer } from './types';
import { NATIONAL_ID_RECOGNIZERS } from './recognizers/national-id';
import { SENSITIVE_TERM_RECOGNIZERS } from './recognizers/sensitive-terms';
import { personalDataRecognizers } from './recognizers/personal';
import type { PhoneNumbers } from './recognizers/personal/phone-numbers';

/** What the recognizers need from outside the core (see phone-numbers.ts). */
export interface RecognizerDeps {
  readonly phoneNumbers: PhoneNumbers;
}

/** Every recognizer. The task pane and the CLI use `DEFAULT_RECOGNIZERS`; the on-send bundle builds its own. */
export function createRecognizers(deps: RecognizerDeps): readonly Recognizer[] {
  return [
    ...NATIONAL_ID_RECOGNIZERS,
    ...SENSITIVE_TERM_RECOGNIZERS,
    ...personalDataRecognizers(deps.phoneNumbers),
  ];
}
