/**
 * A fake `Office` with the Mailbox API surface Mail Guard uses, backed by the simulator's compose store.
 * It behaves like Outlook where the add-in depends on it: asynchronous callbacks, failed results with
 * codes, string enum values, item events, session data, Smart Alert handlers registered by name.
 */
import type { HostCallback, HostComposeItem, HostEvent, HostItemEventType, OfficeHost } from '../../addin';
import { ERROR_CODES, fail, succeed } from './async-result';
import type { ComposeStore, SimRecipient } from './compose-store';
import { escapeHtml, htmlToPlainText } from './html-text';
import { OFFICE_ENUMS, type OfficeEnums } from './office-enums';
import { officeStyleItem } from './office-style';
import { createNotifications, type ObservableNotifications } from './notifications';

/** The fake also carries the enums and start-up calls of Office.js. */
export interface FakeOffice extends OfficeHost, OfficeEnums {
  readonly actions: { associate(name: string, handler: (event: HostEvent) => void): void };
  /** Handlers registered with `Office.actions.associate`, by name. */
  readonly associated: Map<string, (event: HostEvent) => void>;
  onReady(
    callback?: (info: { host: string; platform: string }) => void,
  ): Promise<{ host: string; platform: string }>;
  /** The item's notification bar, for the compose UI to show. */
  readonly notifications: ObservableNotifications;
  /** Sets what `getInitializationContextAsync` returns (a Smart Alert's `contextData`). */
  setInitializationContext(value: string | undefined): void;
}

const SUPPORTED_MAILBOX = 15; // Mailbox 1.15: markdown alert text, commandId, contextData

const recipients = (store: ComposeStore, field: 'to' | 'cc' | 'bcc') => ({
  getAsync: (callback: HostCallback<readonly SimRecipient[]>) => succeed(callback, store[field].slice()),
  // As Outlook: the field takes the new list (EmailUser objects or plain addresses) and fires RecipientsChanged.
  setAsync: (
    list: ReadonlyArray<string | { emailAddress: string; displayName?: string }>,
    callback: HostCallback<void>,
  ) => {
    store.setRecipients(
      field,
      list.map((r) =>
        typeof r === 'string'
          ? { emailAddress: r, displayName: r }
          : { emailAddress: r.emailAddress, displayName: r.displayName || r.emailAddress },
      ),
    );
    succeed(callback, undefined);
  },
});

function createItem(
  store: ComposeStore,
  handlers: Map<HostItemEventType, (args: unknown) => void>,
  notifications: ObservableNotifications,
  initContext: () => string | undefined,
): HostComposeItem {
  return {
    subject: { getAsync: (callback) => succeed(callback, store.subject) },
    to: recipients(store, 'to'),
    cc: recipients(store, 'cc'),
    bcc: recipients(store, 'bcc'),
    body: {
      getAsync: (coercion, callback) =>
        succeed(callback, coercion === 'html' ? store.bodyHtml : store.bodyText),
      prependAsync: (data, options, callback) => {
        const html = (options.coercionType === 'html' ? data : escapeHtml(data)) + store.bodyHtml;
        store.replaceBody(html, htmlToPlainText(html));
        succeed(callback, undefined);
      },
      setAsync: (data, options, callback) => {
        const html = options.coercionType === 'html' ? data : escapeHtml(data);
        store.replaceBody(html, htmlToPlainText(html));
        succeed(callback, undefined);
      },
      setSelectedDataAsync: (data, options, callback) => {
        // The simulator's cursor is at the end of the body when the editor is not focused.
        const html = store.bodyHtml + (options.coercionType === 'html' ? data : escapeHtml(data));
        store.replaceBody(html, htmlToPlainText(html));
        succeed(callback, undefined);
      },
    },
    notificationMessages: notifications,
    sessionData: {
      getAsync: (name, callback) => {
        const value = store.sessionData.get(name);
        if (value === undefined) fail(callback, ERROR_CODES.keyNotFound, 'The key was not found.');
        else succeed(callback, value);
      },
      setAsync: (name, value, callback) => (store.sessionData.set(name, value), succeed(callback, undefined)),
      removeAsync: (name, callback) => (store.sessionData.delete(name), succeed(callback, undefined)),
    },
    getAttachmentsAsync: (callback) =>
      succeed(
        callback,
        store.attachments.map((a) => ({
          id: a.id,
          name: a.name,
          contentType: a.contentType,
          size: a.size,
          attachmentType: 'file',
          isInline: false,
        })),
      ),
    getAttachmentContentAsync: (id, callback) => {
      const attachment = store.attachments.find((a) => a.id === id);
      if (!attachment) fail(callback, ERROR_CODES.invalidAttachmentId, 'The attachment ID was invalid.');
      else succeed(callback, { content: attachment.base64, format: 'base64' });
    },
    removeAttachmentAsync: (id, callback) => {
      if (store.removeAttachment(id)) succeed(callback, undefined);
      else fail(callback, ERROR_CODES.invalidAttachmentId, 'The attachment ID was invalid.');
    },
    addFileAttachmentFromBase64Async: (base64, name, _options, callback) => {
      const size = Math.floor((base64.replace(/=+$/, '').length * 3) / 4);
      succeed(callback, store.addAttachment(name, 'application/octet-stream', size, base64));
    },
    getInitializationContextAsync: (callback) => succeed(callback, initContext() ?? ''),
    addHandlerAsync: (eventType, handler, callback) => {
      handlers.set(eventType, handler);
      succeed(callback, undefined);
    },
    removeHandlerAsync: (eventType, callback) => {
      handlers.delete(eventType);
      succeed(callback, undefined);
    },
  };
}

/** Builds the fake around a store. Item events are forwarded to the handlers the add-in registered. */
export function createFakeOffice(store: ComposeStore): FakeOffice {
  const handlers = new Map<HostItemEventType, (args: unknown) => void>();
  const associated = new Map<string, (event: HostEvent) => void>();
  let initContext: string | undefined;
  store.subscribe((event) => {
    const type: HostItemEventType | undefined =
      event === 'recipients'
        ? 'olkRecipientsChanged'
        : event === 'attachments'
          ? 'olkAttachmentsChanged'
          : undefined;
    const handler = type ? handlers.get(type) : undefined;
    if (type && handler) setTimeout(() => handler({ type }), 0);
  });
  const notifications = createNotifications();
  const item = officeStyleItem(createItem(store, handlers, notifications, () => initContext));
  const info = { host: 'Outlook', platform: 'OfficeOnline' };
  return {
    context: {
      get displayLanguage() {
        return store.language;
      },
      requirements: {
        isSetSupported: (name, version) =>
          name === 'Mailbox' && Number((version ?? '1.1').split('.')[1] ?? '0') <= SUPPORTED_MAILBOX,
      },
      diagnostics: { host: 'Outlook', platform: 'OfficeOnline', version: 'simulator' },
      roamingSettings: {
        get: (name) => store.roaming.get(name),
        set: (name, value) => void store.roaming.set(name, value),
        saveAsync: (callback) => succeed(callback, undefined),
      },
      mailbox: { item, diagnostics: { hostName: 'Mail Guard compose simulator', hostVersion: '1.15' } },
    },
    actions: { associate: (name, handler) => void associated.set(name, handler) },
    associated,
    notifications,
    onReady: (callback) => {
      if (callback) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    setInitializationContext: (value) => {
      initContext = value;
    },
    ...OFFICE_ENUMS,
  };
}
