import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { DEFAULT_POLICY, parsePolicy } from '../../../src/core/policy';

const schema: unknown = JSON.parse(readFileSync(path.join(__dirname, '../../../policy.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema as object);

describe('policy: the recipients section', () => {
  it('defaults: no partners, the webmail list, five visible addresses, first-mail check off', () => {
    expect(parsePolicy({}).policy.recipients).toEqual(DEFAULT_POLICY.recipients);
    expect(DEFAULT_POLICY.recipients.visibleListThreshold).toBe(5);
    expect(DEFAULT_POLICY.recipients.firstMailToNewDomain).toBe(false);
    expect(DEFAULT_POLICY.actions.recipient).toBe('warn');
  });

  it.each<[string, unknown, string[]]>([
    [
      'partners and webmail',
      { partnerDomains: ['Partner.SE', 'räksmörgås.se'], webmailDomains: ['gmail.com', 'hotmail.*'] },
      [],
    ],
    [
      'threshold and memory',
      { visibleListThreshold: 10, firstMailToNewDomain: true, newDomainMemory: 100 },
      [],
    ],
    ['wildcard partner', { partnerDomains: ['partner.*'] }, ['recipients.partnerDomains[0]']],
    ['address as a domain', { webmailDomains: ['me@gmail.com'] }, ['recipients.webmailDomains[0]']],
    ['threshold of one', { visibleListThreshold: 1 }, ['recipients.visibleListThreshold']],
    ['unknown field', { bccThreshold: 3 }, ['recipients.bccThreshold']],
  ])('%s: parsePolicy and the schema agree', (_label, recipients, paths) => {
    const { policy, errors } = parsePolicy({ recipients });
    expect(errors.map((e) => e.path)).toEqual(paths);
    expect(validate({ recipients })).toBe(paths.length === 0);
    if (paths.length === 0)
      expect(policy.recipients.partnerDomains.every((d) => d === d.toLowerCase())).toBe(true);
  });

  it('accepts the recipient action', () => {
    expect(parsePolicy({ actions: { recipient: 'block' } }).policy.actions.recipient).toBe('block');
    expect(validate({ actions: { recipient: 'off' } })).toBe(true);
  });
});
