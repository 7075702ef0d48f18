/**
 * `phone-metadata.json` is a subset of the installed libphonenumber-js minimal metadata. This test fails
 * when the library's metadata changes; refresh the subset with
 *   UPDATE_PHONE_METADATA=1 npx jest test/core/detection/personal/phone-metadata.test.ts
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import full from 'libphonenumber-js/metadata.min.json';
import {
  PHONE_COUNTRIES,
  PHONE_METADATA,
} from '../../../../src/core/detection/recognizers/personal/phone-metadata';

interface Metadata {
  version: number;
  country_calling_codes: { [code: string]: string[] };
  countries: { [country: string]: unknown };
  nonGeographic?: unknown;
}

function subsetOf(metadata: Metadata, countries: readonly string[]): Metadata {
  const callingCodes: { [code: string]: string[] } = {};
  for (const [code, list] of Object.entries(metadata.country_calling_codes)) {
    const kept = list.filter((c) => countries.includes(c));
    if (kept.length > 0) callingCodes[code] = kept;
  }
  const kept: { [country: string]: unknown } = {};
  for (const country of countries.slice().sort()) kept[country] = metadata.countries[country];
  return {
    version: metadata.version,
    country_calling_codes: callingCodes,
    countries: kept,
    nonGeographic: {},
  };
}

describe('phone metadata subset', () => {
  const expected = subsetOf(full as unknown as Metadata, PHONE_COUNTRIES);

  it('equals the installed libphonenumber-js metadata for the listed countries', () => {
    if (process.env.UPDATE_PHONE_METADATA === '1') {
      const file = path.join(
        __dirname,
        '../../../../src/core/detection/recognizers/personal/phone-metadata.json',
      );
      fs.writeFileSync(file, JSON.stringify(expected));
    }
    expect(JSON.parse(JSON.stringify(PHONE_METADATA))).toEqual(expected);
  });

  it('covers every Nordic country and territory', () => {
    for (const country of ['SE', 'NO', 'DK', 'FI', 'IS', 'AX', 'FO', 'GL', 'SJ'])
      expect(Object.keys(expected.countries)).toContain(country);
    expect(expected.country_calling_codes['46']).toEqual(['SE']);
    expect(expected.country_calling_codes['358']).toEqual(['FI', 'AX']);
  });

  it('is much smaller than the full minimal metadata', () => {
    const size = JSON.stringify(PHONE_METADATA).length;
    console.log(`phone metadata subset: ${size} characters (full min: ${JSON.stringify(full).length})`);
    expect(size).toBeLessThan(JSON.stringify(full).length / 3);
  });
});
