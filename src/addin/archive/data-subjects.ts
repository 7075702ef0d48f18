/**
 * Whom the DPO will find an archived message's copies by (ADR 0051): its sender, the people its findings are
 * about and the identity numbers found, then its recipients, without the owner, fitted to the vault's limits.
 * These are personal data: sent only with the copies to the vault, never logged.
 */
import { dataSubjectsOf, type DataSubject, type MailPerson } from '../../contract';
import type { CalendarDate } from '../../core/detection';
import type { DraftFinding } from '../../core/draft';
import { messageDataSubjects } from '../../core/draft/data-subjects';
import { SUBJECT_LIMITS } from '../vault/data-subject-limits';
import type { ArchiveSource } from './files';

/** What the people of a received message are drawn from. */
export interface SubjectSources {
  readonly source: ArchiveSource;
  /** The signed-in user's address: the only one who may open the stored copies (besides the DPO). */
  readonly owner: string;
  /**
   * The pane's scan of the message: the people its findings are about and the identity numbers in it are
   * sent with the copies too (ADR 0051), never logged. Without it, only the sender and recipients.
   */
  readonly findings?: readonly DraftFinding[];
  /** The clock for the identity numbers' century; the system clock by default. */
  readonly now?: () => Date;
}

/** The people the copies name, and how many the vault's limits left out (the last in message order). */
export interface ArchiveSubjects {
  readonly people: DataSubject[];
  readonly leftOut: number;
}

const dayOf = (now: Date): CalendarDate => ({
  year: now.getFullYear(),
  month: now.getMonth() + 1,
  day: now.getDate(),
});

const person = (a: { emailAddress: string; displayName?: string }): MailPerson => ({
  address: a.emailAddress,
  name: a.displayName,
});

/** A recipient list Outlook will not give, or findings that cannot be read, send fewer people: never a failure. */
export async function archiveSubjects(sources: SubjectSources): Promise<ArchiveSubjects> {
  const { source, findings } = sources;
  const read = async (field: 'to' | 'cc'): Promise<MailPerson[]> =>
    ((await source.getRecipients?.(field).catch(() => [])) ?? []).map(person);
  const from = source.from === undefined ? [] : [person(source.from)];
  const header = dataSubjectsOf([...from, ...(await read('to')), ...(await read('cc'))], sources.owner);
  const scan = findings === undefined ? undefined : { findings, today: dayOf(sources.now?.() ?? new Date()) };
  return messageDataSubjects(header, scan, SUBJECT_LIMITS);
}
