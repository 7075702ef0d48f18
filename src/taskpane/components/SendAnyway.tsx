/**
 * The informed override: after reading the findings, the user may decide to send the draft as it is.
 * The decision takes a second, explicit step (the explanation and a confirm button, inline in the narrow
 * pane), is recorded for this draft only, covers exactly the findings shown (anything added later is
 * checked again on send), and can be withdrawn.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
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
  const heading = useRef<HTMLHeadingElement>(null);
  const text = strings.sendAnyway;
  // Move focus to the question, so keyboard and screen-reader users land on what needs an answer.
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);

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
    <section className={styles.confirm} aria-labelledby="send-anyway-heading">
      <h2 id="send-anyway-heading" className={styles.heading} ref={heading} tabIndex={-1}>
        {text.heading}
      </h2>
      <Text>{text.explanation}</Text>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          onClick={() => {
            setConfirming(false);
            onDecide(true);
          }}
        >
          {text.confirm}
        </Button>
        <Button appearance="secondary" onClick={() => setConfirming(false)}>
          {text.cancel}
        </Button>
      </div>
    </section>
  );
}
