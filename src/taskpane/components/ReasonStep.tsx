/**
 * The second, explicit step of an accountable decision (sending anyway, or waving a sensitive finding away):
 * a short list of reasons or a typed one, then confirm. The typed reason is checked as the vault checks it
 * (no numbers, no addresses), so what is recorded is about the decision, never a copy of the data.
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { reasonTextProblem, type DecisionReason } from '../../contract';
import type { ChosenReason } from '../decisions/record';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ReasonStepProps {
  readonly strings: Strings;
  readonly heading: string;
  readonly explanation: string;
  readonly confirmLabel: string;
  /** The reasons offered, in order; `other` adds a text field. */
  readonly reasons: readonly DecisionReason[];
  onConfirm(reason: ChosenReason): void;
  onCancel(): void;
}

export function ReasonStep(props: ReasonStepProps) {
  const { strings, reasons } = props;
  const styles = useStyles();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [reason, setReason] = useState<DecisionReason | undefined>(undefined);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  // Focus lands on the question, so keyboard and screen-reader users know what needs an answer.
  useEffect(() => heading.current?.focus(), []);

  const typed = text.trim();
  const problem = typed === '' ? null : reasonTextProblem(typed);
  const missing = reason === undefined || (reason === 'other' && typed === '');
  const message =
    problem !== null
      ? strings.reasons.problem[problem]
      : tried && missing
        ? strings.reasons.missing
        : undefined;
  const confirm = (): void => {
    setTried(true);
    if (reason === undefined || missing || problem !== null) return;
    props.onConfirm(reason === 'other' || typed !== '' ? { reason, text: typed } : { reason });
  };
  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className={styles.heading} ref={heading} tabIndex={-1}>
        {props.heading}
      </h3>
      <Text>{props.explanation}</Text>
      <Field label={strings.reasons.question} required>
        <RadioGroup value={reason ?? ''} onChange={(_e, data) => setReason(data.value as DecisionReason)}>
          {reasons.map((r) => (
            <Radio key={r} value={r} label={strings.reasons.option[r]} />
          ))}
        </RadioGroup>
      </Field>
      {reason === 'other' ? (
        <Field
          label={strings.reasons.otherLabel}
          validationState={message !== undefined ? 'error' : 'none'}
          validationMessage={message ?? null}
        >
          <Input value={text} maxLength={200} onChange={(_e, data) => setText(data.value)} />
        </Field>
      ) : message !== undefined ? (
        <Text role="alert">{message}</Text>
      ) : null}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={confirm}>
          {props.confirmLabel}
        </Button>
        <Button onClick={props.onCancel}>{strings.reasons.cancel}</Button>
      </div>
    </section>
  );
}
