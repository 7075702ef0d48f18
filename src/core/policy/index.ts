/**
 * Policy: the IT-editable policy file, its validation, and the verdict it gives a scanned draft.
 */
export type {
  Action,
  ArchivePolicy,
  ArchiveRule,
  AuthSettings,
  BulkGroup,
  BulkThresholds,
  Clause,
  CompanyIdentity,
  Language,
  Policy,
  PolicyError,
  RatedFinding,
  RecipientPolicy,
  UncheckedAction,
  VaultSettings,
  Verdict,
  VerdictKind,
} from './types';
export { DEFAULT_POLICY, DEFAULT_WEBMAIL_DOMAINS, MAX_RETENTION_DAYS } from './defaults';
export { parsePolicy, ACTIONS, LANGUAGES, UNCHECKED_ACTIONS } from './parse';
export { isUnchecked, uncheckedErrors } from './unchecked';
export { decide } from './decide';
export { findingKey, fnv1a } from './finding-key';
export { actionFor, actionRank, clauseFor } from './clause';
export { bulkGroups } from './bulk';
export { companyAllowValues } from './allow';
export { decideSend, notCheckedPlaces } from './send-verdict';
export type { DecideSendOptions, SendCover, SendDecision, SendFinding, SendInput } from './send-verdict';
export { placeName, topFile } from './send-places';
export type { AlertItem, Place } from './send-places';
