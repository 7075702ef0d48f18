/**
 * Promise wrappers over every Mailbox API the add-in uses, built on an injected {@link OfficeHost}
 * (`Office`, the compose simulator's shim, or a test fake). Each method goes through {@link callOffice}.
 */
import { NoComposeItemError, OfficeApiError } from './errors';
import type {
  HostAttachmentContent,
  HostAttachmentDetails,
  HostCallback,
  HostComposeItem,
  HostEmailAddress,
  HostEmailUser,
  HostItemEventType,
  HostNotification,
  OfficeHost,
} from './office-host';
import { callOffice } from './promisify';

export type RecipientField = 'to' | 'cc' | 'bcc';
export type ItemEvent = 'recipients-changed' | 'attachments-changed';

const EVENT_TYPES: { readonly [E in ItemEvent]: HostItemEventType } = {
  'recipients-changed': 'olkRecipientsChanged',
  'attachments-changed': 'olkAttachmentsChanged',
};

/** The add-in's view of the message being composed. Every method rejects with {@link OfficeApiError}. */
export interface Mailbox {
  /** Office's display language (`sv-SE`, `en-US`). */
  readonly displayLanguage: string;
  /** `Mailbox` requirement set check, e.g. `supports('1.15')` before using `errorMessageMarkdown`. */
  supports(version: string): boolean;
  /** Host and version for diagnostics (never contains mail content). */
  diagnostics(): { readonly host: string; readonly version: string };
  getSubject(): Promise<string>;
  getRecipients(field: RecipientField): Promise<readonly HostEmailAddress[]>;
  /** Replaces the recipients of one field (the recipient fixes: replace an address, move to Bcc). */
  setRecipients(field: RecipientField, recipients: readonly HostEmailUser[]): Promise<void>;
  getBody(format: 'text' | 'html'): Promise<string>;
  /** Attachment ids change when attachments are added or removed: call again rather than keep them. */
  getAttachments(): Promise<readonly HostAttachmentDetails[]>;
  getAttachmentContent(id: string): Promise<HostAttachmentContent>;
  removeAttachment(id: string): Promise<void>;
  addFileAttachmentFromBase64(base64: string, name: string): Promise<string>;
  /** Inserts at the start of the body (never `body.setAsync`: it can drop inline images). */
  prependToBody(data: string, format: 'text' | 'html'): Promise<void>;
  insertAtCursor(data: string, format: 'text' | 'html'): Promise<void>;
  showNotification(key: string, message: string): Promise<void>;
  removeNotification(key: string): Promise<void>;
  /** Raw session data value, or undefined when unset or when the client lacks Mailbox 1.11. */
  getSessionValue(name: string): Promise<string | undefined>;
  setSessionValue(name: string, value: string): Promise<void>;
  /** The `contextData` of the Smart Alert that opened the task pane, or undefined. */
  getInitializationContext(): Promise<string | undefined>;
  /** Subscribes to an item event; resolves once the handler is registered. */
  onItemEvent(event: ItemEvent, handler: () => void): Promise<void>;
  /** A value from roaming settings (per user), or undefined. */
  getRoamingValue(name: string): unknown;
  setRoamingValue(name: string, value: unknown): Promise<void>;
}

/** Wraps an {@link OfficeHost}. The item is looked up on each call, so a closed compose window fails cleanly. */
export function createMailbox(host: OfficeHost): Mailbox {
  const context = host.context;
  const item = (api: string): HostComposeItem => {
    const current = context.mailbox.item;
    if (!current) throw new NoComposeItemError(`${api}: no message is being composed`);
    return current;
  };
  const call = <T>(
    api: string,
    start: (target: HostComposeItem, done: HostCallback<T>) => void,
  ): Promise<T> => callOffice<T>(api, (callback) => start(item(api), callback));
  const sessionData = (api: string) => {
    const data = item(api).sessionData;
    if (!data) throw new OfficeApiError(api, 'session data needs Mailbox 1.11');
    return data;
  };

  return {
    displayLanguage: context.displayLanguage || 'en-US',
    supports: (version) => context.requirements.isSetSupported('Mailbox', version),
    diagnostics: () => ({
      host: (context.mailbox.diagnostics && context.mailbox.diagnostics.hostName) || 'unknown',
      version: (context.mailbox.diagnostics && context.mailbox.diagnostics.hostVersion) || 'unknown',
    }),
    getSubject: () => call('subject.getAsync', (it, done) => it.subject.getAsync(done)),
    getRecipients: (field) => call(`${field}.getAsync`, (it, done) => it[field].getAsync(done)),
    setRecipients: (field, recipients) =>
      call<void>(`${field}.setAsync`, (it, done) => {
        const set = it[field].setAsync;
        if (!set) throw new OfficeApiError(`${field}.setAsync`, 'not available in this client');
        set.call(it[field], recipients, done);
      }),
    getBody: (format) => call('body.getAsync', (it, done) => it.body.getAsync(format, done)),
    getAttachments: () => call('getAttachmentsAsync', (it, done) => it.getAttachmentsAsync(done)),
    getAttachmentContent: (id) =>
      call('getAttachmentContentAsync', (it, done) => it.getAttachmentContentAsync(id, done)),
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
    getSessionValue: async (name) => {
      const value = await callOffice<string>('sessionData.getAsync', (done) =>
        sessionData('sessionData.getAsync').getAsync(name, done),
      ).catch(
        // Office reports an unset key as a failure; treat every read failure as "nothing stored".
        () => undefined,
      );
      return typeof value === 'string' && value !== '' ? value : undefined;
    },
    setSessionValue: (name, value) =>
      callOffice<void>('sessionData.setAsync', (done) =>
        sessionData('sessionData.setAsync').setAsync(name, value, done),
      ),
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
    getRoamingValue: (name) => (context.roamingSettings ? context.roamingSettings.get(name) : undefined),
    setRoamingValue: (name, value) => {
      const settings = context.roamingSettings;
      if (!settings) return Promise.reject(new OfficeApiError('roamingSettings.saveAsync', 'not available'));
      settings.set(name, value);
      return callOffice<void>('roamingSettings.saveAsync', (done) => settings.saveAsync(done));
    },
  };
}
