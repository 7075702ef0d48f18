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

/**
 * Countries in the subset: the Nordics and their territories, the EU/EEA, GB, CH, US and CA, and every
 * country that shares a calling code with GB or IT (GG, IM, JE, VA): libphonenumber decides a `+44` number
 * among all the countries of its code, and without Jersey's and Guernsey's plans it calls valid British
 * mobiles in their ranges (`+44 7911 …`) invalid. (+1's Caribbean plans are left out: a `+1` number of a
 * missing plan is still read next to a phone word.)
 */
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
  'GG',
  'IM',
  'JE',
  'IE',
  'CH',
  'LI',
  'AT',
  'ES',
  'PT',
  'IT',
  'VA',
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
