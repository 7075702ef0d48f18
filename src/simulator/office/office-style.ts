/**
 * Office.js calling conventions on top of the fake's simple implementations: every async method takes
 * `(...params, options?, callback?)`, and `options.asyncContext` comes back on the result. Add-ins (and
 * Microsoft's samples) rely on both, so the fake accepts them like Outlook does.
 */
import type { HostComposeItem } from '../../addin';

type Method = (...args: unknown[]) => void;
type Options = { readonly asyncContext?: unknown };

/** Wraps an implementation taking `(...params, [options,] callback)`. */
export function officeStyle(impl: Method, params: number, passOptions = false): Method {
  return (...args: unknown[]) => {
    const rest = args.slice(params);
    const callback = rest.find((a): a is (result: object) => void => typeof a === 'function');
    const options = (rest.find((a) => typeof a === 'object' && a !== null) as Options | undefined) ?? {};
    const reply =
      callback && options.asyncContext !== undefined
        ? (result: object) => callback({ ...result, asyncContext: options.asyncContext })
        : callback;
    impl(...args.slice(0, params), ...(passOptions ? [options] : []), reply);
  };
}

const wrap = (target: object, name: string, params: number, passOptions = false): void => {
  const record = target as { [key: string]: unknown };
  const impl = record[name];
  if (typeof impl === 'function')
    record[name] = officeStyle(impl.bind(target) as Method, params, passOptions);
};

/** A copy of the item whose async methods follow Office's conventions. */
export function officeStyleItem(item: HostComposeItem): HostComposeItem {
  const copy = {
    ...item,
    subject: { ...item.subject },
    to: { ...item.to },
    cc: { ...item.cc },
    bcc: { ...item.bcc },
  };
  const body = { ...item.body };
  const notifications = {
    addAsync: item.notificationMessages.addAsync.bind(item.notificationMessages),
    replaceAsync: item.notificationMessages.replaceAsync.bind(item.notificationMessages),
    removeAsync: item.notificationMessages.removeAsync.bind(item.notificationMessages),
  };
  const sessionData = item.sessionData ? { ...item.sessionData } : undefined;
  for (const part of [copy.subject, copy.to, copy.cc, copy.bcc]) wrap(part, 'getAsync', 0);
  wrap(body, 'getAsync', 1);
  wrap(body, 'prependAsync', 1, true);
  wrap(body, 'setSelectedDataAsync', 1, true);
  wrap(notifications, 'addAsync', 2);
  wrap(notifications, 'replaceAsync', 2);
  wrap(notifications, 'removeAsync', 1);
  if (sessionData) {
    wrap(sessionData, 'getAsync', 1);
    wrap(sessionData, 'setAsync', 2);
    wrap(sessionData, 'removeAsync', 1);
  }
  wrap(copy, 'getAttachmentsAsync', 0);
  wrap(copy, 'getAttachmentContentAsync', 1);
  wrap(copy, 'removeAttachmentAsync', 1);
  wrap(copy, 'addFileAttachmentFromBase64Async', 2, true);
  wrap(copy, 'getInitializationContextAsync', 0);
  wrap(copy, 'addHandlerAsync', 2);
  wrap(copy, 'removeHandlerAsync', 1);
  return { ...copy, body, notificationMessages: notifications, ...(sessionData ? { sessionData } : {}) };
}
