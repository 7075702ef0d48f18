import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_POLICY, parsePolicy } from '../../../src/core/policy';

const repo = path.join(__dirname, '../../..');

describe('parsePolicy', () => {
  it('reads the shipped assets/policy.json as exactly the built-in policy, without errors', () => {
    const json: unknown = JSON.parse(readFileSync(path.join(repo, 'assets/policy.json'), 'utf8'));
    expect(parsePolicy(json)).toEqual({ policy: DEFAULT_POLICY, errors: [] });
  });

  it('gives the defaults for an empty object', () => {
    expect(parsePolicy({})).toEqual({ policy: DEFAULT_POLICY, errors: [] });
  });

  it('applies valid fields and keeps defaults for the rest', () => {
    const { policy, errors } = parsePolicy({
      actions: { name: 'off', contact: 'inform' },
      company: { domains: ['Example.COM'], organisationNumbers: ['556036-0793'] },
      vault: { url: 'https://vault.example.com', retentionDays: 365 },
      auth: { tenantId: 't', clientId: 'c', scope: 'api://vault/files' },
      languages: ['en'],
      unchecked: 'block',
    });
    expect(errors).toEqual([]);
    expect(policy.unchecked).toBe('block');
    expect(policy.actions.name).toBe('off');
    expect(policy.actions.contact).toBe('inform');
    expect(policy.actions.health).toBe('block');
    expect(policy.company.domains).toEqual(['example.com']);
    expect(policy.company.organisationNumbers).toEqual(['556036-0793']);
    expect(policy.company.vatNumbers).toEqual(DEFAULT_POLICY.company.vatNumbers);
    expect(policy.vault).toEqual({
      url: 'https://vault.example.com',
      linkExpiryDays: 30,
      retentionDays: 365,
    });
    expect(policy.auth).toEqual({ tenantId: 't', clientId: 'c', scope: 'api://vault/files' });
    expect(policy.languages).toEqual(['en']);
  });

  it.each([
    [
      'an unknown action',
      { actions: { health: 'panic' } },
      'actions.health',
      'must be one of block, warn, inform, off',
    ],
    ['an unknown category', { actions: { shoe_size: 'warn' } }, 'actions.shoe_size', 'unknown field'],
    [
      'retention above ten years',
      { vault: { retentionDays: 4000 } },
      'vault.retentionDays',
      'from 1 to 3650',
    ],
    ['a fractional expiry', { vault: { linkExpiryDays: 1.5 } }, 'vault.linkExpiryDays', 'whole number'],
    [
      'a vault URL without scheme',
      { vault: { url: 'vault.example.com' } },
      'vault.url',
      'http:// or https://',
    ],
    ['a domain with a space', { company: { domains: ['vinnter se'] } }, 'company.domains[0]', 'domain name'],
    ['no domains', { company: { domains: [] } }, 'company.domains', 'must not be empty'],
    [
      'a number instead of a list',
      { company: { bankgiro: 50123454 } },
      'company.bankgiro',
      'list of strings',
    ],
    [
      'an empty string in a list',
      { company: { addresses: ['Storgatan 1', ' '] } },
      'company.addresses[1]',
      'non-empty string',
    ],
    [
      'a string threshold',
      { bulk: { personalPerAttachment: '10' } },
      'bulk.personalPerAttachment',
      'whole number',
    ],
    ['a string boolean', { bulk: { promptOnSend: 'yes' } }, 'bulk.promptOnSend', 'true or false'],
    ['an unknown language', { languages: ['de'] }, 'languages[0]', 'one of sv, en'],
    ['version 2', { version: 2 }, 'version', 'must be 1'],
    ['a typo at the top', { vaultt: {} }, 'vaultt', 'unknown field'],
    ['a half auth block', { auth: { tenantId: 't' } }, 'auth.clientId', 'non-empty string'],
    ['actions as a list', { actions: ['block'] }, 'actions', 'must be an object'],
    ['unread parts let through', { unchecked: 'off' }, 'unchecked', 'must be one of block, warn'],
  ])('reports %s with its path and falls back', (_what, json, errorPath, message) => {
    const { policy, errors } = parsePolicy(json);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.path).toBe(errorPath);
    expect(errors[0]?.message).toContain(message);
    // The broken field takes its default; nothing else changes.
    expect(policy.actions).toEqual(DEFAULT_POLICY.actions);
    expect(policy.vault).toEqual(DEFAULT_POLICY.vault);
    expect(policy.company).toEqual(DEFAULT_POLICY.company);
    expect(policy.bulk).toEqual(DEFAULT_POLICY.bulk);
    expect(policy.languages).toEqual(DEFAULT_POLICY.languages);
    expect(policy.unchecked).toBe('warn');
    expect(policy.auth).toBeUndefined();
  });

  it('keeps the good fields next to a broken one', () => {
    const { policy, errors } = parsePolicy({
      actions: { health: 'maybe', name: 'warn' },
      vault: { retentionDays: 99999, linkExpiryDays: 7 },
    });
    expect(errors.map((e) => e.path)).toEqual(['actions.health', 'vault.retentionDays']);
    expect(policy.actions.health).toBe('block');
    expect(policy.actions.name).toBe('warn');
    expect(policy.vault.linkExpiryDays).toBe(7);
    expect(policy.vault.retentionDays).toBe(3650);
  });

  it.each([
    ['not JSON', '{"actions": {', 'not valid JSON'],
    ['an array', [], 'must be a JSON object'],
    ['null', null, 'must be a JSON object'],
    ['a number', 3, 'must be a JSON object'],
  ])('returns the built-in policy for a file that is %s', (_what, input, message) => {
    const { policy, errors } = parsePolicy(input);
    expect(policy).toBe(DEFAULT_POLICY);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('(file)');
    expect(errors[0]?.message).toContain(message);
  });

  it('accepts the JSON text as well as the parsed value', () => {
    expect(parsePolicy('{"actions":{"name":"off"}}').policy.actions.name).toBe('off');
  });
});
