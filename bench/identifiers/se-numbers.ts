/**
 * Swedish personnummer / samordningsnummer for the benchmark: the valid entries of the copied test list
 * plus generated numbers of the same kind (real date, serial 980-999 as in Skatteverket's test series,
 * Luhn check digit; samordningsnummer with day + 60). Rendered in the four layouts people write.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isRealDate, luhnDigit } from './checks';
import type { Random } from './random';

export type SeKind = 'personnummer' | 'samordningsnummer' | 'samordningsnummer, day 60';

export interface SeNumber {
  /** YYYYMMDDNNNC */
  readonly long: string;
  readonly kind: SeKind;
  readonly source: 'test list' | 'generated';
}

export const SE_LAYOUTS = ['YYMMDD-NNNN', 'YYMMDDNNNN', 'YYYYMMDD-NNNN', 'YYYYMMDDNNNN'] as const;
export type SeLayout = (typeof SE_LAYOUTS)[number];

interface ListEntry {
  readonly long_format: string;
  readonly valid: boolean;
  readonly type: 'ssn' | 'con';
}

const LIST = path.join(__dirname, '..', '..', 'test', 'eval', 'synthetic', 'personnummer-list.json');

/** The valid numbers of the personnummer project's shared test list. */
export function listedNumbers(): SeNumber[] {
  const entries = JSON.parse(readFileSync(LIST, 'utf8')) as readonly ListEntry[];
  return entries
    .filter((e) => e.valid)
    .map((e) => ({
      long: e.long_format,
      kind: e.type === 'con' ? 'samordningsnummer' : 'personnummer',
      source: 'test list',
    }));
}

/** A generated number of `kind`, born between 1915 and 2008. */
export function generatedNumber(random: Random, kind: SeKind): SeNumber {
  for (;;) {
    const year = random.int(1915, 2008);
    const month = random.int(1, 12);
    const day = random.int(1, 31);
    if (!isRealDate(year, month, day)) continue;
    // Samordningsnummer add 60 to the day; day 60 alone means "day not known" in Skatteverket's lists.
    const dayField = kind === 'personnummer' ? day : kind === 'samordningsnummer' ? day + 60 : 60;
    const date = `${year}${pad(month)}${pad(dayField)}`;
    const serial = String(random.int(980, 999));
    const check = luhnDigit(date.slice(2) + serial);
    return { long: `${date}${serial}${check}`, kind, source: 'generated' };
  }
}

/** `n` rendered in `layout`; the 10-digit separated form uses `+` from the 100th birthday on. */
export function render(n: SeNumber, layout: SeLayout, today: Date): string {
  const short = n.long.slice(2);
  switch (layout) {
    case 'YYMMDD-NNNN':
      return `${short.slice(0, 6)}${isCentenarian(n, today) ? '+' : '-'}${short.slice(6)}`;
    case 'YYMMDDNNNN':
      return short;
    case 'YYYYMMDD-NNNN':
      return `${n.long.slice(0, 8)}-${n.long.slice(8)}`;
    case 'YYYYMMDDNNNN':
      return n.long;
  }
}

function isCentenarian(n: SeNumber, today: Date): boolean {
  const year = Number(n.long.slice(0, 4));
  const monthDay = Number(n.long.slice(4, 6)) * 100 + (Number(n.long.slice(6, 8)) % 60);
  const todayMonthDay = (today.getUTCMonth() + 1) * 100 + today.getUTCDate();
  const age = today.getUTCFullYear() - year - (monthDay > todayMonthDay ? 1 : 0);
  return age >= 100;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
