/**
 * The people a stored file is about (`dataSubjects`): for an archived mail its sender and the recipients other
 * than the mailbox owner. Sent with the upload so the DPO's data-subject search (P6) finds the file by their
 * name or address; the vault keeps only keyed terms of them. One-shot uploads carry the list in the
 * `X-Data-Subjects` header (percent-encoded JSON, so any script fits in a header); resumable uploads in the
 * session's JSON body.
 */
import type { Wire } from './schema/common';
import type { DataSubjectSchema } from './schema/files';
import { DATA_SUBJECTS_HEADER_MAX, DATA_SUBJECTS_MAX, DATA_SUBJECT_NAME_MAX } from './data-subject-limits';
import { isEmailAddress } from './validate';

export { DATA_SUBJECTS_HEADER_MAX, DATA_SUBJECTS_MAX, DATA_SUBJECT_NAME_MAX } from './data-subject-limits';

/** One person: a name, an address, or both. */
export type DataSubject = Wire<typeof DataSubjectSchema>;

/** A mail header's person (`{ name, address }` as Office.js and Graph give it). */
export interface MailPerson {
  readonly name?: string | undefined;
  readonly address?: string | undefined;
}

function cleanName(name: string | undefined, address: string | undefined): string | undefined {
  const trimmed = (name ?? '').replace(/\s+/g, ' ').trim().slice(0, DATA_SUBJECT_NAME_MAX);
  // Outlook shows a bare address as the name too: that adds nothing.
  return trimmed === '' || trimmed.toLowerCase() === address ? undefined : trimmed;
}

/**
 * The data subjects of a mail: its people in order (sender first), without `owner` (the mailbox owner is the
 * file's owner already), without duplicates and invalid addresses, at most {@link DATA_SUBJECTS_MAX}.
 */
export function dataSubjectsOf(people: readonly MailPerson[], owner: string): DataSubject[] {
  const self = owner.trim().toLowerCase();
  const seen = new Set<string>();
  const out: DataSubject[] = [];
  for (const person of people) {
    const raw = (person.address ?? '').trim().toLowerCase();
    const address = isEmailAddress(raw) ? raw : undefined;
    if (address !== undefined && address === self) continue;
    const name = cleanName(person.name, address);
    if (address === undefined && name === undefined) continue;
    const key = `${address ?? ''}\n${name?.toLowerCase() ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...(name !== undefined ? { name } : {}), ...(address !== undefined ? { address } : {}) });
    if (out.length === DATA_SUBJECTS_MAX) break;
  }
  return out;
}

/**
 * The `X-Data-Subjects` value, or undefined for nobody. When the list does not fit the header, people are
 * dropped from the end (the sender, first, stays).
 */
export function encodeDataSubjects(subjects: readonly DataSubject[]): string | undefined {
  for (let count = Math.min(subjects.length, DATA_SUBJECTS_MAX); count > 0; count--) {
    const value = encodeURIComponent(JSON.stringify(subjects.slice(0, count)));
    if (value.length <= DATA_SUBJECTS_HEADER_MAX) return value;
  }
  return undefined;
}

/** The list in an `X-Data-Subjects` value, unchecked (the vault checks it against the schema); null if not JSON. */
export function decodeDataSubjects(header: string): unknown {
  try {
    return JSON.parse(decodeURIComponent(header)) as unknown;
  } catch {
    return null;
  }
}
