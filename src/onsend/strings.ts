/**
 * What the Smart Alert says, in Swedish and English. A few types are named as themselves, with the entity-type
 * registry's names (src/addin/entity-labels.ts); every other finding is named by its category, so a
 * recognizer added later is still named sensibly and the alert stays short. Counts are written as numerals.
 */
import type { Category } from '../core/detection/types';
import type { Clause } from '../core/policy/types';
import { typeForms } from './type-forms';

export type AlertLanguage = 'sv' | 'en';

export interface AlertStrings {
  /** "Review and fix": the Smart Alert's cancel button, opening the task pane. At most 20 characters. */
  readonly cancelLabel: string;
  readonly categories: { readonly [C in Category]: readonly [one: string, many: string] };
  /** The types named as themselves, not by their category (from the registry). */
  readonly types: { readonly [type: string]: readonly [one: string, many: string] };
  /** "in" the body, "in" a file. */
  readonly inWord: string;
  readonly where: {
    readonly subject: string;
    readonly body: string;
    readonly recipients: string;
    /** The attachments as a whole (their list could not be read). */
    readonly attachment: string;
    readonly inFile: (name: string) => string;
  };
  readonly andMore: (count: number) => string;
  readonly list: (items: readonly string[]) => string;
  readonly blocked: (found: string) => string;
  readonly bulk: (found: string) => string;
  readonly notChecked: (names: string) => string;
  readonly clause: { readonly [C in Clause]?: string };
  /** The way out when a file holds the data: fix it or move the file. */
  readonly wayOutBlock: string;
  /** The way out when only the text (body, subject) holds the data. */
  readonly wayOutBlockText: string;
  /** `Intl.PluralRules` category of a count (`one`, `other`), for the one/many forms. */
  readonly plural: (count: number) => Intl.LDMLPluralRule;
  readonly wayOutPrompt: string;
  readonly failed: string;
  /** One sentence per recipient risk type (`recipient-webmail`…). */
  readonly recipientRisk: { readonly [type: string]: string };
  readonly recipientRiskOther: string;
  /** "It was going to gmail.com and example.com." */
  readonly goingTo: (domains: string) => string;
}

