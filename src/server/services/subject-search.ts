/**
 * Data-subject search (P6): an e-mail address or a name is looked up as typed; a Swedish personnummer is
 * looked up in every way people write it (with or without century, with or without the dash), because a
 * file name says `kundlista 811218-9876.xlsx` as often as `198112189876.pdf`.
 */
import type { FileRecord, MetadataStore } from '../storage/types';

/** `[YY]YYMMDD[-+ ]NNNN`: a personnummer or samordningsnummer as typed in the search box. */
const PERSONNUMMER = /^(\d{2})?(\d{2})(\d{4})[-+ ]?(\d{4})$/;

/** The written forms of a personnummer query, or just the query itself when it is not one. */
export function subjectSearchTerms(query: string): string[] {
  const q = query.trim();
  const match = PERSONNUMMER.exec(q);
  if (match === null) return [q];
  const [, century, yy, mmdd, last4] = match as unknown as [
    string,
    string | undefined,
    string,
    string,
    string,
  ];
  const short = `${yy}${mmdd}`;
  const centuries = century === undefined ? ['19', '20'] : [century];
  const forms = new Set<string>([`${short}-${last4}`, `${short}+${last4}`, `${short}${last4}`]);
  for (const c of centuries) {
    forms.add(`${c}${short}-${last4}`);
    forms.add(`${c}${short}${last4}`);
  }
  return [...forms];
}

/** Every stored file (including tombstones) matching any written form of `query`, oldest first, at most `limit`. */
export async function searchSubject(
  meta: MetadataStore,
  query: string,
  limit: number,
): Promise<FileRecord[]> {
  const byId = new Map<string, FileRecord>();
  for (const term of subjectSearchTerms(query)) {
    for (const file of await meta.search(term, limit)) byId.set(file.id, file);
    if (byId.size >= limit) break;
  }
  return [...byId.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).slice(0, limit);
}
