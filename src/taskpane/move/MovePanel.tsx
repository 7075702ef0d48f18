/**
 * The move's progress under the "Move attachments to the secure server" button: one row per attachment
 * with its progress, result, what to try and Undo. Renders nothing before the first move.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../../core/policy/types';
import { MoveRowView } from './MoveRowView';
import { isBusy, type MoveRunState } from './state';
import type { MoveStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: 'none' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface MovePanelProps {
  readonly state: MoveRunState;
  readonly strings: MoveStrings;
  readonly language: Language;
  /** The on-send check stopped the mail because of attachments: say so first. */
  readonly offeredFromSend: boolean;
  readonly onCancel: () => void;
  readonly onUndo: (key: string) => void;
}

export function MovePanel({ state, strings, language, offeredFromSend, onCancel, onUndo }: MovePanelProps) {
  const styles = useStyles();
  const busy = state.running || state.rows.some((row) => isBusy(row.state));
  const finished = state.started && !state.running;
  const moved = state.rows.filter((row) => row.state.kind === 'moved').length;
  const failed = state.rows.filter((row) => row.state.kind === 'failed').length;
  if (!offeredFromSend && state.rows.length === 0 && !state.started) return null;
  return (
    <section className={styles.root} aria-label={strings.heading}>
      {offeredFromSend && !state.started ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.offeredFromSend}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.rows.length > 0 ? (
        <ul className={styles.list} aria-live="polite">
          {state.rows.map((row) => (
            <MoveRowView key={row.key} row={row} strings={strings} language={language} onUndo={onUndo} />
          ))}
        </ul>
      ) : null}
      {busy && state.running ? <Button onClick={onCancel}>{strings.cancel}</Button> : null}
      {finished && state.rows.length === 0 ? <Text>{strings.noAttachments}</Text> : null}
      {finished && state.rows.length > 0 ? (
        <Text aria-live="polite">{strings.summary(moved, failed)}</Text>
      ) : null}
    </section>
  );
}
