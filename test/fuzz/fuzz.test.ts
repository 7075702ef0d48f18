/**
 * Fuzz test: mutated inputs of every container format end in a result or a reported error — never an
 * exception, never a hang — and a part not fully read never leaves a draft `allow`.
 *
 * Seeded and bounded by count (no clock assertions). `npm test` runs a small prefix of the inputs;
 * `MAILGUARD_FUZZ_N=10000` runs the full set per format, `MAILGUARD_FUZZ_SEED` picks another set, and a
 * failure names `format#index`, which the same seed makes again. See test/fuzz/README.md.
 */
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkDraft, type Draft } from '../../src/core/draft';
import { extract, parseMessage, type ExtractionResult } from '../../src/core/extraction';
import { DEFAULT_POLICY, isUnchecked } from '../../src/core/policy';
import { fuzzFormats, type FuzzFormat } from './corpus';
import { mutate } from './mutate';
import { pick, rngFor } from './rng';

const COUNT = Number(process.env['MAILGUARD_FUZZ_N'] ?? 30);
const SEED = Number(process.env['MAILGUARD_FUZZ_SEED'] ?? 20261204);
/** `MAILGUARD_FUZZ_FORMATS=pdf,msg` runs only those formats. */
const ONLY = (process.env['MAILGUARD_FUZZ_FORMATS'] ?? '').split(',').filter((f) => f !== '');
/** The extraction's own time budget (the product's limit, not an assertion) keeps slow inputs bounded. */
const OPTIONS = { now: (): number => performance.now(), limits: { timeBudgetMs: 5000 } };
/** `MAILGUARD_FUZZ_REPORT=file` appends one JSON line per format: inputs, outcomes, crashes, slowest input. */
const REPORT = process.env['MAILGUARD_FUZZ_REPORT'] ?? '';
/**
 * Inputs a full run once found hanging or crashing, run on every run whatever the count: `msg#7839`, a
 * DIFAT count of two billion the .msg reader followed outside the file; `msg#8561`, a directory chain
 * starting at a negative sector, which the reader read as the header until V8 gave up on an array's size.
 */
const REGRESSIONS: { readonly [format: string]: readonly number[] } = { msg: [7839, 8561] };
const ENV = { today: { year: 2026, month: 12, day: 4 }, policy: DEFAULT_POLICY };
const KINDS: readonly ExtractionResult['kind'][] = [
  'text',
  'partial',
  'unsupported',
  'encrypted',
  'too-large',
  'failed',
];

function asDraft(name: string, content: ExtractionResult, size: number): Draft {
  return { subject: '', body: '', to: [], cc: [], bcc: [], attachments: [{ name, size, content }] };
}

/** Checks one result tree: known kinds only, all the way down. */
function badKind(result: ExtractionResult): string | undefined {
  if (KINDS.indexOf(result.kind) < 0) return `unknown result kind ${String(result.kind)}`;
  if (result.kind !== 'text' && result.kind !== 'partial') return undefined;
  for (const member of result.members ?? []) {
    const bad = badKind(member.result);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

/** How one input ended: the kind of its result (a message: its worst attachment), or what went wrong. */
interface Outcome {
  readonly kind: string;
  readonly problem?: string;
}

/** Kinds from best to worst, so a message is summed up by its least-read attachment. */
const RANK = ['text', 'partial', 'unsupported', 'encrypted', 'too-large', 'failed'];

function draftKind(draft: Draft): string {
  let worst = 'text';
  for (const a of draft.attachments)
    if (RANK.indexOf(a.content.kind) > RANK.indexOf(worst)) worst = a.content.kind;
  return worst;
}

/** Runs input `index` of `format`; returns how it ended and what went wrong, if anything. */
async function runOne(f: FuzzFormat, index: number): Promise<Outcome> {
  const rng = rngFor(SEED, f.format, index);
  const seed = pick(rng, f.seeds);
  const input = mutate(seed.bytes, f.zip, rng);
  try {
    let draft: Draft;
    let kind: string;
    if (f.message) {
      draft = await parseMessage(input, OPTIONS);
      kind = draftKind(draft);
    } else {
      const result = await extract(input, seed.name, OPTIONS);
      const bad = badKind(result);
      if (bad !== undefined) return { kind: 'crash', problem: bad };
      draft = asDraft(seed.name, result, input.length);
      kind = result.kind;
    }
    const { verdict } = checkDraft(draft, ENV);
    if (verdict.kind === 'allow' && verdict.errors.some(isUnchecked))
      return { kind, problem: 'a part not fully read was allowed as clean' };
    return { kind };
  } catch (error: unknown) {
    const problem = `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    return { kind: 'crash', problem };
  }
}

/** Appends the run's figures for one format to the report file (counts and times, never contents). */
function report(
  format: string,
  kinds: Map<string, number>,
  failures: number,
  wallMs: number,
  slowest: number,
): void {
  if (REPORT === '') return;
  const line = {
    format,
    seed: SEED,
    inputs: COUNT + (REGRESSIONS[format] ?? []).filter((i) => i >= COUNT).length,
    kinds: Object.fromEntries(kinds),
    failures,
    wallMs: Math.round(wallMs),
    slowestInputMs: Math.round(slowest),
  };
  appendFileSync(REPORT, `${JSON.stringify(line)}\n`);
}

describe(`fuzz: ${COUNT} mutated inputs per format (seed ${SEED})`, () => {
  const formats = fuzzFormats().filter((f) => ONLY.length === 0 || ONLY.indexOf(f.format) >= 0);
  it.each(formats.map((f) => [f.format, f] as const))(
    '%s: every input ends in a result or a reported error',
    async (_format, f) => {
      const failures: string[] = [];
      let failed = 0;
      const kinds = new Map<string, number>();
      let slowest = 0;
      const start = performance.now();
      const indices = [...Array(COUNT).keys(), ...(REGRESSIONS[f.format] ?? []).filter((i) => i >= COUNT)];
      for (const index of indices) {
        const before = performance.now();
        const { kind, problem } = await runOne(f, index);
        slowest = Math.max(slowest, performance.now() - before);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        if (problem === undefined) continue;
        failed++;
        if (failures.length < 20) failures.push(`${f.format}#${index}: ${problem}`);
      }
      report(f.format, kinds, failed, performance.now() - start, slowest);
      expect(failures).toEqual([]);
    },
    // Generous: a hang shows as this timeout; the count, not the clock, bounds a normal run.
    Math.max(60_000, COUNT * 500),
  );
});
