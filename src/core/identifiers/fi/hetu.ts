/**
 * Finnish henkilötunnus (Population Information Act 661/2009 § 11; DVV, century signs extended
 * 2023-01-01): `DDMMYY` + century sign + `NNN` + check character
 * `0123456789ABCDEFHJKLMNPRSTUVWXY`[DDMMYYNNN mod 31].
 * Signs: `+` 1800s; `-` `Y` `X` `W` `V` `U` 1900s; `A` `B` `C` `D` `E` `F` 2000s.
 */
import { fail, type CalendarDate, type IdResult } from '../types';
import { isFuture, isRealDate } from '../checksums/dates';

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** The century a sign stands for, or null. */
export function finnishCentury(sign: string): number | null {
  if (sign === '+') return 1800;
  if ('-YXWVU'.indexOf(sign) >= 0) return 1900;
  if ('ABCDEF'.indexOf(sign) >= 0) return 2000;
  return null;
}

/** What a henkilötunnus encodes. */
export interface HetuParsed {
  readonly birth: CalendarDate;
  readonly individual: string;
}

/** Trim white space. The case is kept: DVV writes upper case, and lower case is rejected as a format. */
export function compact(value: string): string {
  return value.replace(/\s/g, '');
}

/** Shape, century sign, a real date not in the future, the check character. */
export function validate(value: string, today: CalendarDate): IdResult<HetuParsed> {
  const v = compact(value);
  if (v.length !== 11) return fail(/^\d{6}[-+A-FU-Y]/.test(v) ? 'length' : 'format');
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(v);
  if (m === null) return fail('format');
  const century = finnishCentury(m[4] ?? '');
  if (century === null) return fail('format');
  const birth = { year: century + Number(m[3]), month: Number(m[2]), day: Number(m[1]) };
  if (!isRealDate(birth.year, birth.month, birth.day) || isFuture(birth, today)) return fail('date');
  const expected = CHECK_CHARS.charAt(Number(`${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}${m[5] ?? ''}`) % 31);
  if (expected !== m[6]) return fail('checksum');
  return { kind: 'valid', check: 'mod31', parsed: { birth, individual: m[5] ?? '' } };
}

/** The number as DVV writes it, or null when invalid. */
export function format(value: string, today: CalendarDate): string | null {
  return validate(value, today).kind === 'invalid' ? null : compact(value);
}
