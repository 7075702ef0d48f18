/**
 * A draft (the compose simulator's store behind the real Office adapter) and a REAL vault on loopback, wired
 * into the move's dependencies by injection. Faults are injected by wrapping the mailbox or the transport.
 */
import { createMailbox, encodeBase64, type Mailbox } from '../../../src/addin';
import type { TokenProvider } from '../../../src/addin/auth';
import { createVaultClient, type HttpTransport } from '../../../src/addin/vault';
import { ComposeStore } from '../../../src/simulator/office/compose-store';
import { createFakeOffice } from '../../../src/simulator/office/fake-office';
import type { MoveDeps } from '../../../src/taskpane/move';
import type { VaultProcess } from '../../e2e/move-vault';
import { nodeTransport } from '../../addin/vault/node-transport';

export const OWNER = 'anna@vinnter.se';

export interface Draft {
  readonly store: ComposeStore;
  readonly mailbox: Mailbox;
  readonly bodyWrites: string[];
}

export function draft(
  files: ReadonlyArray<readonly [string, string]>,
  to: readonly string[] = ['bo@example.com'],
): Draft {
  const store = new ComposeStore('en-US');
  store.setRecipients(
    'to',
    to.map((emailAddress) => ({ emailAddress, displayName: emailAddress })),
  );
  store.setBody('<p>Hi Bo, here are the files.</p>', 'Hi Bo, here are the files.');
  for (const [name, text] of files) {
    const bytes = new TextEncoder().encode(text);
    store.addAttachment(name, 'text/csv', bytes.length, encodeBase64(bytes));
  }
  return { store, mailbox: createMailbox(createFakeOffice(store)), bodyWrites: [] };
}

export function moveDeps(
  vault: VaultProcess,
  d: Draft,
  overrides: { mailbox?: Partial<Mailbox>; transport?: HttpTransport } = {},
): MoveDeps {
  const tokens: TokenProvider = { kind: 'dev', getToken: () => vault.token(OWNER) };
  return {
    mailbox: { ...d.mailbox, ...overrides.mailbox },
    vault: createVaultClient({
      baseUrl: vault.url,
      tokens,
      transport: overrides.transport ?? nodeTransport,
      sleep: async () => undefined,
    }),
    replaceBodyHtml: async (html) => {
      d.bodyWrites.push(html);
      d.store.replaceBody(html, html.replace(/<[^>]*>/g, ''));
    },
    language: 'en',
    companyName: 'Vinnter AB',
    linkExpiryDays: 30,
    now: () => new Date('2026-11-25T10:00:00Z'),
  };
}
