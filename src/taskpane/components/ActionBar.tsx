/** The pane's actions: move attachments to the secure server (not connected yet) and read the policy. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'stretch' },
  reason: { color: tokens.colorNeutralForeground3 },
});

export interface ActionBarProps {
  readonly strings: Strings;
  readonly onOpenPolicy: () => void;
  /** Why moving attachments is not possible; undefined when it is. */
  readonly moveUnavailable: string | undefined;
  readonly onMoveAttachments?: () => void;
}

export function ActionBar({ strings, onOpenPolicy, moveUnavailable, onMoveAttachments }: ActionBarProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={strings.labels.todo}>
      <Button
        appearance="primary"
        disabledFocusable={moveUnavailable !== undefined}
        aria-describedby={moveUnavailable !== undefined ? 'move-reason' : undefined}
        onClick={moveUnavailable === undefined ? onMoveAttachments : undefined}
      >
        {strings.moveAttachments}
      </Button>
      {moveUnavailable !== undefined ? (
        <Text id="move-reason" size={200} className={styles.reason}>
          {moveUnavailable}
        </Text>
      ) : null}
      <Button appearance="secondary" onClick={onOpenPolicy}>
        {strings.openPolicy}
      </Button>
    </section>
  );
}
