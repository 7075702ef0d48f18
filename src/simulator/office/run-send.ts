/**
 * Runs the real on-send bundle the way Outlook does: load `onsend.js` once (it registers its handlers with
 * `Office.actions.associate`), then call the handler named in the manifest with an event whose `completed`
 * resolves the send.
 */
import type { SendCompletedOptions } from '../../addin';
import type { FakeOffice } from './fake-office';

export const SEND_HANDLER = 'onMessageSendHandler';
/** Outlook gives up on a handler after five minutes. */
const HARD_TIMEOUT_MS = 5 * 60 * 1000;

/** The handler could not be loaded or run, or never called `completed`. */
export class SendHandlerError extends Error {
  override name = 'SendHandlerError' as const;
}

let loading: Promise<void> | undefined;

/** Adds `<script src="onsend.js">` once; `Office` must already be the fake. */
export function loadOnSendBundle(url: string): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = () => resolve();
    script.onerror = () => {
      loading = undefined;
      reject(new SendHandlerError(`${url} could not be loaded`));
    };
    document.head.appendChild(script);
  });
  return loading;
}

/** Calls the send handler and resolves with what it passed to `event.completed` (first call only). */
export async function runSendHandler(office: FakeOffice, bundleUrl: string): Promise<SendCompletedOptions> {
  await loadOnSendBundle(bundleUrl);
  const handler = office.associated.get(SEND_HANDLER);
  if (!handler) throw new SendHandlerError(`${SEND_HANDLER} is not associated: Outlook would block sending`);
  return new Promise<SendCompletedOptions>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new SendHandlerError('the handler did not call event.completed')),
      HARD_TIMEOUT_MS,
    );
    let done = false;
    const event = {
      type: 'olkMessageSend',
      completed: (options?: SendCompletedOptions) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve(options ?? { allowEvent: true });
      },
    };
    try {
      handler(event);
    } catch (error: unknown) {
      clearTimeout(timer);
      reject(new SendHandlerError(error instanceof Error ? error.message : 'the handler threw'));
    }
  });
}
