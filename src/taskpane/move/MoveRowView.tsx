/** One attachment in the move panel: its name, where it is in the move, and what to do if it failed. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Language } from '../../core/policy/types';
import { formatBytes } from './format';
import type { AttachmentMoveState, MoveRow } from './state';
import type { MoveStrings } from './strings';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  name: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

function statusText(state: AttachmentMoveState, strings: MoveStrings, language: Language): string {
  switch (state.kind) {
    case 'idle':
      return strings.waiting;
    case 'reading':
      return strings.reading;
    case 'uploading':
      return strings.uploading(
        formatBytes(state.bytes, language),
        formatBytes(state.total, language),
        state.percent,
      );
    case 'verifying':
      return strings.verifying;
    case 'linking':
      return strings.linking;
    case 'removing':
      return strings.removing;
    case 'moved':
      return strings.moved;
    case 'undoing':
      return strings.undoing;
    case 'restored':
      return state.linkLeft ? strings.restoredLinkLeft : strings.restored;
    case 'failed':
      return strings.failedAt[state.step];
  }
}

function Failure({
  state,
  strings,
}: {
  readonly state: Extract<AttachmentMoveState, { kind: 'failed' }>;
  readonly strings: MoveStrings;
}) {
  const problem = strings.problem[state.problem.kind];
  const kept =
    state.step === 'undo'
      ? strings.undoFailedKept
      : state.linkInserted
        ? strings.bothKept
        : strings.attachmentKept;
  return (
    <MessageBar intent={state.linkInserted && state.step !== 'undo' ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.failedAt[state.step]}</MessageBarTitle> {problem.message} {kept}{' '}
        {problem.tryThis}
        {state.problem.detail ? <Text size={100}> ({state.problem.detail})</Text> : null}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface MoveRowViewProps {
  readonly row: MoveRow;
  readonly strings: MoveStrings;
  readonly language: Language;
  readonly onUndo: (key: string) => void;
}

export function MoveRowView({ row, strings, language, onUndo }: MoveRowViewProps) {
  const styles = useStyles();
  const { state } = row;
  return (
    <li className={styles.row}>
      <div className={styles.line}>
        <Text weight="semibold" className={styles.name}>
          {row.name}
        </Text>
        {state.kind === 'moved' || (state.kind === 'failed' && state.step === 'undo' && state.file) ? (
          <Button size="small" onClick={() => onUndo(row.key)} aria-label={`${strings.undo}: ${row.name}`}>
            {strings.undo}
          </Button>
        ) : null}
      </div>
      {state.kind === 'failed' ? (
        <Failure state={state} strings={strings} />
      ) : (
        <Text size={200} className={styles.muted}>
          {statusText(state, strings, language)}
        </Text>
      )}
      {state.kind === 'uploading' || state.kind === 'verifying' ? (
        <ProgressBar
          {...(state.kind === 'uploading' ? { value: state.percent / 100 } : {})}
          aria-label={strings.progressLabel(row.name)}
          thickness="large"
        />
      ) : null}
    </li>
  );
}
