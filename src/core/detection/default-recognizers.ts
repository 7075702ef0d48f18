/**
 * The recognizers with libphonenumber reading phone numbers, and `analyze` defaulting to them: what the
 * task pane, the CLI and the vault scan with (through `core/detection` and `core/draft`). The on-send
 * bundle must not import this module: it builds its recognizers with a smaller phone reading
 * (src/onsend/runtime.ts), and ESLint holds it to that.
 */
import { analyze as analyzeWith } from './analyze';
import { createRecognizers } from './registry';
import { libphonenumberPhones } from './recognizers/personal/libphonenumber-phones';
import type { Recognizer, ScanEnv, ScanInput, ScanResult } from './types';

export const DEFAULT_RECOGNIZERS: readonly Recognizer[] = createRecognizers({
  phoneNumbers: libphonenumberPhones,
});

/** Scan one text with the given recognizers (default: all). Never throws for ordinary input. */
export function analyze(
  input: ScanInput,
  env: ScanEnv,
  recognizers: readonly Recognizer[] = DEFAULT_RECOGNIZERS,
): ScanResult {
  return analyzeWith(input, env, recognizers);
}
