/**
 * The one promise wrapper over Office's callback APIs. Every adapter method goes through it, so failures
 * are handled in one place: the callback never throws, a failed result or a throwing call becomes an
 * {@link OfficeApiError}, and a callback that fires twice is ignored.
 */
import { OfficeApiError } from './errors';
import type { HostAsyncResult, HostCallback } from './office-host';

/**
 * Calls `start` with a callback and resolves with the result's value.
 * @param api Name of the Office API for error messages (`item.getAttachmentsAsync`).
 */
export function callOffice<T>(api: string, start: (callback: HostCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const callback = (result: HostAsyncResult<T>): void => {
      if (settled) return;
      settled = true;
      if (result && result.status === 'succeeded') {
        resolve(result.value);
        return;
      }
      const error = result ? result.error : undefined;
      reject(
        new OfficeApiError(api, error ? error.message : 'failed', { code: error ? error.code : undefined }),
      );
    };
    try {
      start(callback);
    } catch (error: unknown) {
      if (settled) return;
      settled = true;
      reject(new OfficeApiError(api, error instanceof Error ? error.message : 'threw', { cause: error }));
    }
  });
}
