/** Shared helpers for the personal-data recognizer tests. */
import * as path from 'node:path';
import * as fs from 'node:fs';
import { analyze } from '../../../../src/core/detection';
import type { Finding, Recognizer, ScanEnv } from '../../../../src/core/detection';

/** A scan environment on 2026-11-25 with an optional allow-list. */
export function env(allow: Partial<ScanEnv['allow']> = {}): ScanEnv {
  return {
    today: { year: 2026, month: 11, day: 25 },
    allow: { values: [], emails: [], ownDomains: [], ...allow },
    maxChars: 5_000_000,
  };
}

/** Findings of `recognizers` in `text`. */
export function scan(
  text: string,
  recognizers: readonly Recognizer[],
  scanEnv: ScanEnv = env(),
): readonly Finding[] {
  return analyze({ text }, scanEnv, recognizers).findings;
}

/** The matched values of the findings of type `type`. */
export function values(findings: readonly Finding[], type?: string): string[] {
  return findings.filter((f) => type === undefined || f.type === type).map((f) => f.value);
}

/** Test data kept in the repository: `test/data` (each folder with its origin and licence). */
export function sharedData<T>(relative: string): T {
  const file = path.join(__dirname, '../../../data', relative);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** One case of `seeds/tricky_cases.json`. */
export interface TrickyCase {
  readonly text: string;
  readonly expect: string;
  readonly trap?: string;
}

/** The tricky case whose text starts with `prefix` (fails loudly when the seed file changed). */
export function trickyCase(prefix: string): TrickyCase {
  const { cases } = sharedData<{ cases: TrickyCase[] }>('seeds/tricky_cases.json');
  const found = cases.find((c) => c.text.startsWith(prefix));
  if (found === undefined) throw new Error(`tricky case "${prefix}" not found`);
  return found;
}
