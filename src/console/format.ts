/** Numbers and dates as the console's language writes them. */
import type { ConsoleLang } from './strings';

const locale = (lang: ConsoleLang): string => (lang === 'sv' ? 'sv-SE' : 'en-GB');

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** 1 536 → "1.5 KB" (binary multiples, one decimal above bytes). */
export function formatBytes(bytes: number, lang: ConsoleLang): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

/** ISO instant → the day, e.g. "5 Dec 2026" / "5 dec. 2026". */
export function formatDay(iso: string, lang: ConsoleLang): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

/** ISO instant → day and time. */
export function formatMoment(iso: string, lang: ConsoleLang): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeStyle: 'medium' }).format(
    new Date(iso),
  );
}

/** Offers `blob` as a download named `name` (CSV and JSON exports). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
