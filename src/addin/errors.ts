/** Errors thrown at the Office edge. Office callbacks never throw: their failures become these. */

/** An Office.js call failed (`asyncResult.status === 'failed'`), threw, or is not available on this client. */
export class OfficeApiError extends Error {
  override name = 'OfficeApiError' as const;
  /** The Office API that failed, e.g. `body.getAsync`. */
  readonly api: string;
  /** Office's numeric error code, when it gave one. */
  readonly code: number | undefined;

  constructor(api: string, message: string, options?: { code?: number | undefined; cause?: unknown }) {
    super(`${api}: ${message}`, options && 'cause' in options ? { cause: options.cause } : undefined);
    this.api = api;
    this.code = options ? options.code : undefined;
  }
}

/** There is no message being composed (read mode, or the item was closed). */
export class NoComposeItemError extends Error {
  override name = 'NoComposeItemError' as const;
}
