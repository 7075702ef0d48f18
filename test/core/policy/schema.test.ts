import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { DEFAULT_POLICY, parsePolicy } from '../../../src/core/policy';

const repo = path.join(__dirname, '../../..');
const schema: unknown = JSON.parse(readFileSync(path.join(repo, 'policy.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema as object);

/** Files IT might write, valid and broken: the schema and parsePolicy must agree on every one. */
const FILES: ReadonlyArray<[string, unknown]> = [
  ['empty', {}],
  ['actions only', { actions: { name: 'off', health: 'warn' } }],
  [
    'full company',
    {
      company: {
        name: 'Exempel AB',
        domains: ['exempel.se'],
        organisationNumbers: ['556036-0793'],
        vatNumbers: [],
        bankgiro: [],
        switchboard: [],
        addresses: [],
        allowValues: ['x'],
      },
    },
  ],
  ['auth', { auth: { tenantId: 'a', clientId: 'b', scope: 'c' } }],
  [
    'https vault',
    { vault: { url: 'https://vault.example.com/base', linkExpiryDays: 1, retentionDays: 3650 } },
  ],
  ['bad action', { actions: { health: 'panic' } }],
  ['unknown category', { actions: { shoe_size: 'warn' } }],
  ['retention too long', { vault: { retentionDays: 3651 } }],
  ['retention zero', { vault: { retentionDays: 0 } }],
  ['fractional days', { vault: { linkExpiryDays: 2.5 } }],
  ['ftp vault', { vault: { url: 'ftp://vault.example.com' } }],
  ['vault url with space', { vault: { url: 'https://vault example.com' } }],
  ['bad domain', { company: { domains: ['vinnter'] } }],
  ['no domains', { company: { domains: [] } }],
  ['blank list entry', { company: { allowValues: ['  '] } }],
  ['number in list', { company: { switchboard: [4631390600] } }],
  ['string threshold', { bulk: { personalPerAttachment: '10' } }],
  ['zero threshold', { bulk: { peopleInList: 0 } }],
  ['unknown bulk field', { bulk: { perMail: 3 } }],
  ['unchecked block', { unchecked: 'block' }],
  ['unchecked warn', { unchecked: 'warn' }],
  ['unchecked off', { unchecked: 'off' }],
  ['unchecked inform', { unchecked: 'inform' }],
  ['bad language', { languages: ['sv', 'de'] }],
  ['no languages', { languages: [] }],
  ['version 2', { version: 2 }],
  ['unknown top-level field', { retention: 10 }],
  ['partial auth', { auth: { tenantId: 'a' } }],
  ['array', []],
  [
    'archive with rules',
    {
      archive: {
        retentionClass: 'standard',
        rules: [{ words: ['cv', 'meritförteckning'], retentionClass: 'recruitment' }],
      },
    },
  ],
  ['archive without default class', { archive: { rules: [] } }],
  ['archive class with capitals', { archive: { retentionClass: 'Recruitment' } }],
  ['archive rule without words', { archive: { rules: [{ retentionClass: 'recruitment' }] } }],
  ['archive rule with no words', { archive: { rules: [{ words: [], retentionClass: 'x' }] } }],
  ['archive word with a space', { archive: { rules: [{ words: ['två ord'], retentionClass: 'x' }] } }],
  ['archive rules not a list', { archive: { rules: { words: ['cv'] } } }],
  ['archive unknown field', { archive: { retentionDays: 730 } }],
  ['string company name empty', { company: { name: '' } }],
];

describe('policy.schema.json', () => {
  it('accepts the built-in policy and the shipped assets/policy.json', () => {
    expect(validate(JSON.parse(JSON.stringify(DEFAULT_POLICY)))).toBe(true);
    expect(validate(JSON.parse(readFileSync(path.join(repo, 'assets/policy.json'), 'utf8')))).toBe(true);
  });

  it.each(FILES)('agrees with parsePolicy on the %s file', (_name, json) => {
    const schemaValid = validate(json);
    const { errors } = parsePolicy(json);
    expect(errors.length === 0).toBe(schemaValid);
  });

  it('has broken files in the table (so the agreement test can fail)', () => {
    expect(FILES.filter(([, json]) => !validate(json)).length).toBeGreaterThan(15);
  });
});

/** Every property name in the schema, nested ones included. */
function propertyNames(node: unknown, out: string[] = []): string[] {
  if (typeof node !== 'object' || node === null) return out;
  const properties = (node as { properties?: { [key: string]: unknown } }).properties;
  if (properties) {
    for (const [key, child] of Object.entries(properties)) {
      out.push(key);
      propertyNames(child, out);
    }
  }
  return out;
}

describe('docs/policy.md', () => {
  const doc = readFileSync(path.join(repo, 'docs/policy.md'), 'utf8');

  it.each(propertyNames(schema))('documents the field %s', (name) => {
    expect(doc).toContain(`\`${name}\``);
  });
});
