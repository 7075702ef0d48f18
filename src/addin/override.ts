/**
 * The informed override the task pane records when the user, having seen the findings, chooses to send:
 * it covers exactly the findings and unchecked parts shown, so anything added afterwards is checked again.
 */
import type { ScanError } from '../core/draft/types';
import type { Verdict } from '../core/policy/types';
import type { ScanSummary } from './scan-summary';
import type { InformedOverride } from './session';

/**
 * The name an unchecked part is recorded under: the attached file's name (`a.zip` for `a.zip/b.xlsx`),
 * or `body` / `subject` / `recipients`. The on-send check names parts the same way.
 */
export function uncheckedPartName(error: ScanError): string {
  if (error.attachment === undefined) return error.part;
  const cut = error.attachment.indexOf('/');
  return cut > 0 ? error.attachment.slice(0, cut) : error.attachment;
}

/** Builds the override for what `scan` shows; `at` is the ISO time of the decision. */
export function informedOverride(scan: Verdict | ScanSummary, at: string): InformedOverride {
  const verdict = 'kind' in scan ? scan.kind : scan.verdict;
  const names: string[] = [];
  for (const error of scan.errors) {
    const name = uncheckedPartName(error);
    if (names.indexOf(name) < 0) names.push(name);
  }
  return { verdict, keys: scan.findings.map((f) => f.key), notChecked: names, at };
}
