/**
 * The `contextData` a Smart Alert hands to the task pane when the user chooses "Review and fix": what the
 * on-send check found, by type, count and place. No values. The task pane reads it with
 * `mailbox.getInitializationContext()` and {@link parseSendContext}.
 */

export interface SendContextItem {
  readonly type: string;
  readonly category: string;
  readonly count: number;
  /** `body`, `subject`, `recipients` or the attachment's file name. */
  readonly place: string;
}

export interface SendContext {
  readonly source: 'mailguard-onsend';
  readonly version: 1;
  readonly decision: 'block' | 'prompt' | 'failed';
  readonly items: readonly SendContextItem[];
  /** Places that could not be checked on send. */
  readonly notChecked: readonly string[];
}

/** Parses `contextData`; undefined when absent or not Mail Guard's. */
export function parseSendContext(raw: string | undefined): SendContext | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<SendContext> | null;
    return value &&
      value.source === 'mailguard-onsend' &&
      value.version === 1 &&
      Array.isArray(value.items) &&
      Array.isArray(value.notChecked)
      ? (value as SendContext)
      : undefined;
  } catch {
    return undefined;
  }
}
