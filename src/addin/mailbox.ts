/**
 * Promise wrappers over every Mailbox API the add-in uses, built on an injected {@link OfficeHost}
 * (`Office`, the compose simulator's shim, or a test fake). Each method goes through {@link callOffice}.
 * What the send check needs is `send-mailbox.ts`; this adds the task pane's editing calls.
 */
import { OfficeApiError } from './errors';
import type { HostEmailUser, HostItemEventType, HostNotification, OfficeHost } from './office-host';
import { callOffice } from './promisify';
import { composeItem, createSendMailbox, type RecipientField, type SendMailbox } from './send-mailbox';

export type { RecipientField };
export type ItemEvent = 'recipients-changed' | 'attachments-changed';

const EVENT_TYPES: { readonly [E in ItemEvent]: HostItemEventType } = {
  'recipients-changed': 'olkRecipientsChanged',
  'attachments-changed': 'olkAttachmentsChanged',
};

/** The add-in's view of the message being composed. Every method rejects with {@link OfficeApiError}. */
export interface Mailbox extends SendMailbox {
  /** Host and version for diagnostics (never contains mail content). */
  diagnostics(): { readonly host: string; readonly version: string };
  /** Replaces the recipients of one field (the recipient fixes: replace an address, move to Bcc). */
  setRecipients(field: RecipientField, recipients: readonly HostEmailUser[]): Promise<void>;
  removeAttachment(id: string): Promise<void>;
  addFileAttachmentFromBase64(base64: string, name: string): Promise<string>;
  /** Inserts at the start of the body (never `body.setAsync`: it can drop inline images). */
  prependToBody(data: string, format: 'text' | 'html'): Promise<void>;
  insertAtCursor(data: string, format: 'text' | 'html'): Promise<void>;
  showNotification(key: string, message: string): Promise<void>;
  removeNotification(key: string): Promise<void>;
  /** The `contextData` of the Smart Alert that opened the task pane, or undefined. */
  getInitializationContext(): Promise<string | undefined>;
  /** Subscribes to an item event; resolves once the handler is registered. */
  onItemEvent(event: ItemEvent, handler: () => void): Promise<void>;
}

/** Wraps an {@link OfficeHost}. The item is looked up on each call, so a closed compose window fails cleanly. */
export function createMailbox(host: OfficeHost): Mailbox {
  const context = host.context;
  const { item, call } = composeItem(host);
  return {
    ...createSendMailbox(host),
    diagnostics: () => ({
      host: (context.mailbox.diagnostics && context.mailbox.diagnostics.hostName) || 'unknown',
      version: (context.mailbox.diagnostics && context.mailbox.diagnostics.hostVersion) || 'unknown',
    }),
    setRecipients: (field, recipients) =>
      call<void>(`${field}.setAsync`, (it, done) => {
        const set = it[field].setAsync;
        if (!set) throw new OfficeApiError(`${field}.setAsync`, 'not available in this client');
        set.call(it[field], recipients, done);
      }),
    removeAttachment: (id) => call('removeAttachmentAsync', (it, done) => it.removeAttachmentAsync(id, done)),
    addFileAttachmentFromBase64: (base64, name) =>
      call('addFileAttachmentFromBase64Async', (it, done) =>
        it.addFileAttachmentFromBase64Async(base64, name, { isInline: false }, done),
      ),
    prependToBody: (data, format) =>
      call('body.prependAsync', (it, done) => it.body.prependAsync(data, { coercionType: format }, done)),
    insertAtCursor: (data, format) =>
      call('body.setSelectedDataAsync', (it, done) =>
        it.body.setSelectedDataAsync(data, { coercionType: format }, done),
      ),
    showNotification: (key, message) => {
      const details: HostNotification = {
        type: 'informationalMessage',
        message,
        icon: 'Icon.16x16',
        persistent: false,
      };
      return call('notificationMessages.replaceAsync', (it, done) =>
        it.notificationMessages.replaceAsync(key, details, done),
      );
    },
    removeNotification: (key) =>
      call('notificationMessages.removeAsync', (it, done) => it.notificationMessages.removeAsync(key, done)),
    getInitializationContext: async () => {
      const target = item('getInitializationContextAsync');
      const get = target.getInitializationContextAsync;
      if (!get) return undefined;
      const value = await callOffice<string>('getInitializationContextAsync', (done) =>
        get.call(target, done),
      );
      return value ? value : undefined;
    },
    onItemEvent: (event, handler) =>
      call('addHandlerAsync', (it, done) => it.addHandlerAsync(EVENT_TYPES[event], () => handler(), done)),
  };
}
