/**
 * The send check reads the policy the task pane cached without the full parser: a policy the parser
 * accepted comes through unchanged, a section an older pane did not cache takes its default, and any
 * ill-shaped section sends the check back to the built-in policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_POLICY, parsePolicy } from '../../src/core/policy';
import { cachedPolicyOf } from '../../src/onsend/cached-policy';

const REPO_POLICY = parsePolicy(
  JSON.parse(readFileSync(join(__dirname, '../../assets/policy.json'), 'utf8')),
);

describe('cachedPolicyOf', () => {
  it('takes a policy the parser accepted, as an object or as JSON text', () => {
    expect(REPO_POLICY.errors).toEqual([]);
    expect(cachedPolicyOf(REPO_POLICY.policy)).toEqual(REPO_POLICY.policy);
    expect(cachedPolicyOf(JSON.stringify(REPO_POLICY.policy))).toEqual(REPO_POLICY.policy);
  });

  it('fills a section an older pane did not cache with its default', () => {
    const { unchecked: _unchecked, ...older } = {
      ...DEFAULT_POLICY,
      actions: { ...DEFAULT_POLICY.actions, contact: 'off' },
    };
    const read = cachedPolicyOf(older);
    expect(read?.unchecked).toBe(DEFAULT_POLICY.unchecked);
    expect(read?.actions.contact).toBe('off');
  });

  it.each([
    ['not JSON', '{"version": 1,'],
    ['not an object', [1, 2]],
    ['another version', { ...DEFAULT_POLICY, version: 2 }],
    ['an unknown action', { ...DEFAULT_POLICY, actions: { ...DEFAULT_POLICY.actions, health: 'shrug' } }],
    [
      'domains that are not strings',
      { ...DEFAULT_POLICY, company: { ...DEFAULT_POLICY.company, domains: [42] } },
    ],
    [
      'a threshold that is not a number',
      { ...DEFAULT_POLICY, bulk: { ...DEFAULT_POLICY.bulk, personalPerAttachment: '10' } },
    ],
    ['an unchecked action it cannot take', { ...DEFAULT_POLICY, unchecked: 'inform' }],
  ])('refuses %s', (_what, value) => {
    expect(cachedPolicyOf(value)).toBeUndefined();
  });
});
