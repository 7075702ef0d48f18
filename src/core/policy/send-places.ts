/**
 * Places as the send verdict names them: a part of the draft or the file the user attached. The task pane,
 * the on-send check and a recorded override all name a place the same way (`placeName`).
 */
import type { Category } from '../detection/types';
import type { Part, ScanError } from '../model/draft';

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

/** The name an override records for an unchecked place: as `uncheckedPartName` in src/addin names it. */
export function placeName(place: Place): string {
  return place.kind === 'file' ? place.name : place.part;
}

/** `a.zip/b.xlsx` is named by the file the user attached: `a.zip`. */
export function topFile(path: string): string {
  const cut = path.indexOf('/');
  return cut > 0 ? path.slice(0, cut) : path;
}

export function findingPlace(f: { readonly part: Part; readonly attachment?: string | undefined }): Place {
  if (f.attachment !== undefined) return { kind: 'file', name: topFile(f.attachment) };
  const part = f.part === 'attachment' || f.part === 'attachment-name' ? 'body' : f.part;
  return { kind: 'part', part };
}

export function errorPlace(e: ScanError): Place {
  if (e.attachment !== undefined) return { kind: 'file', name: topFile(e.attachment) };
  // No file name: the attachment list itself could not be read.
  return { kind: 'part', part: e.part === 'attachment-name' ? 'attachment' : e.part };
}

export const samePlace = (a: Place, b: Place): boolean => a.kind === b.kind && placeName(a) === placeName(b);

export function uniquePlaces(places: readonly Place[]): readonly Place[] {
  const out: Place[] = [];
  for (const p of places) if (!out.some((q) => samePlace(p, q))) out.push(p);
  return out;
}
