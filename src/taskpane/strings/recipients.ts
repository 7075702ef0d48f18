/** What the Recipients line of the task pane says, in Swedish and English. */
import type { Language } from '../../core/policy/types';

export interface RecipientStrings {
  readonly heading: string;
  readonly lookalike: (masked: string, looksLike: string | undefined) => string;
  readonly didYouMean: (suggestion: string) => string;
  readonly useSuggestion: string;
  readonly webmail: (masked: string) => string;
  readonly greeting: (name: string) => string;
  readonly visibleList: (count: number, organisations: number) => string;
  readonly moveToBcc: string;
  readonly newDomain: (domain: string) => string;
  readonly clause: string;
  readonly notAProblem: string;
  readonly replaced: string;
  readonly moved: (count: number) => string;
  readonly undo: string;
  readonly undone: string;
  readonly stale: string;
  readonly failed: string;
}

const EN: RecipientStrings = {
  heading: 'Recipients',
  lookalike: (masked, looksLike) =>
    looksLike === undefined
      ? `${masked} mixes alphabets in its domain: it may imitate another address.`
      : `${masked} looks like ${looksLike} but is not it.`,
  didYouMean: (suggestion) => `Check the address: did you mean ${suggestion}?`,
  useSuggestion: 'Use this address',
  webmail: (masked) => `${masked} is a private webmail address, and this message carries personal data.`,
  greeting: (name) => `The greeting names ${name}, but no recipient is called ${name}. Check the recipients.`,
  visibleList: (count, organisations) =>
    `${count} external recipients from ${organisations} organisations will see each other’s addresses.`,
  moveToBcc: 'Move the recipients to Bcc',
  newDomain: (domain) => `This is your first mail with personal data to ${domain}.`,
  clause: 'P1 — do not send personal data to anyone who should not have it.',
  notAProblem: 'Not a problem',
  replaced: 'The address was replaced.',
  moved: (count) => `${count} recipients were moved to Bcc.`,
  undo: 'Undo',
  undone: 'The recipients are back as they were.',
  stale: 'The recipients have changed since the check: look at them again.',
  failed: 'Outlook could not change the recipients. Change them by hand.',
};

const SV: RecipientStrings = {
  heading: 'Mottagare',
  lookalike: (masked, looksLike) =>
    looksLike === undefined
      ? `${masked} blandar alfabet i domänen: den kan härma en annan adress.`
      : `${masked} liknar ${looksLike} men är inte den.`,
  didYouMean: (suggestion) => `Kontrollera adressen: menade du ${suggestion}?`,
  useSuggestion: 'Använd den adressen',
  webmail: (masked) => `${masked} är en privat e-postadress, och meddelandet innehåller personuppgifter.`,
  greeting: (name) => `Hälsningen nämner ${name}, men ingen mottagare heter ${name}. Kontrollera mottagarna.`,
  visibleList: (count, organisations) =>
    `${count} externa mottagare från ${organisations} organisationer ser varandras adresser.`,
  moveToBcc: 'Flytta mottagarna till Hemlig kopia',
  newDomain: (domain) => `Det här är ditt första mejl med personuppgifter till ${domain}.`,
  clause: 'P1 — skicka inte personuppgifter till någon som inte ska ha dem.',
  notAProblem: 'Inget problem',
  replaced: 'Adressen byttes.',
  moved: (count) => `${count} mottagare flyttades till Hemlig kopia.`,
  undo: 'Ångra',
  undone: 'Mottagarna är som förut igen.',
  stale: 'Mottagarna har ändrats sedan kontrollen: titta på dem igen.',
  failed: 'Outlook kunde inte ändra mottagarna. Ändra dem för hand.',
};

export function recipientStrings(language: Language): RecipientStrings {
  return language === 'sv' ? SV : EN;
}
