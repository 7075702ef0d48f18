/**
 * The built-in policy: Vinnter AB's email policy (docs/email-policy.md) as Mail Guard applies it.
 * `assets/policy.json` is the same policy as a file IT edits; a test keeps the two equal.
 */
import type { Policy } from './types';

/**
 * Personal webmail providers common in the Nordics and beyond. `name.*` covers every top-level domain
 * (hotmail.com, hotmail.se, hotmail.co.uk). Swedish and Norwegian ISPs' consumer mail is included.
 */
// prettier-ignore
export const DEFAULT_WEBMAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'hotmail.*', 'outlook.com', 'outlook.se', 'live.*', 'msn.com',
  'icloud.com', 'me.com', 'mac.com', 'yahoo.*', 'ymail.com', 'aol.com', 'proton.me', 'protonmail.com',
  'pm.me', 'gmx.*', 'web.de', 'mail.com', 'tutanota.com', 'tuta.io', 'fastmail.com', 'zoho.com',
  'yandex.*', 'mail.ru', 'hey.com', 'telia.com', 'spray.se', 'passagen.se', 'bredband.net',
  'comhem.se', 'bahnhof.se', 'online.no', 'jubii.dk', 'suomi24.fi',
];

/**
 * Company identifiers below are clearly marked example values (Luhn-valid, but not Vinnter AB's real
 * numbers): IT replaces them in `policy.json` with the company's own (docs/policy.md).
 */
export const DEFAULT_POLICY: Policy = {
  version: 1,
  actions: {
    'national-id': 'block',
    'identity-document': 'block',
    health: 'block',
    'special-category': 'block',
    'financial-card': 'block',
    financial: 'warn',
    contact: 'warn',
    network: 'warn',
    vehicle: 'warn',
    'date-of-birth': 'warn',
    name: 'inform',
    recipient: 'warn',
  },
  bulk: { personalPerAttachment: 10, peopleInList: 5, promptOnSend: true },
  unchecked: 'warn',
  company: {
    name: 'Vinnter AB',
    domains: ['vinnter.se', 'vinnter.com'],
    organisationNumbers: ['556677-8899'],
    vatNumbers: ['SE556677889901'],
    bankgiro: ['5012-3454'],
    switchboard: ['+46 31 390 06 00'],
    addresses: ['Exempelgatan 1, 411 01 Göteborg'],
    allowValues: [],
  },
  vault: { url: 'http://localhost:8787', linkExpiryDays: 30, retentionDays: 3650 },
  recipients: {
    partnerDomains: [],
    webmailDomains: DEFAULT_WEBMAIL_DOMAINS,
    visibleListThreshold: 5,
    firstMailToNewDomain: false,
    newDomainMemory: 500,
  },
  languages: ['sv', 'en'],
};

/** The longest retention P5 allows: ten years. */
export const MAX_RETENTION_DAYS = 3650;
