/**
 * Runs recognizers' patterns and custom finders over a document: the only loop over the text.
 *
 * Savings that keep the number of passes down (STYLE: "speed is designed"):
 * - a regular expression used by several patterns (ten digits in a row is a Swedish, a Danish and a
 *   company number shape) runs once per document; each pattern scores the shared matches its own way;
 * - a pattern with a trigger (an `@`, a run of six digits) runs only around the trigger's occurrences,
 *   found with one cheap pass that patterns sharing the trigger also share;
 * - a recognizer that cannot reach its minimum score without a context word (passport numbers, car plates,
 *   Danish CPR…) runs only in windows around those words. Tables are scanned whole, since a column header
 *   is context for cells far from it.
 */
import type {
  Candidate,
  ContextRule,
  Pattern,
  PatternTrigger,
  Recognizer,
  ScanDocument,
  ScanEnv,
  Span,
} from './types';
import { findWords, type Dictionary, type WordMatch } from './words';
import { compileTrieDictionary } from './recognizers/sensitive-terms/trie-dictionary';
import { DEFAULT_MIN_SCORE, VALID_BOOST } from './scoring';
import { mergeWindows, triggerSpots } from './windows';
import { columnUnder } from './text-table';
import { digitRuns, matchesAtRuns, startsOfAtLeast, type DigitRuns } from './digit-runs';
import { runFiltersFor, runGroupKey, type RunFilter } from './run-filter';

/** How far a context window reaches past the rule's own distance: room for the candidate itself. */
const CANDIDATE_REACH = 80;

function* runRegex(text: string, offset: number, pattern: Pattern): Generator<Span> {
  const re = pattern.regex;
  if (!re.global) throw new TypeError(`Pattern ${pattern.name} must use the g flag`);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const group = pattern.group ?? 0;
    const value = m[group];
    if (value === undefined || value.length === 0) continue;
    // The value group is the last thing the leading context can precede: find it from the match's end.
    const start = offset + (group === 0 ? m.index : m.index + m[0].lastIndexOf(value));
    yield { start, end: start + value.length };
  }
}

function* inWindows(text: string, windows: readonly Span[], pattern: Pattern): Generator<Span> {
  for (const w of windows) yield* runRegex(text.slice(w.start, w.end), w.start, pattern);
}

/** Whether no pattern of the recognizer can be reported without a positive context word. */
export function needsContext(recognizer: Recognizer): boolean {
  const patterns = recognizer.patterns ?? [];
  if (patterns.length === 0 || recognizer.context === undefined || recognizer.context.length === 0)
    return false;
  const min = recognizer.minScore ?? DEFAULT_MIN_SCORE;
  // A name on the line can stand for the keyword (`namedContext`): then every line may hold one.
  const named = recognizer.namedContext?.amount ?? 0;
  return patterns.every((p) => p.score + VALID_BOOST + named < min);
}

/** A dictionary entry's key: what `compileDictionary` matches it by. */
function entryKey(entry: string): string {
  return (entry.charAt(entry.length - 1) === '*' ? entry.slice(0, -1) : entry).toLowerCase();
}

/**
 * The positive context words of every recognizer that needs them, compiled into ONE dictionary, so the
 * text is walked once for all of them; each rule then takes the hits of its own words. Depends only on the
 * recognizers, so it is built once per recognizer list (see `gateWordsFor`), not once per scan.
 */
class GateWords {
  readonly dictionary: Dictionary;
  readonly rulesByKey: { readonly [key: string]: readonly ContextRule[] };

  constructor(recognizers: readonly Recognizer[]) {
    const rulesByKey: { [key: string]: ContextRule[] } = {};
    const words: string[] = [];
    for (const recognizer of recognizers) {
      if (!needsContext(recognizer)) continue;
      for (const rule of recognizer.context ?? []) {
        for (const word of rule.words) {
          const key = entryKey(word);
          const rules = rulesByKey[key] ?? (rulesByKey[key] = []);
          if (rules.indexOf(rule) < 0) rules.push(rule);
          words.push(word);
        }
      }
    }
    this.rulesByKey = rulesByKey;
    // Folded into a trie: a flat alternation of a few hundred words was tried word by word at every position.
    this.dictionary = compileTrieDictionary(words);
  }
}

/**
 * Gate words by recognizer list. Recognizers are constant data (`DEFAULT_RECOGNIZERS`, or a caller's list
 * kept for its scans), so the list itself is the key; a list that is collected takes its entry with it.
 */
const GATE_WORDS = new WeakMap<readonly Recognizer[], GateWords>();

function gateWordsFor(recognizers: readonly Recognizer[]): GateWords {
  let words = GATE_WORDS.get(recognizers);
  if (words === undefined) {
    words = new GateWords(recognizers);
    GATE_WORDS.set(recognizers, words);
  }
  return words;
}

/** One document's context gate: the gate words' hits, found on first use and shared by every recognizer. */
class ContextGate {
  private hits: WordMatch[] | undefined;

  constructor(private readonly words: GateWords) {}

