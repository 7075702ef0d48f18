/**
 * The names a recipient can be greeted by: the words of the display name ("Berg, Anna" → berg, anna)
 * and of the address's local part (anna.berg@ → anna, berg).
 */
import { foldName } from './greeting';
import type { RecipientKind } from './types';

export interface NamedRecipient {
  readonly address: string;
  readonly name?: string;
  readonly recipientType?: RecipientKind;
}

/** Shared mailboxes (with or without a display name): anyone may read them, so a greeting cannot be checked. */
const ROLE_ADDRESSES =
  /^(?:info|kontakt|contact|support|sales|salj|order|hr|ekonomi|faktura|invoice|invoices|billing|noreply|no-reply|admin|office|kontor|mail|post|reception|hello|hej|team|service|kundtjanst|customerservice|help|jobb|jobs|careers|rekrytering|recruitment|press|registrator|diarium|inkop|purchasing|purchase|procurement|inkopare|lon|payroll|personal|kundservice|bokning|booking|leverans|delivery|teknik|tech|it|drift|ops|helpdesk|servicedesk|fakturor|reskontra|accounts|finance|redovisning|marknad|marketing|receptionen|växel|vaxel|exchange|team|buchhaltung|rechnung|rechnungen|einkauf|vertrieb|regnskab|bogholderi|regnskap|okonomi|laskutus|kirjanpito|myynti|tilaukset|ostot|økonomi)$/;

function wordsOf(text: string): string[] {
  return foldName(text)
    .split(/[\s,.;:"'()<>[\]_+\-0-9]+/)
    .filter((w) => w.length >= 2);
}

/** The name words of a recipient; `undefined` when its name cannot be known (a role mailbox, a list). */
export function recipientNameWords(r: NamedRecipient): readonly string[] | undefined {
  if (r.recipientType === 'distribution-list') return undefined;
  const at = r.address.lastIndexOf('@');
  const local = foldName(at < 0 ? r.address : r.address.slice(0, at));
  const display = r.name !== undefined && r.name.trim() !== '' && r.name.indexOf('@') < 0 ? r.name : '';
  // Without a display name only a first.last local part tells the name: `kund@`, `ab12@` and `info@`
  // could be read by anyone.
  if (ROLE_ADDRESSES.test(local)) return undefined;
  if (display === '' && (/[0-9]/.test(local) || !/[._-]/.test(local))) return undefined;
  return wordsOf(`${display} ${local.replace(/[._-]+/g, ' ')}`).concat(local.length >= 3 ? [local] : []);
}

/**
 * Whether `greeted` is one of the words, or (for names of three letters or more) begins or ends the
 * run-together local part (`annab@` for Anna, `aberg@` for Berg). Hyphenated names match word by word.
 */
export function nameMatches(greeted: string, words: readonly string[]): boolean {
  const g = foldName(greeted).replace(/['’]s$/, '');
  const parts = g.split('-');
  const has = (w: string): boolean => {
    for (const x of words) {
      if (x === w) return true;
      if (w.length >= 3 && x.length > w.length && (x.indexOf(w) === 0 || x.slice(-w.length) === w))
        return true;
    }
    return false;
  };
  return has(g) || (parts.length > 1 && parts.every(has));
}
