/**
 * A fake `Office` in read mode: `mailbox.item` is the inbox message selected in the simulator, with the
 * read-mode surface Mail Guard uses (properties for subject and recipients, `attachments`, `body.getAsync`,
 * `getAttachmentContentAsync`, `getAsFileAsync`), plus `convertToRestId` and the user's profile.
 */
import type { HostAttachmentContent, HostCallback, HostComposeItem, OfficeHost } from '../../addin';
import type { HostReadItem } from '../../addin/read-item';
import { encodeBase64, encodeUtf8 } from '../../addin';
import { ERROR_CODES, fail, succeed } from '../office/async-result';
import { escapeHtml } from '../office/html-text';
import type { SimLanguage } from '../office/compose-store';
import { OFFICE_ENUMS } from '../office/office-enums';
import { messageAsEml } from './eml';
import { INBOX_USER, restIdOf, type InboxMessage } from './inbox';

export interface ReadOffice extends OfficeHost {
  onReady(): Promise<{ host: string; platform: string }>;
  /** Which message is open (the simulator's selection). */
  select(message: InboxMessage): void;
}

const SUPPORTED_MAILBOX = 15;

function readItem(message: InboxMessage): HostReadItem {
  return {
    itemId: message.itemId,
    subject: message.subject,
    from: message.from,
    to: message.to.slice(),
    cc: [],
    dateTimeCreated: new Date(message.received),
    body: {
      getAsync: (coercion, callback) =>
        succeed(
          callback,
          coercion === 'html'
            ? `<div>${escapeHtml(message.body).replace(/\n/g, '<br>')}</div>`
            : message.body,
        ),
    },
    attachments: message.attachments.map((a) => ({
      id: a.id,
      name: a.name,
      contentType: a.contentType,
      size: a.size,
      attachmentType: 'file',
      isInline: false,
    })),
    getAttachmentContentAsync: (id: string, callback: HostCallback<HostAttachmentContent>) => {
      const found = message.attachments.find((a) => a.id === id);
      if (!found) fail(callback, ERROR_CODES.invalidAttachmentId, 'The attachment ID was invalid.');
      else succeed(callback, { content: found.base64, format: 'base64' });
    },
    getAsFileAsync: (callback: HostCallback<string>) =>
      succeed(callback, encodeBase64(encodeUtf8(messageAsEml(message)))),
  };
}

export function createReadOffice(language: () => SimLanguage, first: InboxMessage): ReadOffice {
  let item = readItem(first);
  const roaming = new Map<string, unknown>();
  const info = { host: 'Outlook', platform: 'OfficeOnline' };
  return {
    context: {
      get displayLanguage() {
        return language();
      },
      requirements: {
        isSetSupported: (name, version) =>
          name === 'Mailbox' && Number((version ?? '1.1').split('.')[1] ?? '0') <= SUPPORTED_MAILBOX,
      },
      diagnostics: { host: 'Outlook', platform: 'OfficeOnline', version: 'simulator' },
      roamingSettings: {
        get: (name) => roaming.get(name),
        set: (name, value) => void roaming.set(name, value),
        saveAsync: (callback) => succeed(callback, undefined),
      },
      mailbox: {
        // OfficeHost types the item as a draft; the pane tells a read item apart by its shape (isReadItem).
        get item() {
          return item as unknown as HostComposeItem;
        },
        convertToRestId: (itemId: string, version: string) => {
          if (version !== 'v2.0') throw new Error(`unsupported REST version ${version}`);
          return restIdOf(itemId);
        },
        userProfile: { emailAddress: INBOX_USER.emailAddress, displayName: INBOX_USER.displayName },
        diagnostics: { hostName: 'Mail Guard read simulator', hostVersion: '1.15' },
      } as OfficeHost['context']['mailbox'],
    },
    onReady: () => Promise.resolve(info),
    select: (message) => {
      item = readItem(message);
    },
    ...OFFICE_ENUMS,
  };
}
