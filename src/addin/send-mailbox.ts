/**
 * The part of the {@link Mailbox} the send check and the pre-scan handlers use: reading the draft, session
 * data and roaming settings. The on-send bundle builds only this (`createSendMailbox`), so the task pane's
 * editing calls (recipients, attachments, body, notifications) cost it nothing; `createMailbox` adds them.
 */
import { NoComposeItemError, OfficeApiError } from './errors';
import type {
  HostAttachmentContent,
  HostAttachmentDetails,
  HostCallback,
  HostComposeItem,
  HostEmailAddress,
  OfficeHost,
} from './office-host';
import { callOffice } from './promisify';

export type RecipientField = 'to' | 'cc' | 'bcc';

/** The message being composed, as the send check reads it. Every method rejects with {@link OfficeApiError}. */
export interface SendMailbox {
  /** Office's display language (`sv-SE`, `en-US`). */
  readonly displayLanguage: string;
  /** `Mailbox` requirement set check, e.g. `supports('1.15')` before using `errorMessageMarkdown`. */
  supports(version: string): boolean;
  getSubject(): Promise<string>;
  getRecipients(field: RecipientField): Promise<readonly HostEmailAddress[]>;
  getBody(format: 'text' | 'html'): Promise<string>;
  /** Attachment ids change when attachments are added or removed: call again rather than keep them. */
  getAttachments(): Promise<readonly HostAttachmentDetails[]>;
  getAttachmentContent(id: string): Promise<HostAttachmentContent>;
  /** Raw session data value, or undefined when unset or when the client lacks Mailbox 1.11. */
  getSessionValue(name: string): Promise<string | undefined>;
  setSessionValue(name: string, value: string): Promise<void>;
  /** A value from roaming settings (per user), or undefined. */
  getRoamingValue(name: string): unknown;
  setRoamingValue(name: string, value: unknown): Promise<void>;
}

/** The compose item, looked up on each call so that a closed compose window fails cleanly. */
export function composeItem(host: OfficeHost): {
  item: (api: string) => HostComposeItem;
  call: <T>(api: string, start: (target: HostComposeItem, done: HostCallback<T>) => void) => Promise<T>;
} {
  const item = (api: string): HostComposeItem => {
    const current = host.context.mailbox.item;
    if (!current) throw new NoComposeItemError(`${api}: no message is being composed`);
    return current;
  };
  const call = <T>(
    api: string,
    start: (target: HostComposeItem, done: HostCallback<T>) => void,
  ): Promise<T> => callOffice<T>(api, (callback) => start(item(api), callback));
  return { item, call };
}

/** Wraps an {@link OfficeHost} for the send check. */
export function createSendMailbox(host: OfficeHost): SendMailbox {
  const context = host.context;
  const { item, call } = composeItem(host);
  const sessionData = (api: string) => {
    const data = item(api).sessionData;
    if (!data) throw new OfficeApiError(api, 'session data needs Mailbox 1.11');
    return data;
  };
  return {
    displayLanguage: context.displayLanguage || 'en-US',
    supports: (version) => context.requirements.isSetSupported('Mailbox', version),
    getSubject: () => call('subject.getAsync', (it, done) => it.subject.getAsync(done)),
    getRecipients: (field) => call(`${field}.getAsync`, (it, done) => it[field].getAsync(done)),
    getBody: (format) => call('body.getAsync', (it, done) => it.body.getAsync(format, done)),
    getAttachments: () => call('getAttachmentsAsync', (it, done) => it.getAttachmentsAsync(done)),
    getAttachmentContent: (id) =>
      call('getAttachmentContentAsync', (it, done) => it.getAttachmentContentAsync(id, done)),
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
    getRoamingValue: (name) => (context.roamingSettings ? context.roamingSettings.get(name) : undefined),
    setRoamingValue: (name, value) => {
      const settings = context.roamingSettings;
      if (!settings) return Promise.reject(new OfficeApiError('roamingSettings.saveAsync', 'not available'));
      settings.set(name, value);
      return callOffice<void>('roamingSettings.saveAsync', (done) => settings.saveAsync(done));
    },
  };
}
