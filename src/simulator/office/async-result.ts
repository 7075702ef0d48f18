/** Office-style asynchronous results: callbacks are always called later, never synchronously. */
import type { HostAsyncResult, HostCallback } from '../../addin';

export function succeed<T>(callback: HostCallback<T> | undefined, value: T): void {
  const result: HostAsyncResult<T> = { status: 'succeeded', value, error: null };
  if (callback) setTimeout(() => callback(result), 0);
}

export function fail<T>(callback: HostCallback<T> | undefined, code: number, message: string): void {
  const result = {
    status: 'failed',
    value: undefined as unknown as T,
    error: { name: 'Error', code, message },
  } as const;
  if (callback) setTimeout(() => callback(result), 0);
}

/** Office's own error codes for the failures the simulator can produce. */
export const ERROR_CODES = { invalidAttachmentId: 9018, keyNotFound: 9057, notificationKey: 9021 } as const;
