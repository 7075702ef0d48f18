/** The item's notification bar (at most 5 messages, as in Outlook). Observable so the compose UI can show it. */
import type { HostNotification, HostNotificationMessages } from '../../addin/office-host';
import { ERROR_CODES, fail, succeed } from './async-result';

export const MAX_NOTIFICATIONS = 5;

export interface ObservableNotifications extends HostNotificationMessages {
  readonly current: ReadonlyMap<string, HostNotification>;
  subscribe(listener: () => void): () => void;
}

export function createNotifications(): ObservableNotifications {
  const current = new Map<string, HostNotification>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    addAsync: (key, message, callback) => {
      if (current.has(key) || current.size >= MAX_NOTIFICATIONS)
        return fail(callback, ERROR_CODES.notificationKey, 'Notification not added.');
      current.set(key, message);
      changed();
      succeed(callback, undefined);
    },
    replaceAsync: (key, message, callback) => {
      if (!current.has(key) && current.size >= MAX_NOTIFICATIONS)
        return fail(callback, ERROR_CODES.notificationKey, 'Too many notifications.');
      current.set(key, message);
      changed();
      succeed(callback, undefined);
    },
    removeAsync: (key, callback) => {
      current.delete(key);
      changed();
      succeed(callback, undefined);
    },
  };
}
