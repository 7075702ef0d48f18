/**
 * `analyzeDraft` and `checkDraft` with the recognizers defaulting to `DEFAULT_RECOGNIZERS` (libphonenumber
 * reading phone numbers): what `core/draft` hands the task pane, the CLI and the vault. The on-send bundle
 * imports `analyze-draft.ts` itself, with its own recognizers (see core/detection/default-recognizers.ts).
 */
import { DEFAULT_RECOGNIZERS } from '../detection/default-recognizers';
import type { Recognizer } from '../detection/types';
import type { Verdict } from '../policy/types';
import { analyzeDraft as analyzeWith, type DraftEnv as ScanWith } from './analyze-draft';
import { checkDraft as checkWith } from './check-draft';
import type { Draft, DraftScan } from './types';

/** What a draft scan needs from outside; the recognizers default to all. */
export type DraftEnv = Omit<ScanWith, 'recognizers'> & { readonly recognizers?: readonly Recognizer[] };

const withRecognizers = <E extends DraftEnv>(env: E): E & ScanWith => ({
  ...env,
  recognizers: env.recognizers ?? DEFAULT_RECOGNIZERS,
});

/** See analyze-draft.ts. */
export function analyzeDraft(draft: Draft, env: DraftEnv): DraftScan {
  return analyzeWith(draft, withRecognizers(env));
}

/** See check-draft.ts. */
export function checkDraft(
  draft: Draft,
  env: DraftEnv & { readonly dismissed?: readonly string[] },
): { scan: DraftScan; verdict: Verdict } {
  return checkWith(draft, withRecognizers(env));
}
