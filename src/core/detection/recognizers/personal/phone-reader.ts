/**
 * libphonenumber's number finder (`findNumbers`), with the same results at a fraction of the cost on text
 * dense with digits. The finder cuts every digit group out of the text (dates, amounts, order numbers) and
 * parses each one and then its pieces; a rejected parse costs a thrown error. Two shortcuts, both exact:
 *
 * - **Too few digits.** A number libphonenumber accepts has a national significant number of a length the
 *   numbering plan allows, and its digits are a subset of the candidate's (no plan in the metadata subset
 *   has a transform rule that adds digits). A candidate without a `+` or an international dialling prefix
 *   is read in the default country's plan (`07…` as Swedish), so fewer digits than that plan's shortest
 *   number cannot be one; with a `+` or a dialling prefix the shortest number of any plan is the bound.
 * - **No known calling code.** A candidate that is a `+` and then only ASCII digits and separators is read
 *   as international: libphonenumber takes its calling code from the first one to three digits, and when
 *   none of those prefixes is a calling code of the metadata it gives up ("invalid country").
 * - **Seen before.** The verdict on a candidate depends on the candidate, the country, and only the one
 *   character before and the one after it (libphonenumber's `isValidCandidate`), so it is remembered for
 *   the scan under exactly that key: signatures and quoted history repeat the same numbers.
 *
 * Both sit in `parseAndVerify`, the matcher's per-candidate step; if a libphonenumber release renames it,
 * the finder falls back to plain `findNumbers` (same numbers, old speed), and the differential test fails.
 */
import {
  findNumbers,
  PhoneNumberMatcher,
  type CountryCode,
  type MetadataJson,
  type NumberFound,
  type PhoneNumber,
} from 'libphonenumber-js/core';

/** The matcher's per-candidate step: parse, then check the number against the leniency. */
interface Verified {
  readonly startsAt: number;
  readonly endsAt: number;
  readonly phoneNumber: PhoneNumber;
}
type ParseAndVerify = (candidate: string, offset: number, text: string) => Verified | undefined;

/** The matcher's fields a finished search leaves behind (`DONE`), reset to read the next slice. */
interface ReusableMatcher {
  text: string;
  searchIndex: number;
  state: string;
  parseAndVerify: ParseAndVerify;
  hasNext(): boolean;
  next(): NumberFound | undefined;
}

// Looked up once; if a libphonenumber release renames it, there is no step to wrap and `findNumbers` is used.
const BASE_STEP = (PhoneNumberMatcher.prototype as unknown as { parseAndVerify?: unknown }).parseAndVerify;

/** What the shortcuts need to know about the metadata: its plans, shortest number, calling codes. */
interface Bounds {
  readonly plans: Map<string, PlanBounds>;
  readonly anyMin: number;
  readonly callingCodes: ReadonlySet<string>;
}

/** What the shortcuts need to know about one country's plan. */
interface PlanBounds {
  /** Fewest digits of a number read in this country's plan (all countries sharing its calling code). */
  readonly nationalMin: number;
  /** The plan's international dialling prefix, anchored: digits starting so may be another country's number. */
  readonly idd: RegExp;
}

/** Compact metadata per country: [callingCode, iddPrefix, nationalPattern, possibleLengths, …]. */
type CountryEntry = readonly [string, string, string, readonly number[], ...unknown[]];

function countryEntries(metadata: MetadataJson): Map<string, CountryEntry> {
  const countries = (metadata as unknown as { countries?: { [code: string]: CountryEntry } }).countries ?? {};
  const entries = new Map<string, CountryEntry>();
  for (const code of Object.keys(countries)) {
    const entry = countries[code];
    if (entry !== undefined) entries.set(code, entry);
  }
  return entries;
}

/** Shortest possible national number of each country and of the whole metadata. */
function planBounds(metadata: MetadataJson): Bounds {
  const entries = countryEntries(metadata);
  const minOf = (entry: CountryEntry): number => Math.min(...entry[3]);
  let anyMin = Infinity;
  for (const entry of entries.values()) anyMin = Math.min(anyMin, minOf(entry));
  const plans = new Map<string, PlanBounds>();
  for (const [country, entry] of entries) {
    let nationalMin = Infinity;
    for (const other of entries.values())
      if (other[0] === entry[0]) nationalMin = Math.min(nationalMin, minOf(other));
    plans.set(country, { nationalMin, idd: new RegExp(`^(?:${entry[1]})`) });
  }
  // Every calling code libphonenumber could recognise: countries' and non-geographic ones.
  const json = metadata as unknown as { country_calling_codes?: object; nonGeographic?: object };
  const callingCodes = new Set(
    Object.keys(json.country_calling_codes ?? {}).concat(Object.keys(json.nonGeographic ?? {})),
  );
  return { plans, anyMin, callingCodes };
}

/** A `+`, then ASCII digits and separators only: what libphonenumber reads as international as it is. */
const PLAIN_INTERNATIONAL = /^\+[0-9 ()\-./]*$/;

/** Whether `candidate` is a plain international number whose first one to three digits are no calling code. */
function unknownCallingCode(candidate: string, callingCodes: ReadonlySet<string>): boolean {
  if (!PLAIN_INTERNATIONAL.test(candidate)) return false;
  const digits = candidate.replace(/[^0-9]/g, '');
  for (let length = 1; length <= 3 && length <= digits.length; length++)
    if (callingCodes.has(digits.slice(0, length))) return false;
  return true;
}

