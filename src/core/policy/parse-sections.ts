/**
 * The sections of `policy.json` (`actions`, `bulk`, `company`, `vault`, `auth`), each read field by
 * field with its built-in default.
 */
import type { Category } from '../detection/types';
import { DEFAULT_POLICY, MAX_RETENTION_DAYS } from './defaults';
import type { Errors } from './fields';
import {
  checkKeys,
  readBoolean,
  readEnum,
  readInteger,
  readObject,
  readString,
  readStringList,
} from './fields';
import type {
  Action,
  AuthSettings,
  BulkThresholds,
  CompanyIdentity,
  Language,
  Policy,
  UncheckedAction,
  VaultSettings,
} from './types';

export const ACTIONS: readonly Action[] = ['block', 'warn', 'inform', 'off'];
export const LANGUAGES: readonly Language[] = ['sv', 'en'];
export const UNCHECKED_ACTIONS: readonly UncheckedAction[] = ['block', 'warn'];
export const TOP_LEVEL = [
  '$schema',
  '$comment',
  'version',
  'actions',
  'bulk',
  'unchecked',
  'company',
  'vault',
  'recipients',
  'auth',
  'archive',
  'languages',
];
/** Host names such as `vinnter.se`: labels of letters, digits and hyphens. */
const DOMAIN = { regex: /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/, describe: 'a domain name such as vinnter.se' };
/** An http(s) URL with a host and no spaces. */
const HTTP_URL = { regex: /^https?:\/\/[^\s/?#]+[^\s]*$/, describe: 'an http:// or https:// URL' };
const ANY_ID = { regex: /^[\s\S]+$/, describe: 'text' };

export function readActions(value: unknown, errors: Errors): Policy['actions'] {
  const object = readObject(value, 'actions', errors);
  const defaults = DEFAULT_POLICY.actions;
  if (!object) return defaults;
  const categories = Object.keys(defaults) as Category[];
  checkKeys(object, categories, 'actions', errors);
  const out = {} as { [C in Category]: Action };
  for (const c of categories) out[c] = readEnum(object[c], ACTIONS, `actions.${c}`, defaults[c], errors);
  return out;
}

export function readBulk(value: unknown, errors: Errors): BulkThresholds {
  const object = readObject(value, 'bulk', errors);
  const d = DEFAULT_POLICY.bulk;
  if (!object) return d;
  checkKeys(object, ['personalPerAttachment', 'peopleInList', 'promptOnSend'], 'bulk', errors);
  return {
    personalPerAttachment: readInteger(
      object['personalPerAttachment'],
      { min: 1, max: 100000 },
      'bulk.personalPerAttachment',
      d.personalPerAttachment,
      errors,
    ),
    peopleInList: readInteger(
      object['peopleInList'],
      { min: 1, max: 100000 },
      'bulk.peopleInList',
      d.peopleInList ?? 5,
      errors,
    ),
    promptOnSend: readBoolean(object['promptOnSend'], 'bulk.promptOnSend', d.promptOnSend, errors),
  };
}

export function readCompany(value: unknown, errors: Errors): CompanyIdentity {
  const object = readObject(value, 'company', errors);
  const d = DEFAULT_POLICY.company;
  if (!object) return d;
  const lists = [
    'organisationNumbers',
    'vatNumbers',
    'bankgiro',
    'switchboard',
    'addresses',
    'allowValues',
  ] as const;
  checkKeys(object, ['name', 'domains', ...lists], 'company', errors);
  const domains = readStringList(object['domains'], 'company.domains', d.domains, errors, {
    shape: DOMAIN,
    nonEmpty: true,
  });
  const read = (key: (typeof lists)[number]): readonly string[] =>
    readStringList(object[key], `company.${key}`, d[key], errors, { shape: ANY_ID });
  return {
    name: readString(object['name'], 'company.name', d.name, errors),
    domains: domains.map((domain) => domain.toLowerCase()),
    organisationNumbers: read('organisationNumbers'),
    vatNumbers: read('vatNumbers'),
    bankgiro: read('bankgiro'),
    switchboard: read('switchboard'),
    addresses: read('addresses'),
    allowValues: read('allowValues'),
  };
}

export function readVault(value: unknown, errors: Errors): VaultSettings {
  const object = readObject(value, 'vault', errors);
  const d = DEFAULT_POLICY.vault;
  if (!object) return d;
  checkKeys(object, ['url', 'linkExpiryDays', 'retentionDays'], 'vault', errors);
  return {
    url: readString(object['url'], 'vault.url', d.url, errors, HTTP_URL),
    linkExpiryDays: readInteger(
      object['linkExpiryDays'],
      { min: 1, max: MAX_RETENTION_DAYS },
      'vault.linkExpiryDays',
      d.linkExpiryDays,
      errors,
    ),
    retentionDays: readInteger(
      object['retentionDays'],
      { min: 1, max: MAX_RETENTION_DAYS },
      'vault.retentionDays',
      d.retentionDays,
      errors,
    ),
  };
}

export function readAuth(value: unknown, errors: Errors): AuthSettings | undefined {
  const object = readObject(value, 'auth', errors);
  if (!object) return undefined;
  checkKeys(object, ['tenantId', 'clientId', 'scope'], 'auth', errors);
  const before = errors.length;
  const auth = {
    tenantId: readString(object['tenantId'] ?? null, 'auth.tenantId', '', errors),
    clientId: readString(object['clientId'] ?? null, 'auth.clientId', '', errors),
    scope: readString(object['scope'] ?? null, 'auth.scope', '', errors),
  };
  // Sign-in needs all three: a partial block is dropped rather than half used.
  return errors.length > before ? undefined : auth;
}
