/**
 * The data-subject search (P6): what the DPO typed — in the owner, recipients and file name, and among the
 * people a file is about — and when it is a Swedish personnummer or
 * samordningsnummer, every spelling a file name may hold it in (`850709-9805`, `8507099805`,
 * `19850709-9805`, `198507099805`), so "19850709-9805" also finds `lönespec_8507099805.pdf`.
 */
import { personnummer, samordningsnummer } from '../../core/identifiers';
import type { FileRecord, MetadataStore } from '../storage/types';

/** The strings to look for: the query itself, then the identifier's other spellings. */
export function subjectQueries(query: string, now: Date): string[] {
  const today = { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
  const forms = personnummer.searchForms(query, today);
  const all = [query, ...(forms.length > 0 ? forms : samordningsnummer.searchForms(query, today))];
  return all.filter((q, i) => all.indexOf(q) === i);
}

/**
 * Files matching any spelling of `query`, oldest first, at most `limit`. `keysOf` gives a spelling's keyed
 * terms, which find the files the person is a data subject of (`services/subject-keys.ts`).
 */
export async function searchSubject(
  meta: MetadataStore,
  query: string,
  limit: number,
  now: Date,
  keysOf: (spelling: string) => readonly string[] = () => [],
): Promise<FileRecord[]> {
  const byId = new Map<string, FileRecord>();
  for (const q of subjectQueries(query, now)) {
    for (const file of await meta.search(q, limit, keysOf(q))) byId.set(file.id, file);
    if (byId.size >= limit) break;
  }
  return [...byId.values()].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).slice(0, limit);
}
