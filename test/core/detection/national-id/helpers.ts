/** Shared test helpers for the national-id recognizers: env, vector loading, one-call scans. */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../../src/core/detection';
import type { Finding, Recognizer, ScanEnv, ScanInput } from '../../../../src/core/detection';
import { NATIONAL_ID_RECOGNIZERS } from '../../../../src/core/detection/recognizers/national-id';
import { checkDigit } from '../../../../src/core/identifiers/checksums/luhn';

/** The fixed "today" every test uses (the core never reads the clock). */
export const TODAY = { year: 2026, month: 11, day: 25 } as const;

export function env(today: ScanEnv['today'] = TODAY): ScanEnv {
  return { today, allow: { values: [], emails: [], ownDomains: [] }, maxChars: 5_000_000 };
}

/** Test vectors: `test/data` (each folder with its origin and licence). */
export function loadVectors<T>(relative: string): T {
  const file = path.join(__dirname, '../../../data', relative);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Scan `text` (or a table input) with the national-id recognizers, or the given ones. */
export function scan(
  input: string | ScanInput,
  recognizers: readonly Recognizer[] = NATIONAL_ID_RECOGNIZERS,
  today?: ScanEnv['today'],
): readonly Finding[] {
  return analyze(typeof input === 'string' ? { text: input } : input, env(today), recognizers).findings;
}

/** `type value` pairs, for compact assertions. */
export function found(input: string | ScanInput, recognizers?: readonly Recognizer[]): string[] {
  return scan(input, recognizers).map((f) => `${f.type} ${f.value}`);
}

/** A CSV-like table: header row, then one value per row, with cells for every value. */
export function column(header: string, values: readonly string[]): ScanInput {
  let text = `${header}\n`;
  const cells: { header: string; start: number; end: number }[] = [];
  for (const value of values) {
    cells.push({ header, start: text.length, end: text.length + value.length });
    text += `${value}\n`;
  }
  return { text, cells };
}

/**
 * A Swedish-shaped number `[CC]YYMMDD-NNN` completed with its Luhn digit, so that a negative test
 * fails for the reason it names (date, century) and not because the checksum happens to fail.
 */
export function withLuhn(prefix: string): string {
  const digits = prefix.replace(/\D/g, '');
  return prefix + String(checkDigit(digits.slice(digits.length - 9)));
}
