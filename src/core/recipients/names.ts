/**
 * The names a recipient can be greeted by: the words of the display name ("Berg, Anna" → berg, anna)
 * and of the address's local part (anna.berg@ → anna, berg).
 */
import { isRoleMailbox } from '../detection/role-mailboxes';
import { foldName } from './greeting';
import type { RecipientKind } from './types';

export interface NamedRecipient {
  readonly address: string;
  readonly name?: string;
  readonly recipientType?: RecipientKind;
}

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
  // Shared mailboxes (with or without a display name): anyone may read them, so a greeting cannot be checked.
  if (isRoleMailbox(local)) return undefined;
  // Without a display name only a first.last local part tells the name: `kund@`, `ab12@` and `info@`
  // could be read by anyone.
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
