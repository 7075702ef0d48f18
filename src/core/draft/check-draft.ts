/**
 * `checkDraft`: scan and verdict in one call, for the on-send check, the task pane and the CLI.
 */
import { decide } from '../policy/decide';
import type { Verdict } from '../policy/types';
import { analyzeDraft, type DraftEnv } from './analyze-draft';
import { locateFindings } from './locate';
import type { Draft, DraftScan } from './types';

/**
 * Scans `draft` and decides on it under `env.policy`; `dismissed` are finding keys the user dismissed.
 * Findings carry their line, cell, page or slide wherever extraction knows it.
 */
export function checkDraft(
  draft: Draft,
  env: DraftEnv & { readonly dismissed?: readonly string[] },
): { scan: DraftScan; verdict: Verdict } {
  const scan = locateFindings(draft, analyzeDraft(draft, env));
  return { scan, verdict: decide(scan, env.policy, env.dismissed ?? []) };
}
