/**
 * The informed override: after reading the findings, the user may decide to send the draft as it is.
 * The decision takes a second, explicit step (the explanation, a reason, and a confirm button, inline in the
 * narrow pane), is recorded for this draft only and in the decision log, covers exactly the findings shown
 * (anything added later is checked again on send), and can be withdrawn.
 */
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DecisionReason } from '../../contract';
import type { ChosenReason } from '../decisions/record';
import type { Strings } from '../strings';
import { ReasonStep } from './ReasonStep';

const OVERRIDE_REASONS: readonly DecisionReason[] = [
  'recipient-entitled',
  'requested-by-data-subject',
  'required-by-law',
  'other',
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
});

export interface SendAnywayProps {
  readonly strings: Strings;
  /** Whether a decision to send is recorded and still covers what is shown. */
  readonly overridden: boolean;
  onDecide(decided: boolean, reason?: ChosenReason): void;
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
  if (!confirming) {
    return (
      <section className={styles.root} aria-label={text.heading}>
        <Button appearance="subtle" onClick={() => setConfirming(true)}>
          {text.open}
        </Button>
      </section>
    );
  }
  return (
    <ReasonStep
      strings={strings}
      heading={text.heading}
      explanation={text.explanation}
      confirmLabel={text.confirm}
      reasons={OVERRIDE_REASONS}
      onConfirm={(reason) => {
        setConfirming(false);
        onDecide(true, reason);
      }}
      onCancel={() => setConfirming(false)}
    />
  );
}
