/**
 * The people an archived `.eml` is about, from its headers (From, Sender, Reply-To, To, Cc): sent with the
 * copy so the DPO's data-subject search finds it by them (the vault keeps only keyed terms). A `.msg` or an
 * unreadable message gives nobody; archiving goes on without them.
 */
import PostalMime, { type Address } from 'postal-mime';
import { dataSubjectsOf, type DataSubject, type MailPerson } from '../../contract';

const flatten = (list: readonly Address[]): MailPerson[] =>
  list.flatMap((a) =>
    'group' in a && a.group !== undefined ? flatten(a.group) : [{ name: a.name, address: a.address }],
  );

export async function mailPeople(name: string, bytes: Uint8Array, owner: string): Promise<DataSubject[]> {
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
