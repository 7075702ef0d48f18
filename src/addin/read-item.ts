/**
 * The received message open in read mode (`Office.MessageRead`), through the same {@link Mailbox} interface
 * the draft scan uses, so a received message is read and scanned exactly as a draft is. In read mode subject
 * and recipients are properties, attachments a list (`item.attachments`); `getAsFileAsync` (Mailbox 1.14)
 * gives the whole message as base64 EML. Methods that change the item reject: a received message is not
 * edited, only archived and deleted (through Microsoft Graph, src/addin/graph).
 */
import { OfficeApiError } from './errors';
import type { Mailbox } from './mailbox';
import type {
  HostAttachmentContent,
  HostAttachmentDetails,
  HostCallback,
  HostCoercionType,
  HostEmailAddress,
  OfficeHost,
} from './office-host';
import { callOffice } from './promisify';

/** The slice of `Office.MessageRead` the read pane uses. */
export interface HostReadItem {
  /** EWS id of the message; Graph needs it converted (`convertToRestId`). */
  readonly itemId: string;
  readonly subject: string;
  readonly from?: HostEmailAddress;
  readonly to: readonly HostEmailAddress[];
  readonly cc: readonly HostEmailAddress[];
  readonly dateTimeCreated?: Date;
  readonly body: { getAsync(coercionType: HostCoercionType, callback: HostCallback<string>): void };
  readonly attachments: readonly HostAttachmentDetails[];
  getAttachmentContentAsync(id: string, callback: HostCallback<HostAttachmentContent>): void;
  /** Mailbox 1.14: the whole message as base64-encoded EML. */
  getAsFileAsync?(callback: HostCallback<string>): void;
}

/** The mailbox-level calls of read mode that are not on the item. */
interface HostReadMailbox {
  readonly item?: unknown;
  /** `Office.MailboxEnums.RestVersion.v2_0` is the string `v2.0` at run time. */
  convertToRestId?(itemId: string, restVersion: string): string;
  readonly userProfile?: { readonly emailAddress?: string; readonly displayName?: string };
}

/** True when `item` is a message open for reading (a draft has `subject.getAsync`, not a string). */
export function isReadItem(item: unknown): item is HostReadItem {
  if (typeof item !== 'object' || item === null) return false;
  const candidate = item as { subject?: unknown; attachments?: unknown; itemId?: unknown };
  return (
    typeof candidate.subject === 'string' &&
    Array.isArray(candidate.attachments) &&
    typeof candidate.itemId === 'string'
  );
}

/** True when the pane was opened on a received message (read mode). */
export function inReadMode(host: OfficeHost | undefined): boolean {
  return isReadItem((host?.context.mailbox as HostReadMailbox | undefined)?.item);
}

/** A received message: the {@link Mailbox} the scan reads, plus what archiving needs. */
export interface ReadMailbox extends Mailbox {
  readonly itemId: string;
  readonly subject: string;
  /** The signed-in user's address (the owner of the stored copy), when Outlook gives it. */
  readonly userEmail: string | undefined;
  /** Who sent the message, when Outlook says. */
  readonly from: HostEmailAddress | undefined;
  /** The id Graph knows the message by. Rejects with {@link OfficeApiError} where it cannot be converted. */
  restId(): Promise<string>;
  /** True when this Outlook can give the whole message as a file (Mailbox 1.14). */
  canGetAsFile(): boolean;
  /** The whole message as base64 EML. */
  getAsFile(): Promise<string>;
}

const readOnly = (api: string) => () =>
  Promise.reject(new OfficeApiError(api, 'a received message cannot be changed'));

/** Wraps the read item of `host`. Throws when the open item is not a received message. */
export function createReadMailbox(host: OfficeHost, compose: Mailbox): ReadMailbox {
  const mailbox = host.context.mailbox as HostReadMailbox;
  const item = mailbox.item;
  if (!isReadItem(item)) throw new OfficeApiError('mailbox.item', 'no received message is open');
  const email = mailbox.userProfile?.emailAddress;
  return {
    // Language, requirement sets, roaming settings and diagnostics are the mailbox's, not the item's.
    displayLanguage: compose.displayLanguage,
    supports: compose.supports,
    diagnostics: compose.diagnostics,
    getRoamingValue: compose.getRoamingValue,
    setRoamingValue: compose.setRoamingValue,
    itemId: item.itemId,
    subject: item.subject,
    userEmail: typeof email === 'string' && email.includes('@') ? email : undefined,
    from: item.from,
    getSubject: () => Promise.resolve(item.subject),
    getRecipients: (field) => Promise.resolve(field === 'bcc' ? [] : item[field].slice()),
    getBody: (format) => callOffice('body.getAsync', (done) => item.body.getAsync(format, done)),
    getAttachments: () => Promise.resolve(item.attachments.slice()),
    getAttachmentContent: (id) =>
      callOffice('getAttachmentContentAsync', (done) => item.getAttachmentContentAsync(id, done)),
    restId: () => {
      const convert = mailbox.convertToRestId;
      if (!convert) return Promise.reject(new OfficeApiError('convertToRestId', 'not available'));
      try {
        return Promise.resolve(convert.call(mailbox, item.itemId, 'v2.0'));
      } catch (error: unknown) {
        return Promise.reject(new OfficeApiError('convertToRestId', 'failed', { cause: error }));
      }
    },
    canGetAsFile: () => typeof item.getAsFileAsync === 'function' && compose.supports('1.14'),
    getAsFile: () =>
      callOffice<string>('getAsFileAsync', (done) => {
        if (!item.getAsFileAsync) throw new Error('needs Mailbox 1.14');
        item.getAsFileAsync(done);
      }),
    setRecipients: readOnly('setAsync'),
    removeAttachment: readOnly('removeAttachmentAsync'),
    addFileAttachmentFromBase64: readOnly('addFileAttachmentFromBase64Async'),
    prependToBody: readOnly('body.prependAsync'),
    insertAtCursor: readOnly('body.setSelectedDataAsync'),
    showNotification: readOnly('notificationMessages.replaceAsync'),
    removeNotification: readOnly('notificationMessages.removeAsync'),
    getSessionValue: () => Promise.resolve(undefined),
    setSessionValue: readOnly('sessionData.setAsync'),
    getInitializationContext: () => Promise.resolve(undefined),
    // A received message does not change while it is open: no item events to follow.
    onItemEvent: () => Promise.resolve(),
  };
}