  /** Windows around the recognizer's context words (one dictionary pass for all recognizers). */
  windows(doc: ScanDocument, recognizer: Recognizer): Span[] {
    if (this.hits === undefined) this.hits = findWords(this.words.dictionary, doc.lower);
    const rules = recognizer.context ?? [];
    const raw: Span[] = [];
    for (const hit of this.hits) {
      for (const rule of this.words.rulesByKey[entryKey(hit.word)] ?? []) {
        if (rules.indexOf(rule) < 0) continue;
        // A word heading a typed table's column reaches every row under it, however long the table.
        const column = columnUnder(doc.text, hit);
        const lastRow = column?.rows[column.rows.length - 1];
        raw.push({
          start: hit.start - rule.after - CANDIDATE_REACH,
          end: Math.max(hit.end + rule.before + CANDIDATE_REACH, lastRow?.end ?? 0),
        });
      }
    }
    return mergeWindows(doc.text, raw);
  }
}

function triggerKey(t: PatternTrigger): string {
  return t.kind === 'literal'
    ? `literal:${t.reach}:${t.literal}`
    : `digits:${t.reach}:${t.length}:${t.lead ?? ''}`;
}

function candidates(spans: readonly Span[], pattern: Pattern): Candidate[] {
  return spans.map((s) => ({ start: s.start, end: s.end, pattern: pattern.name, score: pattern.score }));
}

/** One document's candidate source: remembers shared regexes' matches and trigger windows for the scan. */
export class CandidateScan {
  private readonly matches = new Map<string, Span[]>();
  private readonly triggers = new Map<string, Span[]>();
  private readonly runs = new Map<number, number[]>();
  private readonly hot = new Map<string, number[]>();
  private readonly gate: ContextGate;
  private readonly runFilters: Map<string, RunFilter>;
  /** The shortest run any digit-run pattern asks for: one pass lists those runs for every length. */
  private readonly shortestRun: number;
  private shortRuns: DigitRuns | undefined;

  constructor(
    private readonly doc: ScanDocument,
    private readonly env: ScanEnv,
    recognizers: readonly Recognizer[],
  ) {
    this.gate = new ContextGate(gateWordsFor(recognizers));
    this.runFilters = runFiltersFor(recognizers);
    let shortest = Infinity;
    for (const recognizer of recognizers)
      for (const pattern of recognizer.patterns ?? [])
        if (pattern.trigger?.kind === 'digit-run') shortest = Math.min(shortest, pattern.trigger.length);
    this.shortestRun = shortest;
  }

  private windowsFor(trigger: PatternTrigger): Span[] {
    const key = triggerKey(trigger);
    let windows = this.triggers.get(key);
    if (windows === undefined) {
      windows = mergeWindows(this.doc.text, triggerSpots(this.doc.text, trigger));
      this.triggers.set(key, windows);
    }
    return windows;
  }

  /** Starts of the runs of at least `length` digits (one pass for all lengths, shared by every pattern). */
  private runStarts(length: number): number[] {
    let starts = this.runs.get(length);
    if (starts === undefined) {
      const shortest = Math.min(this.shortestRun, length);
      if (this.shortRuns === undefined || shortest < this.shortestRun)
        this.shortRuns = digitRuns(this.doc.text, shortest);
      starts = startsOfAtLeast(this.shortRuns, length);
      this.runs.set(length, starts);
    }
    return starts;
  }

  /**
   * The runs where some pattern of `pattern`'s group can match (one joined test per run, see
   * run-filter.ts); all runs for a pattern outside the recognizer list's groups.
   */
  private hotRuns(pattern: Pattern, length: number): number[] {
    const key = runGroupKey(pattern);
    const filter = key === undefined ? undefined : this.runFilters.get(key);
    if (key === undefined || filter === undefined) return this.runStarts(length);
    let hot = this.hot.get(key);
    if (hot === undefined) {
      hot = filter.hot(this.doc.text, this.runStarts(length));
      this.hot.set(key, hot);
    }
    return hot;
  }

  private wholeText(pattern: Pattern): Span[] {
    const trigger = pattern.trigger;
    const key = `${pattern.regex.source}/${pattern.regex.flags}#${pattern.group ?? 0}@${trigger ? triggerKey(trigger) : ''}`;
    let found = this.matches.get(key);
    if (found === undefined) {
      const text = this.doc.text;
      if (trigger?.kind === 'digit-run' && trigger.lead !== undefined) {
        found = matchesAtRuns(text, this.hotRuns(pattern, trigger.length), trigger.lead, pattern);
      } else {
        const run = trigger ? inWindows(text, this.windowsFor(trigger), pattern) : runRegex(text, 0, pattern);
        found = [];
        for (const span of run) found.push(span);
      }
      this.matches.set(key, found);
    }
    return found;
  }

  /** Every candidate of one recognizer, patterns first, then its custom finder. */
  *of(recognizer: Recognizer): Generator<Candidate> {
    const patterns = recognizer.patterns ?? [];
    if (this.doc.cells.length === 0 && needsContext(recognizer)) {
      const windows = this.gate.windows(this.doc, recognizer);
      for (const pattern of patterns)
        yield* candidates(Array.from(inWindows(this.doc.text, windows, pattern)), pattern);
    } else {
      for (const pattern of patterns) yield* candidates(this.wholeText(pattern), pattern);
    }
    if (recognizer.find !== undefined) yield* recognizer.find(this.doc, this.env);
  }
}
