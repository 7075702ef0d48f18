/**
 * The string formats the contract uses, for TypeBox's own checker (`Value.Check`). The vault validates with
 * Ajv and its standard formats; clients check with these, which accept the same RFC 3339 forms.
 */
import { FormatRegistry } from '@sinclair/typebox';

/** RFC 3339 full-date. */
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** RFC 3339 date-time: full-date "T" time with seconds, optional fraction, `Z` or an offset. */
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** Registers the formats once (idempotent: a second call changes nothing). */
export function registerContractFormats(): void {
  if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', (value) => DATE.test(value));
  if (!FormatRegistry.Has('date-time'))
    FormatRegistry.Set('date-time', (value) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)));
}
