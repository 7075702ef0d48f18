/**
 * The one verdict both the task pane's banner and the on-send check give a draft: let it go, stop it (P2),
 * or put it to the user with "Send anyway" (bulk personal data, parts that could not be checked). Pure and
 * value-free, so the pane and Outlook's send event reach the same answer from the same inputs.
 */
import type { Category } from '../detection/types';
import type { Part, ScanError } from '../model/draft';
import {
  errorPlace,
  findingPlace,
  placeName,
  samePlace,
  topFile,
  uniquePlaces,
  type AlertItem,
  type Place,
} from './send-places';
import type { Action, BulkGroup, Clause, UncheckedAction } from './types';
import { uncheckedErrors } from './unchecked';

/** What the send verdict needs of a finding: no value, no masked value. */
export interface SendFinding {
  /** `findingKey` of the finding: dismissals and overrides name findings by it. */
  readonly key: string;
  readonly type: string;
  readonly category: Category;
  readonly action: Action;
  readonly clause: Clause;
  readonly part: Part;
  readonly attachment?: string;
}

export interface SendInput {
  /** Findings with dismissed ones already left out. */
  readonly findings: readonly SendFinding[];
  readonly bulk: readonly BulkGroup[];
  readonly errors: readonly ScanError[];
}

/** The user's recorded decision to send anyway: the findings and unchecked places it covers. */
export interface SendCover {
  readonly keys: readonly string[];
  readonly notChecked: readonly string[];
}

export type SendDecision =
  | { readonly kind: 'allow'; readonly reason: 'clean' | 'override' }
  | {
      readonly kind: 'block';
      readonly clause: Clause;
      readonly items: readonly AlertItem[];
      readonly notChecked: readonly Place[];
      /** External domains the blocked data was going to (named in the alert), when known. */
      readonly goingTo?: readonly string[];
    }
  | {
      readonly kind: 'prompt';
      readonly clause: Clause | undefined;
      readonly items: readonly AlertItem[];
      readonly notChecked: readonly Place[];
    };

export interface DecideSendOptions {
  /** `policy.bulk.promptOnSend`: whether bulk personal data is put to the user on send. */
  readonly promptOnBulk: boolean;
  readonly override?: SendCover | undefined;
  /**
   * `policy.unchecked`: `block` stops a draft with a part not fully read; `warn` (the default) puts it to
   * the user with "Send anyway".
   */
  readonly unchecked?: UncheckedAction | undefined;
  /** The draft's external recipient domains: a block names them ("it was going to gmail.com"). */
  readonly externalDomains?: readonly string[] | undefined;
}

/** The places of `errors` that were not fully checked (images are not among them; see `isUnchecked`). */
export function notCheckedPlaces(errors: readonly ScanError[]): readonly Place[] {
  return uniquePlaces(uncheckedErrors(errors).map(errorPlace));
}

/** Turns a value-free scan into the send decision. Dismissed findings must already be left out. */
export function decideSend(input: SendInput, options: DecideSendOptions): SendDecision {
  const blocking = input.findings.filter((f) => f.action === 'block');
  const bulkFiles = options.promptOnBulk ? input.bulk.map((b) => b.attachment) : [];
  const bulkFindings = input.findings.filter(
    (f) => f.action !== 'block' && f.attachment !== undefined && bulkFiles.indexOf(f.attachment) >= 0,
  );
  const notChecked = notCheckedPlaces(input.errors);
  // Recipient risks the policy warns about (a lookalike domain, private webmail…) are put to the user.
  const recipientRisks = input.findings.filter((f) => f.category === 'recipient' && f.action === 'warn');

  if (
    options.override &&
    covers(options.override, blocking.concat(bulkFindings, recipientRisks), notChecked)
  ) {
    return { kind: 'allow', reason: 'override' };
  }
  if (blocking.length > 0) {
    const goingTo = options.externalDomains ?? [];
    return {
      kind: 'block',
      clause: mostSerious(blocking),
      items: group(blocking.concat(recipientRisks)),
      notChecked,
      ...(goingTo.length > 0 ? { goingTo } : {}),
    };
  }
  if (options.unchecked === 'block' && notChecked.length > 0) {
    // Nothing found, but the unread part may hold anything, sensitive data (P2) included.
    return { kind: 'block', clause: 'P2', items: bulkItems(input, bulkFiles, bulkFindings), notChecked };
  }
  if (bulkFindings.length > 0 || notChecked.length > 0 || recipientRisks.length > 0) {
    return {
      kind: 'prompt',
      clause: bulkFindings.length > 0 ? 'P3' : recipientRisks.length > 0 ? 'P1' : undefined,
      items: bulkItems(input, bulkFiles, bulkFindings).concat(group(recipientRisks)),
      notChecked,
    };
  }
  return { kind: 'allow', reason: 'clean' };
}

function covers(
  override: SendCover,
  findings: readonly SendFinding[],
  notChecked: readonly Place[],
): boolean {
  return (
    findings.every((f) => override.keys.indexOf(f.key) >= 0) &&
    notChecked.every((p) => override.notChecked.indexOf(placeName(p)) >= 0)
  );
}

function mostSerious(findings: readonly SendFinding[]): Clause {
  return findings.some((f) => f.clause === 'P2') ? 'P2' : (findings[0] as SendFinding).clause;
}

/** Groups findings by type and place, in order of first appearance. */
function group(findings: readonly SendFinding[]): readonly AlertItem[] {
  const items: { type: string; category: Category; count: number; place: Place }[] = [];
  for (const f of findings) {
    const place = findingPlace(f);
    const hit = items.find((i) => i.type === f.type && samePlace(i.place, place));
    if (hit) hit.count += 1;
    else items.push({ type: f.type, category: f.category, count: 1, place });
  }
  return items;
}

/** Bulk groups carry the policy's own counts ("38 e-mail addresses in Kunder.xlsx"). */
function bulkItems(
  input: SendInput,
  files: readonly string[],
  findings: readonly SendFinding[],
): readonly AlertItem[] {
  const fromGroups = input.bulk
    .filter((b) => files.indexOf(b.attachment) >= 0)
    .map((b): AlertItem => ({
      type: b.type,
      category: b.category,
      count: b.count,
      place: { kind: 'file', name: topFile(b.attachment) },
    }));
  return fromGroups.length > 0 ? fromGroups : group(findings);
}
