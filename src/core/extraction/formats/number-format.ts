/**
 * Spreadsheet numbers shown roughly as a reader sees them: dates and times from serial numbers (ISO
 * 8601), percentages, and digit patterns such as `000000-0000` (how a personnummer column is often
 * formatted). Everything else keeps the stored value, rounded to 15 significant digits as Excel does.
 */

/** ECMA-376 Part 1, 18.8.30: built-in formats that display dates or times. */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** Format code with quoted literals, escapes and `[colour]`/`[$-locale]` sections removed. */
function stripLiterals(code: string): string {
  return code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** How a cell's number is shown. */
export type NumberStyle =
  | { readonly kind: 'general' }
  | { readonly kind: 'date'; readonly time: boolean; readonly date: boolean }
  | { readonly kind: 'percent'; readonly decimals: number }
  | { readonly kind: 'digits'; readonly pattern: string };

/** Classifies a number format by id and code (custom formats have ids ≥ 164). */
export function classifyFormat(id: number, code: string | undefined): NumberStyle {
  if (id === 9) return { kind: 'percent', decimals: 0 };
  if (id === 10) return { kind: 'percent', decimals: 2 };
  if (isBuiltInDate(id)) {
    const timeOnly = (id >= 18 && id <= 21) || (id >= 45 && id <= 47);
    return { kind: 'date', date: !timeOnly, time: timeOnly || id === 22 };
  }
  if (code === undefined) return { kind: 'general' };
  const bare = stripLiterals(code.split(';')[0] ?? '');
  if (/^[0#]+(?:[- ][0#]+)+$/.test(bare)) return { kind: 'digits', pattern: bare };
  if (/%$/.test(bare)) return { kind: 'percent', decimals: (/\.(0+)/.exec(bare)?.[1] ?? '').length };
  if (/[dyDY]/.test(bare) || /[hsHS]/.test(bare) || /^[mM]+$/.test(bare)) {
    return {
      kind: 'date',
      date: /[dyDYmM]/.test(bare.replace(/[hH]+:?[mM]+/g, '')),
      time: /[hsHS]/.test(bare),
    };
  }
  return { kind: 'general' };
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Serial day number → ISO date/time (1900 date system; `date1904` for old Mac workbooks). */
export function formatSerialDate(
  serial: number,
  style: { time: boolean; date: boolean },
  date1904: boolean,
): string {
  const days = serial + (date1904 ? 1462 : 0);
  // Serial 25569 is 1970-01-01 in the 1900 system (which counts a non-existent 1900-02-29).
  const ms = Math.round((days - 25569) * 86400) * 1000;
  const when = new Date(ms);
  if (isNaN(when.getTime())) return String(serial);
  const datePart = `${when.getUTCFullYear()}-${two(when.getUTCMonth() + 1)}-${two(when.getUTCDate())}`;
  const timePart = `${two(when.getUTCHours())}:${two(when.getUTCMinutes())}:${two(when.getUTCSeconds())}`;
  if (style.date && style.time) return `${datePart} ${timePart}`;
  return style.time ? timePart : datePart;
}

/** Fills an integer's digits right to left into the `0`/`#` places of a pattern like `000000-0000`. */
function formatDigits(value: number, pattern: string): string {
  let digits = String(Math.round(Math.abs(value)));
  if (/e/.test(digits)) return String(value);
  const out: string[] = [];
  for (let i = pattern.length - 1; i >= 0; i--) {
    const c = pattern.charAt(i);
    if (c === '0' || c === '#') {
      const digit = digits.length > 0 ? digits.charAt(digits.length - 1) : c === '0' ? '0' : '';
      digits = digits.slice(0, -1);
      out.unshift(digit);
    } else {
      out.unshift(c);
    }
  }
  return digits + out.join('');
}

/** Shows a stored numeric value `raw` in the given style. */
export function formatNumber(raw: string, style: NumberStyle, date1904: boolean): string {
  // Most cells are General with a short stored value: at most 15 characters cannot carry rounding noise.
  if (style.kind === 'general' && raw.length <= 15) return raw;
  const value = parseFloat(raw);
  if (!isFinite(value)) return raw;
  switch (style.kind) {
    case 'date':
      return formatSerialDate(value, style, date1904);
    case 'percent':
      return `${(value * 100).toFixed(style.decimals)}%`;
    case 'digits':
      return formatDigits(value, style.pattern);
    case 'general':
      return String(Number(value.toPrecision(15)));
  }
}
