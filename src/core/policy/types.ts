/**
 * The policy IT edits (`policy.json`) and the verdict it gives a draft.
 * Clause labels are the email policy's (docs/email-policy.md): P1 unnecessary personal data, P2 sensitive data, P3 store on the secure
 * server, P4/P5 retention, P6 data-subject rights.
 */
import type { Category } from '../detection/types';
import type { DraftFinding, ScanError } from '../model/draft';

/** What the policy does with a category: stop on send, warn, only show, or ignore. */
export type Action = 'block' | 'warn' | 'inform' | 'off';
export type Clause = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'P6';
export type VerdictKind = 'block' | 'warn' | 'allow';
/**
 * What a draft gets when some part of it was not fully read (encrypted, corrupt, over a limit, of a format
 * that is not read): never `allow`, since the unread part may hold anything.
 */
export type UncheckedAction = 'block' | 'warn';
export type Language = 'sv' | 'en';

/** The company's own identity: none of these values is ever a finding. */
export interface CompanyIdentity {
  readonly name: string;
  readonly domains: readonly string[];
  readonly organisationNumbers: readonly string[];
  readonly vatNumbers: readonly string[];
  readonly bankgiro: readonly string[];
  readonly switchboard: readonly string[];
  readonly addresses: readonly string[];
  /** Any other value IT wants never reported (e.g. a shared support number). */
  readonly allowValues: readonly string[];
}

/** When personal data in one attachment counts as a bulk export (a list of people). */
export interface BulkThresholds {
  /** This many `personal` findings of one category in one attachment make it bulk data. */
  readonly personalPerAttachment: number;
  /**
   * A list of people: this many `name` findings together with this many `contact` findings in one
   * attachment (a contact list, a staff roster). Optional; default 5.
   */
  readonly peopleInList?: number;
  /** Whether bulk personal data is put to the user on send ("Send anyway"). */
  readonly promptOnSend: boolean;
}

export interface VaultSettings {
  readonly url: string;
  readonly linkExpiryDays: number;
  /** Never above 3650 (10 years, P5). */
  readonly retentionDays: number;
}

/** Entra ID settings for the add-in's sign-in to the vault (Nested App Authentication). */
export interface AuthSettings {
  readonly tenantId: string;
  readonly clientId: string;
  readonly scope: string;
}

/** Who a draft goes to: what counts as known, private, or too many visible addresses. */
export interface RecipientPolicy {
  /** Trusted partners' domains (subdomains included): known, never a lookalike, still external. */
  readonly partnerDomains: readonly string[];
  /** Personal webmail (`gmail.com`, `hotmail.*` for every top-level domain). */
  readonly webmailDomains: readonly string[];
  /** This many external addresses in To and Cc, from at least two organisations, suggest Bcc. */
  readonly visibleListThreshold: number;
  /** Remember (as keyed hashes) the domains this user has mailed, and flag the first personal data to a new one. */
  readonly firstMailToNewDomain: boolean;
  /** How many mailed domains are remembered (roaming settings are small). */
  readonly newDomainMemory: number;
}

/** One rule of `archive`: any of `words` in the subject or an attachment's name gives `retentionClass`. */
export interface ArchiveRule {
  /** Lower-case whole words, e.g. `cv`, `meritförteckning`. */
  readonly words: readonly string[];
  /** A retention class configured on the vault, e.g. `recruitment`. */
  readonly retentionClass: string;
}

/** Received mail archived from the read pane (P3): the vault's retention class it is stored under. */
export interface ArchivePolicy {
  /** When no rule matches; the vault's default class when absent. */
  readonly retentionClass?: string;
  readonly rules: readonly ArchiveRule[];
}

export interface Policy {
  readonly version: 1;
  readonly actions: { readonly [C in Category]: Action };
  readonly bulk: BulkThresholds;
  /** The verdict a draft gets at least when a part of it was not fully read; `warn` by default. */
  readonly unchecked: UncheckedAction;
  readonly company: CompanyIdentity;
  readonly vault: VaultSettings;
  readonly recipients: RecipientPolicy;
  readonly auth?: AuthSettings;
  /** Optional: retention classes for received mail archived from the read pane. */
  readonly archive?: ArchivePolicy;
  readonly languages: readonly Language[];
}

/** A problem in a policy file: the JSON path of the field and what is wrong with it. */
export interface PolicyError {
  readonly path: string;
  readonly message: string;
}

/** A finding with what the policy makes of it. `key` identifies it for "not personal data" dismissals. */
export interface RatedFinding extends DraftFinding {
  readonly action: Action;
  readonly clause: Clause;
  readonly key: string;
}

/** Many findings of one type in one attachment: "38 personnummer in Personallista.xlsx". */
export interface BulkGroup {
  readonly attachment: string;
  readonly type: string;
  readonly category: Category;
  readonly count: number;
}

export interface Verdict {
  readonly kind: VerdictKind;
  /** Findings the policy does not switch off, most serious first. Dismissed ones are left out. */
  readonly findings: readonly RatedFinding[];
  readonly bulk: readonly BulkGroup[];
  /** Parts that could not be fully scanned: never silently treated as clean. */
  readonly errors: readonly ScanError[];
}
