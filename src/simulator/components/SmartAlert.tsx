/**
 * The Smart Alerts dialog as current Outlook (on the web, new Outlook, classic Outlook from 2412) shows it:
 * "Don't Send" always, a "Take Action" button named by `cancelLabel` when `commandId` is set, and "Send
 * Anyway" under `sendModeOverride: promptUser`. Closing the dialog (its close button, Esc) is "Don't Send".
 * The draft stays visible behind it.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SendCompletedOptions } from '../../addin';
import type { SimStrings } from '../strings';
import { AlertMarkdown } from './AlertMarkdown';

const useStyles = makeStyles({
  note: { display: 'block', marginTop: tokens.spacingVerticalM, color: tokens.colorNeutralForeground3 },
});

export interface SmartAlertProps {
  readonly strings: SimStrings;
  /** What the handler passed to `event.completed`; undefined while no alert is shown. */
  readonly options: SendCompletedOptions | undefined;
  /** "Don't Send", the close button and Esc: back to the draft, nothing sent. */
  readonly onDontSend: () => void;
  /** The button `commandId` adds: runs that command with `contextData`. */
  readonly onTakeAction: () => void;
  readonly onSendAnyway: () => void;
}

/**
 * Always mounted and opened through `open`: unmounting an open Fluent dialog can leave the rest of the page
 * `aria-hidden`. A click outside does nothing, as in Outlook.
 */
export function SmartAlert({ strings, options, onDontSend, onTakeAction, onSendAnyway }: SmartAlertProps) {
  const styles = useStyles();
  const shown = options ?? { allowEvent: false };
  return (
    <Dialog
      open={options !== undefined}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open && data.type === 'escapeKeyDown') onDontSend();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle
            action={
              <Button appearance="subtle" aria-label={strings.closeAlert} onClick={onDontSend}>
                <span aria-hidden="true">✕</span>
              </Button>
            }
          >
            {strings.alertTitle}
          </DialogTitle>
          <DialogContent>
            {shown.errorMessageMarkdown ? (
              <AlertMarkdown markdown={shown.errorMessageMarkdown} />
            ) : (
              <p>{shown.errorMessage ?? ''}</p>
            )}
            {shown.commandId !== undefined ? (
              <Text size={200} className={styles.note}>
                {strings.alertNote}
              </Text>
            ) : null}
          </DialogContent>
          <DialogActions>
            {shown.sendModeOverride === 'promptUser' ? (
              <Button onClick={onSendAnyway}>{strings.sendAnyway}</Button>
            ) : null}
            {shown.commandId !== undefined ? (
              <Button appearance="primary" onClick={onTakeAction}>
                {(shown.cancelLabel ?? strings.takeAction).slice(0, 20)}
              </Button>
            ) : null}
            <Button appearance={shown.commandId === undefined ? 'primary' : 'secondary'} onClick={onDontSend}>
              {strings.dontSend}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
