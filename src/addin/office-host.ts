/**
 * The slice of Office.js the add-in uses, typed structurally so the task pane, the on-send bundle, the
 * compose simulator and tests can all hand in an object that provides it (`Office`, a shim, a fake).
 * Enum-typed members of `@types/office-js` are written here as the string values Office.js uses at run time.
 */

export type HostAsyncStatus = 'succeeded' | 'failed';

export interface HostError {
  readonly name?: string;
  readonly message: string;
  readonly code?: number;
}

export interface HostAsyncResult<T> {
  readonly status: HostAsyncStatus;
  readonly value: T;
  readonly error?: HostError | null;
}

export type HostCallback<T> = (result: HostAsyncResult<T>) => void;

export interface HostEmailAddress {
  readonly emailAddress: string;
  readonly displayName?: string;
  /** `user`, `externalUser`, `distributionList`, `other`; missing for unresolved entries. */
  readonly recipientType?: string;
}

/** What `setAsync` takes: `EmailUser` objects (display name and address). */
export interface HostEmailUser {
  readonly emailAddress: string;
  readonly displayName: string;
}

export interface HostRecipients {
  getAsync(callback: HostCallback<readonly HostEmailAddress[]>): void;
  /** Replaces the field's recipients (Mailbox 1.1). */
  setAsync?(recipients: readonly HostEmailUser[], callback: HostCallback<void>): void;
}

/** `attachmentType` is `file`, `item` or `cloud`. */
export interface HostAttachmentDetails {
  readonly id: string;
  readonly name: string;
  readonly contentType?: string;
  readonly size: number;
  readonly attachmentType: string;
  readonly isInline: boolean;
}

/** `format` is `base64`, `eml`, `iCalendar` or `url`. */
export interface HostAttachmentContent {
  readonly content: string;
  readonly format: string;
}

export type HostCoercionType = 'text' | 'html';

export interface HostBody {
  getAsync(coercionType: HostCoercionType, callback: HostCallback<string>): void;
  prependAsync(data: string, options: { coercionType: HostCoercionType }, callback: HostCallback<void>): void;
  setSelectedDataAsync(
    data: string,
    options: { coercionType: HostCoercionType },
    callback: HostCallback<void>,
  ): void;
  /** Replaces the whole body. Never on send (it can drop inline images); only Undo of a move uses it (ADR 0008). */
  setAsync?(data: string, options: { coercionType: HostCoercionType }, callback: HostCallback<void>): void;
}

/** An informational notification on the item (Office's `NotificationMessageDetails`, type `informationalMessage`). */
export interface HostNotification {
  readonly type: 'informationalMessage' | 'errorMessage' | 'progressIndicator';
  readonly message: string;
  readonly icon?: string;
  readonly persistent?: boolean;
}

export interface HostNotificationMessages {
  addAsync(key: string, message: HostNotification, callback: HostCallback<void>): void;
  replaceAsync(key: string, message: HostNotification, callback: HostCallback<void>): void;
  removeAsync(key: string, callback: HostCallback<void>): void;
}

export interface HostSessionData {
  getAsync(name: string, callback: HostCallback<string>): void;
  setAsync(name: string, value: string, callback: HostCallback<void>): void;
  removeAsync(name: string, callback: HostCallback<void>): void;
}

/** `olkRecipientsChanged` / `olkAttachmentsChanged` are `Office.EventType.RecipientsChanged` / `AttachmentsChanged`. */
export type HostItemEventType = 'olkRecipientsChanged' | 'olkAttachmentsChanged';

/** The message being composed (`Office.MessageCompose`). */
export interface HostComposeItem {
  readonly subject: { getAsync(callback: HostCallback<string>): void };
  readonly to: HostRecipients;
  readonly cc: HostRecipients;
  readonly bcc: HostRecipients;
  readonly body: HostBody;
  readonly notificationMessages: HostNotificationMessages;
  /** Mailbox 1.11. */
  readonly sessionData?: HostSessionData;
  getAttachmentsAsync(callback: HostCallback<readonly HostAttachmentDetails[]>): void;
  getAttachmentContentAsync(id: string, callback: HostCallback<HostAttachmentContent>): void;
  removeAttachmentAsync(id: string, callback: HostCallback<void>): void;
  addFileAttachmentFromBase64Async(
    base64: string,
    name: string,
    options: { isInline: boolean },
    callback: HostCallback<string>,
  ): void;
  /** Mailbox 1.8: the `contextData` a Smart Alert passed when it opened the task pane. */
  getInitializationContextAsync?(callback: HostCallback<string>): void;
  addHandlerAsync(
    eventType: HostItemEventType,
    handler: (args: unknown) => void,
    callback: HostCallback<void>,
  ): void;
  removeHandlerAsync?(eventType: HostItemEventType, callback: HostCallback<void>): void;
}

/** Roaming settings: per-user, per-add-in, survives sessions (used to cache the effective policy). */
export interface HostRoamingSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: HostCallback<void>): void;
}

export interface HostContext {
  readonly displayLanguage: string;
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  readonly diagnostics?: { readonly host?: string; readonly platform?: string; readonly version?: string };
  readonly roamingSettings?: HostRoamingSettings;
  readonly mailbox: {
    readonly item?: HostComposeItem | null;
    readonly diagnostics?: { readonly hostName?: string; readonly hostVersion?: string };
  };
}

/** What a Smart Alerts (`OnMessageSend`) handler answers; see docs/outlook-platform.md. */
export interface SendCompletedOptions {
  readonly allowEvent: boolean;
  readonly errorMessage?: string;
  /** Mailbox 1.15. */
  readonly errorMessageMarkdown?: string;
  /** Mailbox 1.14, at most 20 characters. */
  readonly cancelLabel?: string;
  /** Mailbox 1.14: id of the task-pane button to open instead of returning to the draft. */
  readonly commandId?: string;
  /** Mailbox 1.14: read by the task pane with `getInitializationContextAsync`. */
  readonly contextData?: string;
  /** The only override Smart Alerts accepts: offer "Send anyway". */
  readonly sendModeOverride?: 'promptUser';
}

/** The event object Outlook passes to an event-based handler. */
export interface HostEvent {
  completed(options?: SendCompletedOptions): void;
}

export interface OfficeHost {
  readonly context: HostContext;
  readonly actions?: { associate(name: string, handler: (event: HostEvent) => void): void };
}

/**
 * The `Office` global seen through {@link OfficeHost}. The one place that reads the global: call it at the
 * edge (task pane start-up, on-send entry) and pass the result down. Returns undefined when Office is absent.
 */
export function officeFromGlobal(): OfficeHost | undefined {
  // `typeof` rather than `globalThis`, which the JavaScript-only runtime may lack (ES2020).
  // Office's ambient enums are typed as numbers but are these strings at run time, hence the cast.
  return typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeHost);
}
