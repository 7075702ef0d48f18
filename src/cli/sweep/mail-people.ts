/**
 * The people an archived message is about, sent with the copy so the DPO's data-subject search finds it by
 * them (ADR 0051; the vault keeps only keyed terms): the sender, the people its findings are about and the
 * identity numbers found (from `scan`), then the other people of its headers (From, Sender,
 * Reply-To, To, Cc of an `.eml`). A `.msg` or an unreadable message gives no header people; archiving goes on
 * with the found ones. What does not fit the vault's limits is left out from the end and counted.
 */
import PostalMime, { type Address } from 'postal-mime';
import {
  DATA_SUBJECTS_HEADER_MAX,
  DATA_SUBJECTS_MAX,
  DATA_SUBJECT_NAME_MAX,
  dataSubjectsOf,
  type DataSubject,
  type MailPerson,
} from '../../contract';
import { messageDataSubjects, wireLimits, type ScannedFindings } from '../../core/draft/data-subjects';

/** The whole list fits the `X-Data-Subjects` header, so nothing is cut without being counted. */
const LIMITS = wireLimits(DATA_SUBJECTS_MAX, DATA_SUBJECT_NAME_MAX, DATA_SUBJECTS_HEADER_MAX);

const flatten = (list: readonly Address[]): MailPerson[] =>
  list.flatMap((a) =>
    'group' in a && a.group !== undefined ? flatten(a.group) : [{ name: a.name, address: a.address }],
  );

/** The people of an `.eml`'s headers, sender first, without the owner or duplicates. */
async function headerPeople(name: string, bytes: Uint8Array, owner: string): Promise<DataSubject[]> {
  if (!name.toLowerCase().endsWith('.eml')) return [];
  try {
    const email = await PostalMime.parse(bytes);
    const single = (a: Address | undefined): Address[] => (a === undefined ? [] : [a]);
    const all = [
      ...single(email.from),
      ...single(email.sender),
      ...(email.replyTo ?? []),
      ...(email.to ?? []),
      ...(email.cc ?? []),
    ];
    return dataSubjectsOf(flatten(all), owner);
  } catch {
    return [];
  }
}

export async function mailPeople(
  name: string,
  bytes: Uint8Array,
  owner: string,
  scan?: ScannedFindings,
): Promise<{ people: DataSubject[]; leftOut: number }> {
  return messageDataSubjects(await headerPeople(name, bytes, owner), scan, LIMITS);
}
