/**
 * The policy the task pane cached in roaming settings, read on send. The pane caches only a policy that
 * `parsePolicy` accepted in full (src/taskpane/hooks/useTaskpane.ts), so the on-send check does not carry
 * the parser and its messages for IT (about 2 KB of onsend.js): it checks the shape of every section it
 * relies on, takes the default for a section an older pane did not cache, and falls back to the built-in
 * policy for anything else.
 */
import { DEFAULT_POLICY } from '../core/policy/defaults';
import type { Policy } from '../core/policy/types';

type Check = (value: unknown) => boolean;

const isRecord = (v: unknown): v is { readonly [key: string]: unknown } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isNumber: Check = (v) => typeof v === 'number' && isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const isString: Check = (v) => typeof v === 'string';
const oneOf =
  (...values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.indexOf(v) >= 0;

/** A record whose listed fields pass their checks (an optional field may be absent). */
function shaped(fields: { readonly [key: string]: Check }, optional: readonly string[] = []): Check {
  return (v) =>
    isRecord(v) &&
    Object.keys(fields).every(
      (key) => (v[key] === undefined && optional.indexOf(key) >= 0) || (fields[key] as Check)(v[key]),
    );
}

const ACTION = oneOf('block', 'warn', 'inform', 'off');
const actionsOf: { [category: string]: Check } = {};
for (const category of Object.keys(DEFAULT_POLICY.actions)) actionsOf[category] = ACTION;

/** Each section the send check reads, with its shape. */
const SECTIONS: { readonly [key in keyof Policy]?: Check } = {
  actions: shaped(actionsOf),
  bulk: shaped({ personalPerAttachment: isNumber, peopleInList: isNumber, promptOnSend: isBoolean }, [
    'peopleInList',
  ]),
  unchecked: oneOf('block', 'warn'),
  company: shaped({
    name: isString,
    domains: isStrings,
    organisationNumbers: isStrings,
    vatNumbers: isStrings,
    bankgiro: isStrings,
    switchboard: isStrings,
    addresses: isStrings,
    allowValues: isStrings,
  }),
  vault: shaped({ url: isString, linkExpiryDays: isNumber, retentionDays: isNumber }),
  recipients: shaped({
    partnerDomains: isStrings,
    webmailDomains: isStrings,
    visibleListThreshold: isNumber,
    firstMailToNewDomain: isBoolean,
    newDomainMemory: isNumber,
  }),
  languages: isStrings,
};

/** The cached policy when every section it has is well shaped, with defaults for the ones it lacks. */
export function cachedPolicyOf(value: unknown): Policy | undefined {
  let input = value;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input) as unknown;
    } catch {
      return undefined;
    }
  }
  if (!isRecord(input) || input['version'] !== 1) return undefined;
  const policy: { [key: string]: unknown } = { ...DEFAULT_POLICY };
  for (const key of Object.keys(SECTIONS) as (keyof Policy)[]) {
    const section = input[key];
    if (section === undefined) continue;
    if (!(SECTIONS[key] as Check)(section)) return undefined;
    policy[key] = section;
  }
  return policy as unknown as Policy;
}
