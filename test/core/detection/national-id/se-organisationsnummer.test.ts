import { analyze } from '../../../../src/core/detection';
import type { Recognizer } from '../../../../src/core/detection';
import {
  NATIONAL_ID_RECOGNIZERS,
  seOrganisationsnummer,
  sePersonnummer,
} from '../../../../src/core/detection/recognizers/national-id';
import { validateOrganisationsnummer } from '../../../../src/core/detection/recognizers/national-id/se-organisationsnummer';
import { env, found, loadVectors } from './helpers';

// Vectors: organisationsnummer/list.json (organisationsnummer/js, MIT) and personnummer/orgnumber.json.
interface OrgVector {
  input: string;
  valid: boolean;
  type: string;
}
interface ApVector {
  short_format: string;
  separated_format: string;
}
const orgs = loadVectors<OrgVector[]>('organisationsnummer/list.json');
const companies = orgs.filter((o) => o.type !== 'Enskild firma');
const soleTraders = orgs.filter((o) => o.type === 'Enskild firma');
const apFunds = loadVectors<ApVector[]>('personnummer/orgnumber.json').flatMap((v) => [
  v.short_format,
  v.separated_format,
]);

/** Any recognizer that would read every 10-digit run as a finding: what the suppressor must silence. */
const greedy: Recognizer = {
  id: 'phone-number',
  category: 'financial',
  patterns: [{ name: 'ten', regex: /\b\d{6}-?\d{4}\b|\b\d{12}\b/g, score: 0.9 }],
};

describe('se-organisationsnummer (suppressor)', () => {
  it.each(companies.map((o) => [o.input, o.valid] as const))('validates %s as %s', (input, valid) => {
    expect(validateOrganisationsnummer(input).kind).toBe(valid ? 'valid' : 'invalid');
  });

  it.each(companies.filter((o) => o.valid).map((o) => [o.input]))(
    '%s is never reported, and suppresses overlaps',
    (input) => {
      const text = `Leverantör ${input} (AB), org.nr ${input}`;
      expect(analyze({ text }, env(), NATIONAL_ID_RECOGNIZERS).findings).toEqual([]);
      expect(analyze({ text: `Org.nr ${input}` }, env(), [seOrganisationsnummer, greedy]).findings).toEqual(
        [],
      );
    },
  );

  it.each(['556016-0680', 'SE556016068001', 'SE 5560160680 01', '165560160680'])(
    'suppresses the written company shape %s',
    (value) => {
      expect(
        analyze({ text: `Faktura från ${value} betald` }, env(), [seOrganisationsnummer, greedy]).findings,
      ).toEqual([]);
    },
  );

  it.each(apFunds)('AP fund number %s is not a personnummer', (value) => {
    expect(found(`Mottagare ${value}, personnummer saknas`)).toEqual([]);
  });

  it.each(soleTraders.map((o) => [o.input]))(
    "sole trader's number %s is found as a personal number",
    (input) => {
      const types = found(`Enskild firma, personnummer ${input}`).map((t) => t.split(' ')[0]);
      expect(types.length).toBe(1);
      expect(['se-personnummer', 'se-samordningsnummer']).toContain(types[0]);
    },
  );

  it('does not suppress phone numbers (first digit 0) nor bare runs without an org word', () => {
    expect(
      analyze({ text: 'Ring 0736123456' }, env(), [seOrganisationsnummer, greedy]).findings,
    ).toHaveLength(1);
    expect(validateOrganisationsnummer('0736123456')).toEqual({ kind: 'invalid', reason: 'component' });
  });

  it('never suppresses a personnummer (month digits < 20)', () => {
    expect(validateOrganisationsnummer('850709-9805')).toEqual({ kind: 'invalid', reason: 'component' });
    expect(
      found('Org.nr 556016-0680, kontakt personnummer 850709-9805', [seOrganisationsnummer, sePersonnummer]),
    ).toEqual(['se-personnummer 850709-9805']);
  });
});
