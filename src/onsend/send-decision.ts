/**
 * What the on-send check does with a scan: let the mail go, stop it (P2), or put it to the user with
 * "Send anyway" (bulk personal data, parts that could not be checked). Pure.
 */
import type { Category } from '../core/detection/types';
import type { Part, ScanError } from '../core/draft/types';
import type { Clause } from '../core/policy/types';
import type { FindingSummary, InformedOverride, ScanSummary } from '../addin';

/** Where something is, as the alert names it: a part of the draft or an attachment's file name. */
export type Place =
  | { readonly kind: 'part'; readonly part: Exclude<Part, 'attachment-name'> }
  | { readonly kind: 'file'; readonly name: string };

/** "2 personnummer in Personallista.xlsx": a type (or category) counted in one place. No values. */
export interface AlertItem {
  readonly type: string;
  readonly category: Category;
  readonly count: number;
  readonly place: Place;
}

export type SendDecision =
  | { readonly kind: 'allow'; readonly reason: 'clean' | 'override' }
  | {
      readonly kind: 'block';
      readonly clause: Clause;
      readonly items: readonly AlertItem[];
      readonly notChecked: readonly Place[];
    }
  | {
      readonly kind: 'prompt';
      readonly clause: Clause | undefined;
      readonly items: readonly AlertItem[];
      readonly notChecked: readonly Place[];
    };

/** Scan errors that mean "this part may hold anything": named in the alert with Send anyway. */
const NOT_CHECKED_CODES: ReadonlySet<ScanError['code']> = new Set<ScanError['code']>([
  'not-read',
  'encrypted',
  'too-large',
  'failed',
  'partial',
  'truncated',
]);

export interface DecideSendOptions {
  /** `policy.bulk.promptOnSend`: whether bulk personal data is put to the user on send. */
  readonly promptOnBulk: boolean;
  readonly override?: InformedOverride | undefined;
}

/** Turns a value-free scan summary into the on-send decision. Dismissed findings must already be left out. */
export function decideSend(summary: ScanSummary, options: DecideSendOptions): SendDecision {
  const blocking = summary.findings.filter((f) => f.action === 'block');
  const bulkFiles = options.promptOnBulk ? summary.bulk.map((b) => b.attachment) : [];
  const bulkFindings = summary.findings.filter(
    (f) => f.action !== 'block' && f.attachment !== undefined && bulkFiles.indexOf(f.attachment) >= 0,
  );
  const notChecked = uniquePlaces(
    summary.errors.filter((e) => NOT_CHECKED_CODES.has(e.code)).map(errorPlace),
  );

  if (options.override && covers(options.override, blocking.concat(bulkFindings), notChecked)) {
    return { kind: 'allow', reason: 'override' };
  }
  if (blocking.length > 0) {
    return { kind: 'block', clause: mostSerious(blocking), items: group(blocking), notChecked };
  }
  if (bulkFindings.length > 0 || notChecked.length > 0) {
    return {
      kind: 'prompt',
      clause: bulkFindings.length > 0 ? 'P3' : undefined,
      items: bulkItems(summary, bulkFiles, bulkFindings),
      notChecked,
    };
  }
  return { kind: 'allow', reason: 'clean' };
}

/** The name an override records for an unchecked place: as `uncheckedPartName` in src/addin names it. */
export function placeName(place: Place): string {
  return place.kind === 'file' ? place.name : place.part;
}

function covers(
  override: InformedOverride,
  findings: readonly FindingSummary[],
  notChecked: readonly Place[],
): boolean {
  return (
    findings.every((f) => override.keys.indexOf(f.key) >= 0) &&
    notChecked.every((p) => override.notChecked.indexOf(placeName(p)) >= 0)
  );
}

function mostSerious(findings: readonly FindingSummary[]): Clause {
  return findings.some((f) => f.clause === 'P2') ? 'P2' : (findings[0] as FindingSummary).clause;
}

function findingPlace(f: FindingSummary): Place {
  if (f.attachment !== undefined) return { kind: 'file', name: topFile(f.attachment) };
  const part = f.part === 'attachment' || f.part === 'attachment-name' ? 'body' : f.part;
  return { kind: 'part', part };
}

function errorPlace(e: ScanError): Place {
  if (e.attachment !== undefined) return { kind: 'file', name: topFile(e.attachment) };
  // No file name: the attachment list itself could not be read.
  return { kind: 'part', part: e.part === 'attachment-name' ? 'attachment' : e.part };
}

/** `a.zip/b.xlsx` is named by the file the user attached: `a.zip`. */
function topFile(path: string): string {
  const cut = path.indexOf('/');
  return cut > 0 ? path.slice(0, cut) : path;
}

const samePlace = (a: Place, b: Place): boolean => placeName(a) === placeName(b) && a.kind === b.kind;

function uniquePlaces(places: readonly Place[]): readonly Place[] {
  const out: Place[] = [];
  for (const p of places) if (!out.some((q) => samePlace(p, q))) out.push(p);
  return out;
}

/** Groups findings by type and place, in order of first appearance. */
function group(findings: readonly FindingSummary[]): readonly AlertItem[] {
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
  summary: ScanSummary,
  files: readonly string[],
  findings: readonly FindingSummary[],
): readonly AlertItem[] {
  const fromGroups = summary.bulk
    .filter((b) => files.indexOf(b.attachment) >= 0)
    .map((b): AlertItem => ({
      type: b.type,
      category: b.category,
      count: b.count,
      place: { kind: 'file', name: topFile(b.attachment) },
    }));
  return fromGroups.length > 0 ? fromGroups : group(findings);
}
