/** The Smart Alerts dialog Outlook shows when an on-send handler stops a message. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { SendCompletedOptions } from '../../addin';
import type { SimStrings } from '../strings';
import { AlertMarkdown } from './AlertMarkdown';

export interface SmartAlertProps {
  readonly strings: SimStrings;
  /** What the handler passed to `event.completed`; undefined while no alert is shown. */
  readonly options: SendCompletedOptions | undefined;
  /** The cancel button: back to the draft, or open the pane named by `commandId` with `contextData`. */
  readonly onCancel: () => void;
  readonly onSendAnyway: () => void;
}

/**
 * Always mounted and opened through `open`: unmounting an open Fluent dialog can leave the rest of the page
 * `aria-hidden`.
 */
export function SmartAlert({ strings, options, onCancel, onSendAnyway }: SmartAlertProps) {
  const shown = options ?? { allowEvent: false };
  return (
    <Dialog open={options !== undefined} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.alertTitle}</DialogTitle>
          <DialogContent>
            {shown.errorMessageMarkdown ? (
              <AlertMarkdown markdown={shown.errorMessageMarkdown} />
            ) : (
              <p>{shown.errorMessage ?? ''}</p>
            )}
          </DialogContent>
          <DialogActions>
            {shown.sendModeOverride === 'promptUser' ? (
              <Button onClick={onSendAnyway}>{strings.sendAnyway}</Button>
            ) : null}
            <Button appearance="primary" onClick={onCancel}>
              {shown.cancelLabel ?? strings.dontSend}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
