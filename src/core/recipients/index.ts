/**
 * Recipient risk: lookalike domains, personal webmail, greetings to someone else, visible recipient
 * lists and first mail to a new domain, as findings of category `recipient` (issue "Recipient risk").
 */
export type {
  Carries,
  LookalikeHow,
  RecipientField,
  RecipientFinding,
  RecipientFix,
  RecipientKind,
  RecipientRef,
  RecipientRisk,
  RecipientRiskType,
} from './types';
export { recipientFindings, carriesOf } from './check';
export type { RecipientEnv } from './check';
export { isRecipientFinding, externalDomains } from './query';
export { domainOf, registrableDomain, isWithin, matchesDomainEntry } from './domains';
export { decodePunycode, toUnicodeDomain } from './punycode';
export { skeleton, isMixedScript } from './skeleton';
export { editDistance } from './distance';
export { findLookalike } from './lookalike';
export type { Lookalike, Reference } from './lookalike';
export { greetedNames } from './greeting';
export { maskAddress } from './finding';
export { domainHash, hasMailed, rememberDomains, parseMailedDomains } from './mailed-domains';
export type { MailedDomains } from './mailed-domains';
