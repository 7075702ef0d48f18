/** Task pane entry: waits for Office.js, then mounts the pane on the real Office host. */
import { officeFromGlobal } from '../addin';
import { mountTaskpane } from './mount';
import type { OfficeThemeColors } from './theme';

/** The parts of the Office global used at start-up that the adapter does not cover. */
interface OfficeStartup {
  onReady(): Promise<unknown>;
  readonly context?: { readonly officeTheme?: OfficeThemeColors };
}

/** Shown when the page is opened outside Outlook (or office.js could not be loaded from Microsoft's CDN). */
const OUTSIDE_OUTLOOK =
  'Mail Guard runs inside Outlook: open it from a new message. / Mail Guard körs i Outlook: öppna det från ett nytt mejl.';

const office = (globalThis as { Office?: OfficeStartup }).Office;
const element = document.getElementById('root');
if (element) {
  if (!office) element.textContent = OUTSIDE_OUTLOOK;
  else
    void office.onReady().then(() => {
      const host = officeFromGlobal();
      if (!host || !host.context || !host.context.mailbox) {
        element.textContent = OUTSIDE_OUTLOOK;
        return;
      }
      const officeTheme = office.context?.officeTheme;
      mountTaskpane(element, host, officeTheme ? { officeTheme } : {});
    });
}