/** Whether libphonenumber is sure to find no number in `candidate` (see the shortcuts above). */
function cannotBeNumber(candidate: string, plan: PlanBounds, bounds: Bounds): boolean {
  return tooFewDigits(candidate, plan, bounds.anyMin) || unknownCallingCode(candidate, bounds.callingCodes);
}

/**
 * The ASCII digits of `candidate`, or `null` when it holds any non-ASCII character: other scripts' digits
 * and the full-width plus count for libphonenumber, and such a candidate simply gets no shortcut.
 */
function asciiDigits(candidate: string): string | null {
  let digits = '';
  for (let i = 0; i < candidate.length; i++) {
    const code = candidate.charCodeAt(i);
    if (code >= 0x80) return null;
    if (code >= 48 && code <= 57) digits += candidate.charAt(i);
  }
  return digits;
}

/** Whether `candidate` has too few digits to be a number of any plan it can be read in. */
function tooFewDigits(candidate: string, plan: PlanBounds, anyMin: number): boolean {
  const digits = asciiDigits(candidate);
  if (digits === null) return false;
  if (digits.length >= plan.nationalMin) return false;
  const international = candidate.indexOf('+') >= 0 || plan.idd.test(digits);
  return !international || digits.length < anyMin;
}

/**
 * Finds phone numbers in slices of one scanned text, remembering candidates' verdicts and slices' numbers
 * for the scan. Create one per scan: the memory grows with the distinct candidates and slices of that text.
 */
export class PhoneReader {
  private readonly verdicts = new Map<string, PhoneNumber | null>();
  private readonly slices = new Map<string, readonly NumberFound[]>();
  private readonly matchers = new Map<CountryCode, ReusableMatcher>();
  private readonly bounds: Bounds;

  constructor(private readonly metadata: MetadataJson) {
    this.bounds = planBounds(metadata);
  }

  /**
   * A matcher for `country` set to read `slice`. Constructing one compiles its regexes (a fifth of the
   * phone time on dense prose), so one per country is kept and pointed at the next slice: its search
   * state is three fields, checked to be there before the first reuse; otherwise a new one is made.
   */
  private matcherFor(country: CountryCode, slice: string): ReusableMatcher {
    const options = { defaultCountry: country, v2: true } as const;
    const kept = this.matchers.get(country);
    if (kept !== undefined && kept.state === 'DONE') {
      kept.text = slice;
      kept.searchIndex = 0;
      kept.state = 'NOT_READY';
      return kept;
    }
    const made = new PhoneNumberMatcher(slice, options, this.metadata) as unknown as ReusableMatcher;
    if (typeof made.text === 'string' && made.searchIndex === 0 && made.state === 'NOT_READY')
      this.matchers.set(country, made);
    return made;
  }

  /**
   * Whether libphonenumber, reading with `country` as the default, is spared `candidate` because it has
   * too few digits to be a number (the answer it would give is "no number"). Also true of every digit
   * group inside it, so libphonenumber would find nothing in it at all.
   */
  skips(candidate: string, country: CountryCode): boolean {
    const plan = this.bounds.plans.get(country);
    return plan !== undefined && tooFewDigits(candidate, plan, this.bounds.anyMin);
  }

  /**
   * Exactly `findNumbers(slice, { defaultCountry: country, v2: true }, metadata)`. That depends on the
   * slice and the country only, so a slice read before in this scan (a signature or a quoted message
   * repeated down a thread) is answered from memory.
   */
  numbersIn(slice: string, country: CountryCode): NumberFound[] {
    // Country codes are two letters: the key cannot be read two ways.
    const key = country + slice;
    let found = this.slices.get(key);
    if (found === undefined) {
      found = this.read(slice, country);
      this.slices.set(key, found);
    }
    return found.slice();
  }

  private read(slice: string, country: CountryCode): NumberFound[] {
    const plan = this.bounds.plans.get(country);
    if (typeof BASE_STEP !== 'function' || plan === undefined)
      return findNumbers(slice, { defaultCountry: country, v2: true }, this.metadata);
    const base = BASE_STEP as ParseAndVerify;
    const { verdicts } = this;
    const bounds = this.bounds;
    const matcher = this.matcherFor(country, slice);
    if (matcher.parseAndVerify === BASE_STEP) {
      matcher.parseAndVerify = function (this: unknown, candidate, offset, text) {
        if (cannotBeNumber(candidate, plan, bounds)) return undefined;
        const before = offset > 0 ? text.charAt(offset - 1) : '';
        const end = offset + candidate.length;
        const after = end < text.length ? text.charAt(end) : '';
        // Lengths keep the key unambiguous: the context characters may be anything, separators included.
        const key = `${country}${before.length}${before}${after.length}${after}${candidate}`;
        let verdict = verdicts.get(key);
        if (verdict === undefined) {
          // The same step on just the characters it reads: the candidate and its two neighbours.
          const verified = base.call(this, candidate, before.length, before + candidate + after);
          verdict = verified === undefined ? null : verified.phoneNumber;
          verdicts.set(key, verdict);
        }
        return verdict === null ? undefined : { startsAt: offset, endsAt: end, phoneNumber: verdict };
      };
    }
    const found: NumberFound[] = [];
    while (matcher.hasNext()) {
      const next = matcher.next();
      if (next !== undefined) found.push(next);
    }
    return found;
  }
}
