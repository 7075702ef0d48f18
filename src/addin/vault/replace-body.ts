/**
 * `body.setAsync` for one purpose: Undo of a move takes its own link block out of the body. Never used
 * on send (it can drop inline images); see docs/adr/0008-move-and-undo.md for when the task pane uses it.
 */
import { OfficeApiError } from '../errors';
import type { OfficeHost } from '../office-host';
import { callOffice } from '../promisify';

/** A function that replaces the body's HTML of the item being composed on `host`. */
export function bodyReplacer(host: OfficeHost | undefined): (html: string) => Promise<void> {
  return (html) =>
    callOffice<void>('body.setAsync', (done) => {
      const body = host?.context.mailbox.item?.body;
      if (!body || !body.setAsync) throw new OfficeApiError('body.setAsync', 'not available');
      body.setAsync(html, { coercionType: 'html' }, done);
    });
}
