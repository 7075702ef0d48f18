/**
 * The `recipients` section of `policy.json`: partner and webmail domains, the visible-list threshold and
 * the optional first-mail-to-a-new-domain check.
 */
import { DEFAULT_POLICY } from './defaults';
import type { Errors } from './fields';
import { checkKeys, readBoolean, readInteger, readObject, readStringList } from './fields';
import type { RecipientPolicy } from './types';

/** A domain in ASCII or Unicode (IDN): labels without spaces, `@` or `*`, at least two of them. */
const DOMAIN = {
  regex: /^[^\s@.*]+(?:\.[^\s@.*]+)+$/,
  describe: 'a domain name such as partner.se',
};
/** A domain, or a name with any top-level domain (`hotmail.*`). */
const DOMAIN_OR_WILDCARD = {
  regex: /^[^\s@.*]+(?:\.[^\s@.*]+)*\.(?:[^\s@.*]+|\*)$/,
  describe: 'a domain name such as gmail.com, or a name with any top-level domain such as hotmail.*',
};

export const RECIPIENT_FIELDS = [
  'partnerDomains',
  'webmailDomains',
  'visibleListThreshold',
  'firstMailToNewDomain',
  'newDomainMemory',
];

export function readRecipients(value: unknown, errors: Errors): RecipientPolicy {
  const object = readObject(value, 'recipients', errors);
  const d = DEFAULT_POLICY.recipients;
  if (!object) return d;
  checkKeys(object, RECIPIENT_FIELDS, 'recipients', errors);
  const lower = (list: readonly string[]): readonly string[] => list.map((x) => x.trim().toLowerCase());
  return {
    partnerDomains: lower(
      readStringList(object['partnerDomains'], 'recipients.partnerDomains', d.partnerDomains, errors, {
        shape: DOMAIN,
      }),
    ),
    webmailDomains: lower(
      readStringList(object['webmailDomains'], 'recipients.webmailDomains', d.webmailDomains, errors, {
        shape: DOMAIN_OR_WILDCARD,
      }),
    ),
    visibleListThreshold: readInteger(
      object['visibleListThreshold'],
      { min: 2, max: 10000 },
      'recipients.visibleListThreshold',
      d.visibleListThreshold,
      errors,
    ),
    firstMailToNewDomain: readBoolean(
      object['firstMailToNewDomain'],
      'recipients.firstMailToNewDomain',
      d.firstMailToNewDomain,
      errors,
    ),
    newDomainMemory: readInteger(
      object['newDomainMemory'],
      { min: 10, max: 2000 },
      'recipients.newDomainMemory',
      d.newDomainMemory,
      errors,
    ),
  };
}
