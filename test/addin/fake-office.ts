/**
 * A fake of the Office.js surface the add-in uses (see src/addin/office-host.ts), injected into the adapter
 * and into the built on-send bundle. Callbacks fire asynchronously, as Office's do; failures are scripted.
 */
import type {
  HostAsyncResult,
  HostAttachmentContent,
  HostAttachmentDetails,
  HostCallback,
  HostComposeItem,
  HostEmailAddress,
  HostEvent,
  OfficeHost,
  SendCompletedOptions,
} from '../../src/addin';

export interface FakeAttachment {
  readonly name: string;
  readonly bytes?: Uint8Array;
  readonly contentType?: string;
  readonly attachmentType?: 'file' | 'item' | 'cloud';
  /** Text for `eml` / `iCalendar` formats. */
  readonly text?: string;
  readonly format?: 'base64' | 'eml' | 'iCalendar' | 'url';
  /** getAttachmentContentAsync fails with this message. */
  readonly fail?: string;
}

export interface FakeDraft {
  readonly subject?: string;
  readonly to?: readonly string[];
  readonly cc?: readonly string[];
  readonly body?: string;
  /** body.getAsync fails with this message. */
  readonly bodyFails?: string;
  readonly attachments?: readonly FakeAttachment[];
  readonly displayLanguage?: string;
  /** Highest Mailbox requirement set supported. Default 1.15. */
  readonly mailbox?: string;
  readonly session?: { readonly [key: string]: string };
  readonly roaming?: { readonly [key: string]: unknown };
}

export interface FakeOffice {
  readonly office: OfficeHost & {
    readonly actions: { associate(name: string, fn: (event: HostEvent) => void): void };
  };
  readonly associated: Map<string, (event: HostEvent) => void>;
  readonly session: Map<string, string>;
  /** API names in call order. */
  readonly calls: string[];
  /** Most attachment content reads in flight at once. */
  readonly maxConcurrentReads: () => number;
}

const ok = <T>(value: T): HostAsyncResult<T> => ({ status: 'succeeded', value });
const failed = <T>(message: string): HostAsyncResult<T> => ({
  status: 'failed',
  value: undefined as T,
  error: { name: 'GenericError', message, code: 9999 },
});

/** Base64 via Node's Buffer: independent of the adapter's own decoder, which the tests check. */
export const toBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

