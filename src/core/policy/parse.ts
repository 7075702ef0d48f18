/**
 * `parsePolicy`: the hand-written validator of `policy.json`. It agrees with `policy.schema.json`
 * (a test checks both on the same files) but keeps the core free of a schema library, and it degrades
 * per field: a broken field gives a clear error and that field's built-in default.
 */
import { DEFAULT_POLICY } from './defaults';
import type { Errors } from './fields';
import { checkKeys, isRecord, readEnum, readStringList } from './fields';
import {
  LANGUAGES,
  readActions,
  readAuth,
  readBulk,
  readCompany,
  readVault,
  TOP_LEVEL,
  UNCHECKED_ACTIONS,
} from './parse-sections';
import { readArchive } from './parse-archive';
import { readRecipients } from './parse-recipients';
import type { Language, Policy, PolicyError } from './types';

export { ACTIONS, LANGUAGES, UNCHECKED_ACTIONS } from './parse-sections';

/**
 * Validates a parsed `policy.json` (or its text). Never throws: every problem becomes a
 * {@link PolicyError} with the field's path, and that field takes its built-in default.
 */
export function parsePolicy(json: unknown): { policy: Policy; errors: readonly PolicyError[] } {
  const errors: Errors = [];
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json) as unknown;
    } catch (error: unknown) {
      const detail = error instanceof Error ? error.message : 'syntax error';
      return {
        policy: DEFAULT_POLICY,
        errors: [{ path: '(file)', message: `not valid JSON: ${detail}; using the built-in policy` }],
      };
    }
  }
  if (!isRecord(input)) {
    return {
      policy: DEFAULT_POLICY,
      errors: [{ path: '(file)', message: 'must be a JSON object; using the built-in policy' }],
    };
  }
  checkKeys(input, TOP_LEVEL, '', errors);
  if (input['version'] !== undefined && input['version'] !== 1)
    errors.push({ path: 'version', message: 'must be 1' });
  const auth = readAuth(input['auth'], errors);
  const archive = readArchive(input['archive'], errors);
  const policy: Policy = {
    version: 1,
    actions: readActions(input['actions'], errors),
    bulk: readBulk(input['bulk'], errors),
    unchecked: readEnum(input['unchecked'], UNCHECKED_ACTIONS, 'unchecked', DEFAULT_POLICY.unchecked, errors),
    company: readCompany(input['company'], errors),
    vault: readVault(input['vault'], errors),
    recipients: readRecipients(input['recipients'], errors),
    ...(auth ? { auth } : {}),
    ...(archive ? { archive } : {}),
    languages: readStringList(input['languages'], 'languages', DEFAULT_POLICY.languages, errors, {
      shape: { regex: /^(?:sv|en)$/, describe: `one of ${LANGUAGES.join(', ')}` },
      nonEmpty: true,
    }) as readonly Language[],
  };
  return { policy, errors };
}
