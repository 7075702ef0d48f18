/** What moving attachments needs, injected (Office through the adapter, the vault client, the clock). */
import type { Mailbox } from '../../addin';
import type { Digester, VaultClient } from '../../addin/vault';
import type { Language } from '../../core/policy/types';

export interface MoveDeps {
  readonly mailbox: Mailbox;
  readonly vault: VaultClient;
  /** Rewrites the body HTML (Undo only; see docs/adr/0008-move-and-undo.md). */
  readonly replaceBodyHtml: (html: string) => Promise<void>;
  readonly language: Language;
  /** Named in the link block ("kept on Vinnter AB's secure server"). */
  readonly companyName: string;
  /** policy.json `vault.linkExpiryDays`. */
  readonly linkExpiryDays: number;
  readonly now: () => Date;
  readonly digest?: Digester;
  /** Test hook: above this size the resumable protocol is used. */
  readonly simpleMaxBytes?: number;
}
