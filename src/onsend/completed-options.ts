/**
 * Turns an on-send decision into the one `event.completed(...)` answer. Pure: the handler only passes it on.
 */
import type { SendCompletedOptions, SendContext } from '../addin';
import { alertText, failureText } from './alert-message';
import { placeName, type SendDecision } from './send-decision';
import { ALERT_STRINGS, type AlertLanguage } from './strings';

/** The task-pane button of manifest.xml: the Smart Alert's cancel button opens the pane through it. */
export const OPEN_PANE_COMMAND_ID = 'msgComposeOpenPaneButton';
/** Smart Alerts cuts `cancelLabel` beyond 20 characters. */
export const MAX_CANCEL_LABEL_CHARS = 20;
/** Items passed to the task pane in `contextData`; the pane rescans anyway, this is only for its first view. */
const MAX_CONTEXT_ITEMS = 30;

/** Which Smart Alert features the client has (Mailbox 1.14: cancel label, command, Send anyway; 1.15: Markdown). */
export interface AlertCapabilities {
  readonly actions: boolean;
  readonly markdown: boolean;
}

export function completedOptions(
  decision: SendDecision,
  language: AlertLanguage,
  capabilities: AlertCapabilities,
): SendCompletedOptions {
  if (decision.kind === 'allow') return { allowEvent: true };
  const strings = ALERT_STRINGS[language];
  const text = alertText(decision, strings);
  const context: SendContext = {
    source: 'mailguard-onsend',
    version: 1,
    decision: decision.kind,
    items: decision.items
      .slice(0, MAX_CONTEXT_ITEMS)
      .map((i) => ({ type: i.type, category: i.category, count: i.count, place: placeName(i.place) })),
    notChecked: decision.notChecked.map(placeName),
  };
  return {
    allowEvent: false,
    errorMessage: text.plain,
    ...(capabilities.markdown ? { errorMessageMarkdown: text.markdown } : {}),
    ...actions(language, capabilities, context),
    ...(decision.kind === 'prompt' && capabilities.actions
      ? { sendModeOverride: 'promptUser' as const }
      : {}),
  };
}

/**
 * The answer when the check itself failed (Office API failure, exception): the user is told and may
 * "Send anyway" — neither a silent allow nor a hard block (docs/adr/0003-on-send-failure-mode.md).
 */
export function failureOptions(
  language: AlertLanguage,
  capabilities: AlertCapabilities,
): SendCompletedOptions {
  const strings = ALERT_STRINGS[language];
  const context: SendContext = {
    source: 'mailguard-onsend',
    version: 1,
    decision: 'failed',
    items: [],
    notChecked: [],
  };
  return {
    allowEvent: false,
    errorMessage: failureText(strings),
    ...actions(language, capabilities, context),
    ...(capabilities.actions ? { sendModeOverride: 'promptUser' as const } : {}),
  };
}

function actions(
  language: AlertLanguage,
  capabilities: AlertCapabilities,
  context: SendContext,
): Partial<SendCompletedOptions> {
  if (!capabilities.actions) return {};
  return {
    cancelLabel: ALERT_STRINGS[language].cancelLabel,
    commandId: OPEN_PANE_COMMAND_ID,
    contextData: JSON.stringify(context),
  };
}
