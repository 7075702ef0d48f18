/**
 * Phone numbering-plan metadata for the countries Mail Guard's users mail with: a subset of
 * libphonenumber-js's `metadata.min.json` (Google libphonenumber data, Apache-2.0), cut down because
 * the on-send bundle has a size budget (the full minimal metadata is ~19 KB gzip, this subset ~5 KB).
 * Numbers of other countries are still found when written `+CC …` next to a phone word (`phone.ts`).
 *
 * `phone-metadata.json` is generated from the installed libphonenumber-js; the test
 * `test/core/detection/personal/phone-metadata.test.ts` fails when it drifts and shows how to refresh it.
 */
import type { MetadataJson } from 'libphonenumber-js/core';
import subset from './phone-metadata.json';

/** Countries in the subset: the Nordics and their territories, the EU/EEA, GB, CH, US and CA. */
export const PHONE_COUNTRIES: readonly string[] = [
  'SE',
  'NO',
  'SJ',
  'DK',
  'FI',
  'AX',
  'IS',
  'FO',
  'GL',
  'EE',
  'LV',
  'LT',
  'DE',
  'PL',
  'NL',
  'BE',
  'LU',
  'FR',
  'GB',
  'IE',
  'CH',
  'LI',
  'AT',
  'ES',
  'PT',
  'IT',
  'GR',
  'CZ',
  'SK',
  'HU',
  'SI',
  'HR',
  'RO',
  'BG',
  'CY',
  'MT',
  'US',
  'CA',
];

/** The metadata passed to libphonenumber-js/core. */
export const PHONE_METADATA: MetadataJson = subset as unknown as MetadataJson;