const join = (items: readonly string[], and: string): string =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] as string}`;

/** Plural rules of a language; Outlook's runtimes all have `Intl.PluralRules`, a bare count is the fallback. */
function pluralOf(language: AlertLanguage): (count: number) => Intl.LDMLPluralRule {
  const rules = typeof Intl === 'object' && Intl.PluralRules ? new Intl.PluralRules(language) : undefined;
  return (count) => (rules ? rules.select(count) : count === 1 ? 'one' : 'other');
}

const EN: AlertStrings = {
  cancelLabel: 'Review and fix',
  categories: {
    'national-id': ['national ID number', 'national ID numbers'],
    'identity-document': ['ID document number', 'ID document numbers'],
    health: ['health information', 'health information'],
    'special-category': ['sensitive personal data', 'sensitive personal data'],
    'financial-card': ['payment card number', 'payment card numbers'],
    financial: ['bank account number', 'bank account numbers'],
    contact: ['contact detail', 'contact details'],
    network: ['IP address', 'IP addresses'],
    vehicle: ['registration number', 'registration numbers'],
    'date-of-birth': ['date of birth', 'dates of birth'],
    name: ['name', 'names'],
    recipient: ['recipient risk', 'recipient risks'],
  },
  types: typeForms('en'),
  inWord: 'in',
  where: {
    subject: 'the subject',
    body: 'the body',
    recipients: 'the recipients',
    attachment: 'the attachments',
    inFile: (name) => name,
  },
  andMore: (count) => `${count} more`,
  list: (items) => join(items, 'and'),
  blocked: (found) => `Mail Guard stopped this message: ${found}.`,
  bulk: (found) => `This message carries a list of people: ${found}.`,
  notChecked: (names) => `Not checked: ${names}.`,
  clause: {
    P1: 'Do not send unnecessary personal data (policy P1).',
    P2: 'Sensitive personal data must not be sent by e-mail (policy P2).',
    P3: 'Share lists of people through the secure server (policy P3).',
  },
  wayOutBlock: 'Choose Review and fix to remove it or move the file to the secure server.',
  wayOutBlockText: 'Choose Review and fix to remove or mask it.',
  plural: pluralOf('en'),
  wayOutPrompt: 'Send anyway only if you know it is needed; Review and fix shows the details.',
  failed: 'Mail Guard could not check this message.',
  recipientRisk: {
    'recipient-lookalike-domain':
      'A recipient address looks like a known domain but is not it: check the spelling.',
    'recipient-webmail': 'Personal data is going to a private webmail address.',
    'recipient-greeting-mismatch': 'The greeting names someone who is not among the recipients.',
    'recipient-visible-list': 'Many external recipients will see each other’s addresses: use Bcc.',
    'recipient-new-domain': 'This is your first mail with personal data to this domain.',
  },
  recipientRiskOther: 'Check the recipients.',
  goingTo: (domains) => `It was going to ${domains}.`,
};

const SV: AlertStrings = {
  cancelLabel: 'Visa och åtgärda',
  categories: {
    'national-id': ['identitetsnummer', 'identitetsnummer'],
    'identity-document': ['pass- eller ID-kortsnummer', 'pass- eller ID-kortsnummer'],
    health: ['hälsouppgifter', 'hälsouppgifter'],
    'special-category': ['känsliga personuppgifter', 'känsliga personuppgifter'],
    'financial-card': ['kortnummer', 'kortnummer'],
    financial: ['kontonummer', 'kontonummer'],
    contact: ['kontaktuppgift', 'kontaktuppgifter'],
    network: ['IP-adress', 'IP-adresser'],
    vehicle: ['registreringsnummer', 'registreringsnummer'],
    'date-of-birth': ['födelsedatum', 'födelsedatum'],
    name: ['namn', 'namn'],
    recipient: ['mottagarrisk', 'mottagarrisker'],
  },
  types: typeForms('sv'),
  inWord: 'i',
  where: {
    subject: 'ämnesraden',
    body: 'meddelandet',
    recipients: 'mottagarna',
    attachment: 'bilagorna',
    inFile: (name) => name,
  },
  andMore: (count) => `${count} till`,
  list: (items) => join(items, 'och'),
  blocked: (found) => `Mail Guard stoppade meddelandet: ${found}.`,
  bulk: (found) => `Meddelandet innehåller en lista med personer: ${found}.`,
  notChecked: (names) => `Kunde inte kontrolleras: ${names}.`,
  clause: {
    P1: 'Skicka inte onödiga personuppgifter (policy P1).',
    P2: 'Känsliga personuppgifter får inte skickas med e-post (policy P2).',
    P3: 'Dela listor med personer via den säkra servern (policy P3).',
  },
  wayOutBlock: 'Välj Visa och åtgärda för att ta bort uppgifterna eller flytta filen till den säkra servern.',
  wayOutBlockText: 'Välj Visa och åtgärda för att ta bort eller maskera uppgifterna.',
  plural: pluralOf('sv'),
  wayOutPrompt: 'Skicka ändå bara om det behövs; Visa och åtgärda visar detaljerna.',
  failed: 'Mail Guard kunde inte kontrollera meddelandet.',
  recipientRisk: {
    'recipient-lookalike-domain':
      'En mottagaradress liknar en känd domän men är inte den: kontrollera stavningen.',
    'recipient-webmail': 'Personuppgifter skickas till en privat e-postadress.',
    'recipient-greeting-mismatch': 'Hälsningen nämner någon som inte finns bland mottagarna.',
    'recipient-visible-list': 'Många externa mottagare ser varandras adresser: använd Hemlig kopia.',
    'recipient-new-domain': 'Det här är ditt första mejl med personuppgifter till den här domänen.',
  },
  recipientRiskOther: 'Kontrollera mottagarna.',
  goingTo: (domains) => `Det skulle till ${domains}.`,
};

export const ALERT_STRINGS: { readonly [L in AlertLanguage]: AlertStrings } = { sv: SV, en: EN };

/** Swedish for `sv`, `sv-SE`, `sv-FI`; English otherwise (the other Nordic languages read it more easily). */
export function alertLanguage(displayLanguage: string): AlertLanguage {
  return /^sv\b/i.test(displayLanguage) ? 'sv' : 'en';
}
