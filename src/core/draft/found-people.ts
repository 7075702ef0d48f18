/**
 * The people a scanned message's findings are about, for the data-subject list (docs/adr/0051): the named
 * people and the identity numbers found. A finding does not name its person (`anchor:name` says only that a
 * name is in the term's sentence), so a person name is tied to the findings near it: in the same part, and in
 * the same row of a table or within {@link LINK_REACH} characters of them. An identity number is sent as
 * itself, in the spelling the vault's search keys every written form of it to.
 *
 * These are personal data: never logged nor kept; the adapters send them only to the vault.
 */
import type { CalendarDate, Category } from '../detection/types';
import {
  cpr,
  fodselsnummer,
  hetu,
  interimsnummer,
  nino,
  personnummer,
  samordningsnummer,
  ssn,
} from '../identifiers';
import type { DraftFinding, Part } from '../model/draft';

/** How close (in characters, between their spans) a name must be to a finding to count as whom it is about. */
export const LINK_REACH = 250;

/** Categories that are about people but say nothing of another one: names themselves, recipient checks. */
const NOT_DATA: ReadonlySet<Category> = new Set<Category>(['name', 'recipient']);

const PART_ORDER: { readonly [P in Part]: number } = {
  subject: 0,
  body: 1,
  'attachment-name': 2,
  attachment: 3,
  recipients: 4,
};

const spaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Where a finding is, as the key findings must share to be linked: the part and the file. */
const placeOf = (f: DraftFinding): string => `${f.where.part}\u0000${f.where.attachment ?? ''}`;

/** A spreadsheet row (`Sheet1` + `7` of `B7`), or undefined outside tables. */
function rowOf(f: DraftFinding): string | undefined {
  const cell = f.where.cell;
  if (cell === undefined) return undefined;
  return `${f.where.sheet ?? ''}\u0000${/\d+$/.exec(cell)?.[0] ?? cell}`;
}

/** Personal data about someone: not a name, not the sender's own, not a recipient check. */
function isData(f: DraftFinding): boolean {
  if (f.where.part === 'recipients' || NOT_DATA.has(f.category)) return false;
  return f.severity !== 'info' || f.category === 'national-id';
}

/** A name the detector found, of at least two words (a first name alone identifies no one). */
function personName(f: DraftFinding): string | undefined {
  if (f.type !== 'person-name' || f.where.part === 'recipients') return undefined;
  const name = spaces(f.value);
  return name.split(' ').length >= 2 ? name : undefined;
}

const digitsOnly = (text: string): string => text.replace(/[^0-9]/g, '');

/**
 * The spellings an identity number is sent as. A Swedish personnummer or samordningsnummer as its twelve
 * digits: the vault's search turns any spelling the DPO types into that one too. Other schemes, which the
 * search takes as typed, as their compact and their printed form.
 */
function numberTerms(f: DraftFinding, today: CalendarDate): string[] {
  const value = f.value;
  const type: string = f.type;
  switch (type) {
    case 'se-personnummer': {
      const long = personnummer.formatLong(value, today);
      return long === null ? [] : [digitsOnly(long)];
    }
    case 'se-samordningsnummer': {
      const long = samordningsnummer.formatLong(value, today);
      return long === null ? [] : [digitsOnly(long)];
    }
    case 'se-interimsnummer': {
      if (interimsnummer.validate(value, today).kind === 'invalid') return [];
      const c = interimsnummer.compact(value);
      return [c, `${c.slice(0, c.length - 4)}-${c.slice(-4)}`];
    }
    case 'no-fodselsnummer': {
      const printed = fodselsnummer.format(value, today);
      return printed === null ? [] : [fodselsnummer.compact(value), printed];
    }
    case 'dk-cpr': {
      const printed = cpr.format(value, today);
      return printed === null ? [] : [cpr.compact(value), printed];
    }
    case 'fi-hetu': {
      const printed = hetu.format(value, today);
      return printed === null ? [] : [printed];
    }
    case 'gb-nino': {
      const printed = nino.format(value);
      return printed === null ? [] : [nino.compact(value), printed];
    }
    case 'us-ssn': {
      const printed = ssn.format(value);
      return printed === null ? [] : [ssn.compact(value), printed];
    }
    default:
      return [];
  }
}

function byPosition(a: DraftFinding, b: DraftFinding): number {
  const part = PART_ORDER[a.where.part] - PART_ORDER[b.where.part];
  if (part !== 0) return part;
  const fa = a.where.attachment ?? '';
  const fb = b.where.attachment ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.where.start - b.where.start || a.where.end - b.where.end;
}

/** The data findings of one place, sorted by start, with the largest end up to each (for a range test). */
interface PlaceData {
  readonly starts: number[];
  readonly maxEnds: number[];
  readonly rows: Set<string>;
}

function dataByPlace(findings: readonly DraftFinding[]): Map<string, PlaceData> {
  const places = new Map<string, DraftFinding[]>();
  for (const f of findings) {
    if (!isData(f)) continue;
    const key = placeOf(f);
    const list = places.get(key);
    if (list === undefined) places.set(key, [f]);
    else list.push(f);
  }
  const out = new Map<string, PlaceData>();
  for (const [key, list] of places) {
    list.sort((a, b) => a.where.start - b.where.start);
    const maxEnds: number[] = [];
    let max = -Infinity;
    for (const f of list) maxEnds.push((max = Math.max(max, f.where.end)));
    const rows = new Set<string>();
    for (const f of list) {
      const row = rowOf(f);
      if (row !== undefined) rows.add(row);
    }
    out.set(key, { starts: list.map((f) => f.where.start), maxEnds, rows });
  }
  return out;
}

/** Whether a data finding of `place` is in the name's table row, or within reach of its span. */
function isLinked(name: DraftFinding, place: PlaceData | undefined): boolean {
  if (place === undefined) return false;
  const row = rowOf(name);
  if (row !== undefined) return place.rows.has(row);
  // The data findings starting before the name's end + reach; one of them must end after its start - reach.
  let lo = 0;
  let hi = place.starts.length;
  const limit = name.where.end + LINK_REACH;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((place.starts[mid] ?? 0) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (place.maxEnds[lo - 1] ?? -Infinity) > name.where.start - LINK_REACH;
}

/**
 * The named people the findings are about and the identity numbers found, in message order (subject, body,
 * attachment names, attachments), each once (compared without case).
 */
export function peopleInFindings(findings: readonly DraftFinding[], today: CalendarDate): string[] {
  const data = dataByPlace(findings);
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (term: string): void => {
    const key = term.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(term);
  };
  for (const f of [...findings].sort(byPosition)) {
    if (f.category === 'national-id') {
      for (const term of numberTerms(f, today)) add(term);
      continue;
    }
    const name = personName(f);
    if (name !== undefined && isLinked(f, data.get(placeOf(f)))) add(name);
  }
  return out;
}
