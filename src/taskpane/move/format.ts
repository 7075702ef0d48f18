/** Sizes and dates as people read them, in the pane's language. */
import type { Language } from '../../core/policy/types';

const LOCALE: { readonly [L in Language]: string } = { sv: 'sv-SE', en: 'en-GB' };

/** `1,2 MB` / `1.2 MB`, `15 KB`, `512 bytes`. */
export function formatBytes(size: number, language: Language): string {
  const number = (value: number, digits: number) =>
    value.toLocaleString(LOCALE[language], { maximumFractionDigits: digits });
  if (size < 1024) return language === 'sv' ? `${size} byte` : `${size} bytes`;
  if (size < 1024 * 1024) return `${number(size / 1024, 0)} KB`;
  return `${number(size / (1024 * 1024), 1)} MB`;
}

/** `25 december 2026` / `25 December 2026` (the date only, in the user's time zone). */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric' }).format(
    date,
  );
}