export function fakeOffice(draft: FakeDraft): FakeOffice {
  const calls: string[] = [];
  const session = new Map<string, string>(Object.entries(draft.session || {}));
  const roaming = new Map<string, unknown>(Object.entries(draft.roaming || {}));
  const associated = new Map<string, (event: HostEvent) => void>();
  let inFlight = 0;
  let maxInFlight = 0;
  const later = <T>(api: string, callback: HostCallback<T> | undefined, result: HostAsyncResult<T>): void => {
    calls.push(api);
    setTimeout(() => callback && callback(result), 0);
  };
  const recipients = (list: readonly string[] | undefined) => ({
    getAsync: (cb: HostCallback<readonly HostEmailAddress[]>) =>
      later(
        'recipients.getAsync',
        cb,
        ok(
          (list || []).map((emailAddress) => ({
            emailAddress,
            displayName: emailAddress.split('@')[0] as string,
          })),
        ),
      ),
  });
  // Ids are positions, renumbered on removal, as Outlook may do: callers must list again, not keep ids.
  let attachments = (draft.attachments || []).map((a, i) => ({ ...a, id: `att-${i}` }));
  const details = (): readonly HostAttachmentDetails[] =>
    attachments.map((a) => ({
      id: a.id,
      name: a.name,
      size: a.bytes ? a.bytes.length : (a.text || '').length,
      attachmentType: a.attachmentType || 'file',
      isInline: false,
      ...(a.contentType ? { contentType: a.contentType } : {}),
    }));
  const item: HostComposeItem = {
    subject: { getAsync: (cb) => later('subject.getAsync', cb, ok(draft.subject || '')) },
    to: recipients(draft.to),
    cc: recipients(draft.cc),
    bcc: recipients([]),
    body: {
      getAsync: (_format, cb) =>
        later('body.getAsync', cb, draft.bodyFails ? failed<string>(draft.bodyFails) : ok(draft.body || '')),
      prependAsync: (_data, _options, cb) => later('body.prependAsync', cb, ok(undefined)),
      setSelectedDataAsync: (_data, _options, cb) => later('body.setSelectedDataAsync', cb, ok(undefined)),
    },
    notificationMessages: {
      addAsync: (_k, _m, cb) => later('notificationMessages.addAsync', cb, ok(undefined)),
      replaceAsync: (_k, _m, cb) => later('notificationMessages.replaceAsync', cb, ok(undefined)),
      removeAsync: (_k, cb) => later('notificationMessages.removeAsync', cb, ok(undefined)),
    },
    sessionData: {
      getAsync: (name, cb) => {
        const value = session.get(name);
        later('sessionData.getAsync', cb, value === undefined ? failed<string>('not found') : ok(value));
      },
      setAsync: (name, value, cb) => {
        session.set(name, value);
        later('sessionData.setAsync', cb, ok(undefined));
      },
      removeAsync: (name, cb) => {
        session.delete(name);
        later('sessionData.removeAsync', cb, ok(undefined));
      },
    },
    getAttachmentsAsync: (cb) => later('getAttachmentsAsync', cb, ok(details())),
    getAttachmentContentAsync: (id, cb) => {
      const a = attachments.find((x) => x.id === id);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const result: HostAsyncResult<HostAttachmentContent> = !a
        ? failed('no such attachment')
        : a.fail
          ? failed(a.fail)
          : ok({ format: a.format || 'base64', content: a.bytes ? toBase64(a.bytes) : a.text || '' });
      calls.push('getAttachmentContentAsync');
      setTimeout(() => {
        inFlight--;
        cb(result);
      }, 1);
    },
    removeAttachmentAsync: (id, cb) => {
      const exists = attachments.some((a) => a.id === id);
      attachments = attachments.filter((a) => a.id !== id).map((a, i) => ({ ...a, id: `att-${i}` }));
      later('removeAttachmentAsync', cb, exists ? ok(undefined) : failed<void>('attachment not found'));
    },
    addFileAttachmentFromBase64Async: (_b, _n, _o, cb) =>
      later('addFileAttachmentFromBase64Async', cb, ok('att-new')),
    getInitializationContextAsync: (cb) => later('getInitializationContextAsync', cb, ok('')),
    addHandlerAsync: (_type, _handler, cb) => later('addHandlerAsync', cb, ok(undefined)),
  };
  const max = (draft.mailbox || '1.15').split('.').map(Number);
  const office = {
    context: {
      displayLanguage: draft.displayLanguage || 'en-US',
      requirements: {
        isSetSupported: (name: string, version = '1.1') => {
          const [major, minor] = version.split('.').map(Number);
          return (
            name === 'Mailbox' &&
            ((major as number) < (max[0] as number) ||
              (major === max[0] && (minor as number) <= (max[1] as number)))
          );
        },
      },
      roamingSettings: {
        get: (name: string) => roaming.get(name),
        set: (name: string, value: unknown) => void roaming.set(name, value),
        saveAsync: (cb: HostCallback<void>) => later('roamingSettings.saveAsync', cb, ok(undefined)),
      },
      mailbox: { item, diagnostics: { hostName: 'Fake', hostVersion: '1.0' } },
    },
    actions: { associate: (name: string, fn: (event: HostEvent) => void) => void associated.set(name, fn) },
  };
  return { office, associated, session, calls, maxConcurrentReads: () => maxInFlight };
}

/** An event whose `completed` calls are recorded; `answer` resolves at the first one. */
export function fakeEvent(): {
  event: HostEvent;
  calls: (SendCompletedOptions | undefined)[];
  answer: Promise<SendCompletedOptions | undefined>;
} {
  const calls: (SendCompletedOptions | undefined)[] = [];
  let resolve: (value: SendCompletedOptions | undefined) => void = () => undefined;
  const answer = new Promise<SendCompletedOptions | undefined>((r) => (resolve = r));
  return {
    calls,
    answer,
    event: {
      completed(options) {
        calls.push(options);
        resolve(options);
      },
    },
  };
}
