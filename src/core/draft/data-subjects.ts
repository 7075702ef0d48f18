/**
 * The people a scanned message is about, as the vault's data-subject search (P6, docs/adr/0051) takes them:
 * besides its sender and recipients (from the headers, which the adapters read), the named people the
 * findings are about and the identity numbers found (`found-people.ts`), fitted to the vault's limits.
 * {@link messageDataSubjects} is the adapters' one way in.
 *
 * These are personal data: the adapters send them only to the vault, which keeps keyed terms of them; they
 * are never logged nor kept anywhere else.
 */
import type { CalendarDate } from '../detection/types';
import type { DraftFinding } from '../model/draft';
import { peopleInFindings } from './found-people';

/** A person as the upload names them: a name (or an identity number as a search term), an address, or both. */
export interface SubjectPerson {
  readonly name?: string;
  readonly address?: string;
}

/** The vault's limits on the list: a number of people, and a wire size the whole list must fit. */
export interface SubjectLimits {
  readonly count: number;
  /** A name longer than this is not a name. */
  readonly nameMax: number;
  readonly fits: (people: readonly SubjectPerson[]) => boolean;
}

/**
 * Limits for a list sent as percent-encoded JSON (the `X-Data-Subjects` header) of at most `encodedMax`
 * characters: the whole list fits, so no upload path cuts it further without counting.
 */
export function wireLimits(count: number, nameMax: number, encodedMax: number): SubjectLimits {
  return {
    count,
    nameMax,
    fits: (people) => encodeURIComponent(JSON.stringify(people)).length <= encodedMax,
  };
}

export interface MessageSubjects {
  readonly people: SubjectPerson[];
  /** People found but not sent because the list was full: the last ones in message order. */
  readonly leftOut: number;
}

/** A message's scan as its people are drawn from it: the findings, and the day identity numbers are read on. */
export interface ScannedFindings {
  readonly findings: readonly DraftFinding[];
  readonly today: CalendarDate;
}

const spaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A name and its directory order ("Svensson, Anna" is "Anna Svensson"), lower case. */
function nameForms(name: string): string[] {
  const whole = spaces(name).toLowerCase();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(whole);
  return comma === null ? [whole] : [whole, `${comma[2] ?? ''} ${comma[1] ?? ''}`];
}

/**
 * The list to send: the first header person (the sender), the people found (`found`, in message order), then
 * the other header people. A found name a header person already has is not repeated. What does not fit
 * `limits` is dropped from the end and counted, never an error.
 */
export function messageSubjects(
  header: readonly SubjectPerson[],
  found: readonly string[],
  limits: SubjectLimits,
): MessageSubjects {
  const known = new Set<string>();
  for (const p of header) if (p.name !== undefined) for (const form of nameForms(p.name)) known.add(form);
  const extra: SubjectPerson[] = [];
  for (const term of found) {
    const name = spaces(term);
    if (name === '' || name.length > limits.nameMax || known.has(name.toLowerCase())) continue;
    extra.push({ name });
  }
  const all = [...header.slice(0, 1), ...extra, ...header.slice(1)];
  let count = Math.min(all.length, limits.count);
  while (count > 0 && !limits.fits(all.slice(0, count))) count--;
  return { people: all.slice(0, count), leftOut: all.length - count };
}

/** The people in the findings; should they be read wrongly after all, none (the headers' people still go). */
function foundOrNone(scan: ScannedFindings | undefined): string[] {
  if (scan === undefined) return [];
  try {
    return peopleInFindings(scan.findings, scan.today);
  } catch {
    return [];
  }
}

/**
 * The adapters' one way in (read pane and sweep alike): the list to send with an archived message — its header
 * people (`header`, the sender first) and the people `scan` found (see {@link messageSubjects}) — and how many
 * were left out. Never throws, so whom a copy names never fails the archive: should the findings not be
 * readable, the header people go alone; should the list itself fail, nobody goes and everyone counts as left out.
 */
export function messageDataSubjects(
  header: readonly SubjectPerson[],
  scan: ScannedFindings | undefined,
  limits: SubjectLimits,
): MessageSubjects {
  const found = foundOrNone(scan);
  try {
    return messageSubjects(header, found, limits);
  } catch {
    return { people: [], leftOut: header.length + found.length };
  }
}
