/**
 * Wires the move into the task pane: builds its dependencies once the policy is loaded, and says whether
 * the pane was opened by the on-send check because of attachments (then the move is offered first).
 */
import { useMemo } from 'react';
import { parseSendContext, type SendContext } from '../../addin';
import type { Language } from '../../core/policy/types';
import { useAsyncValue } from '../hooks/useAsyncValue';
import type { TaskpaneServices } from '../services';
import { createMoveDeps } from './create-deps';
import type { MovePanelProps } from './MovePanel';
import { moveStringsFor } from './strings';
import { useMoveAttachments } from './useMoveAttachments';

/** Places in a Smart Alert's context that are not attachments. */
const NOT_ATTACHMENTS = ['body', 'subject', 'recipients'];

/** True when the on-send check named an attachment (a finding in one, or one it could not check). */
export function attachmentsBlockedSend(context: SendContext | undefined): boolean {
  if (!context) return false;
  return (
    context.items.some((item) => NOT_ATTACHMENTS.indexOf(item.place) < 0) ||
    context.notChecked.some((place) => NOT_ATTACHMENTS.indexOf(place) < 0)
  );
}

export interface MoveFeature {
  /** Why the move button is disabled; undefined when it works. */
  readonly unavailable: string | undefined;
  readonly start: () => void;
  /** Show the move before the findings (the pane was opened from a Smart Alert about attachments). */
  readonly first: boolean;
  readonly panel: MovePanelProps;
}

export function useMoveFeature(
  services: TaskpaneServices,
  language: Language,
  needsNewerOutlook: string,
): MoveFeature {
  const loaded = useAsyncValue(services.loadPolicy);
  const context = useAsyncValue(() => services.mailbox.getInitializationContext().catch(() => undefined));
  const { mailbox, host } = services;
  const deps = useMemo(
    () => (loaded ? createMoveDeps(mailbox, host, loaded.policy, language) : undefined),
    [loaded, mailbox, host, language],
  );
  const move = useMoveAttachments(deps);
  const first = attachmentsBlockedSend(parseSendContext(context));
  return {
    unavailable: mailbox.supports('1.8') ? undefined : needsNewerOutlook,
    start: move.start,
    first,
    panel: {
      state: move.state,
      strings: moveStringsFor(language),
      language,
      offeredFromSend: first,
      onCancel: move.cancel,
      onUndo: move.undo,
    },
  };
}
