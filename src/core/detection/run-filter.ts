/**
 * Which digit runs are worth trying at all: one test per run for a whole group of patterns.
 *
 * `matchesAtRuns` tries each pattern, anchored, at every position from `lead` characters before a run to
 * its first digit. On a spreadsheet with hundreds of thousands of digit runs and some twenty identity-number
 * patterns that is millions of calls, nearly all of them failing at once. The patterns of one group (same
 * run length, lead and flags) are therefore joined into ONE sticky regex, `[\s\S]{0,lead}?(?:p1|p2|…)`,
 * tried once per run: it matches exactly when some pattern of the group matches at one of the run's
 * positions. A run where it fails is skipped by every pattern of the group; the others are tried as before.
 * Skipping positions where a pattern does not match changes nothing (a failed try moves no position), so
 * each pattern still finds exactly what a global scan finds.
 */
import type { Pattern, Recognizer } from './types';

/**
 * `source` with its numbered back-references moved up by `offset` (it is placed after `offset` capture
 * groups of other patterns), and its own number of capture groups; `null` when it cannot be moved safely:
 * named groups or references, or a `\N` that is an octal escape rather than a reference.
 */
export function shiftGroups(source: string, offset: number): { source: string; groups: number } | null {
  let groups = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && source.charAt(i + 1) !== '?') groups++;
    else if (c === '(' && source.charAt(i + 2) === '<' && !/[=!]/.test(source.charAt(i + 3))) return null;
  }
  let out = '';
  inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c !== '\\') {
      if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      out += c;
      continue;
    }
    const next = source.charAt(i + 1);
    if (next === 'k') return null;
    if (inClass || next < '1' || next > '9') {
      out += c + next;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < source.length && /[0-9]/.test(source.charAt(end))) end++;
    const number = Number(source.slice(i + 1, end));
    // More than the groups there are: Annex B reads it as an octal escape, which must not be renumbered.
    if (number > groups) return null;
    out += `\\${number + offset}`;
    i = end - 1;
  }
  return { source: out, groups };
}

/** The group's patterns as one alternation (distinct regexes once), or null when they cannot be joined. */
function alternation(patterns: readonly Pattern[]): string | null {
  const sources: string[] = [];
  for (const p of patterns) if (sources.indexOf(p.regex.source) < 0) sources.push(p.regex.source);
  const parts: string[] = [];
  let offset = 0;
  for (const source of sources) {
    const shifted = shiftGroups(source, offset);
    if (shifted === null) return null;
    parts.push(shifted.source);
    offset += shifted.groups;
  }
  return parts.join('|');
}

/** The flags a pattern's regex is tried with, apart from `g` and `y` (which the engine sets itself). */
export function patternFlags(pattern: Pattern): string {
  return pattern.regex.flags.replace(/[gy]/g, '');
}

/** A group's joined test, compiled per lead on first use (shorter only at the very start of a text). */
export class RunFilter {
  private readonly byLead = new Map<number, RegExp>();
  private readonly body: string | null;

  /** `patterns`: all with the same trigger length and lead, and the same flags. */
  constructor(
    patterns: readonly Pattern[],
    private readonly lead: number,
    private readonly flags: string,
  ) {
    // A unicode regex steps over whole code points, so its lazy prefix would not try every position.
    this.body = patterns.length === 0 || /[uv]/.test(flags) ? null : alternation(patterns);
  }

  private testFor(lead: number): RegExp | undefined {
    if (this.body === null) return undefined;
    let re = this.byLead.get(lead);
    if (re === undefined) {
      // Lazy: the positions are tried in order, each with every alternative, as separate tries would be.
      re = new RegExp(`[\\s\\S]{0,${lead}}?(?:${this.body})`, `${this.flags}y`);
      this.byLead.set(lead, re);
    }
    return re;
  }

  /** The runs of `starts` where some pattern of the group matches at one of the run's positions. */
  hot(text: string, starts: readonly number[]): number[] {
    if (this.body === null) return starts.slice();
    const hot: number[] = [];
    for (const runStart of starts) {
      const from = Math.max(0, runStart - this.lead);
      const re = this.testFor(runStart - from);
      if (re === undefined) return starts.slice();
      re.lastIndex = from;
      if (re.test(text)) hot.push(runStart);
    }
    return hot;
  }
}

/** Key of the patterns tried at the same digit-run positions with the same flags (one `RunFilter` each). */
export function runGroupKey(pattern: Pattern): string | undefined {
  const t = pattern.trigger;
  if (t?.kind !== 'digit-run' || t.lead === undefined) return undefined;
  return `${t.length}:${t.lead}:${patternFlags(pattern)}`;
}

/** The run filters of a recognizer list: its digit-run patterns grouped by `runGroupKey`. */
function runFiltersOf(recognizers: readonly Recognizer[]): Map<string, RunFilter> {
  const groups = new Map<string, { patterns: Pattern[]; lead: number; flags: string }>();
  for (const recognizer of recognizers)
    for (const pattern of recognizer.patterns ?? []) {
      const key = runGroupKey(pattern);
      if (key === undefined || pattern.trigger?.kind !== 'digit-run') continue;
      let group = groups.get(key);
      if (group === undefined) {
        group = { patterns: [], lead: pattern.trigger.lead ?? 0, flags: patternFlags(pattern) };
        groups.set(key, group);
      }
      group.patterns.push(pattern);
    }
  const filters = new Map<string, RunFilter>();
  for (const [key, g] of groups) filters.set(key, new RunFilter(g.patterns, g.lead, g.flags));
  return filters;
}

/** Run filters by recognizer list, built once per list like the gate words. */
const RUN_FILTERS = new WeakMap<readonly Recognizer[], Map<string, RunFilter>>();

export function runFiltersFor(recognizers: readonly Recognizer[]): Map<string, RunFilter> {
  let filters = RUN_FILTERS.get(recognizers);
  if (filters === undefined) {
    filters = runFiltersOf(recognizers);
    RUN_FILTERS.set(recognizers, filters);
  }
  return filters;
}
