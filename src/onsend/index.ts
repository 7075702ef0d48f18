/**
 * The on-send bundle's entry (dist/onsend.js: one ES2016 file, loaded by classic Outlook's JavaScript-only
 * runtime and by commands.html elsewhere). Registers every handler manifest.xml names, at top level:
 * `Office.onReady` does not run in the JavaScript-only runtime.
 */
import { officeFromGlobal } from '../addin';
import { runtimeDeps } from './runtime';
import { createPrescanHandler } from './prescan-handler';
import { createSendHandler } from './send-handler';

/** FunctionName values of manifest.xml's LaunchEvents. */
export const HANDLER_NAMES = {
  send: 'onMessageSendHandler',
  attachmentsChanged: 'onAttachmentsChangedHandler',
  recipientsChanged: 'onRecipientsChangedHandler',
} as const;

function register(): void {
  const office = officeFromGlobal();
  if (!office || !office.actions) return;
  const deps = runtimeDeps();
  const prescan = createPrescanHandler(officeFromGlobal, deps);
  office.actions.associate(HANDLER_NAMES.send, createSendHandler(officeFromGlobal, deps));
  office.actions.associate(HANDLER_NAMES.attachmentsChanged, prescan);
  office.actions.associate(HANDLER_NAMES.recipientsChanged, prescan);
}

register();
