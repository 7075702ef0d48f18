/**
 * The informed override: after reading the findings, the user may decide to send the draft as it is.
 * The decision is confirmed in a dialog, recorded for this draft only, covers exactly the findings shown
 * (anything added later is checked again on send), and can be withdrawn.
 */
import { useState } from 'react';
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
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface SendAnywayProps {
  readonly strings: Strings;
  /** Whether a decision to send is recorded and still covers what is shown. */
  readonly overridden: boolean;
  onDecide(decided: boolean): void;
}

export function SendAnyway({ strings, overridden, onDecide }: SendAnywayProps) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  const text = strings.sendAnyway;
  if (overridden) {
    return (
      <section className={styles.root} aria-label={text.heading}>
        <Text role="status">{text.recorded}</Text>
        <Button size="small" appearance="transparent" onClick={() => onDecide(false)}>
          {text.withdraw}
        </Button>
      </section>
    );
  }
  return (
    <section className={styles.root} aria-label={text.heading}>
      <Button appearance="subtle" onClick={() => setConfirming(true)}>
        {text.open}
      </Button>
      <Dialog open={confirming} onOpenChange={(_event, data) => setConfirming(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{text.heading}</DialogTitle>
            <DialogContent>
              <Text>{text.explanation}</Text>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirming(false)}>
                {text.cancel}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  onDecide(true);
                }}
              >
                {text.confirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
