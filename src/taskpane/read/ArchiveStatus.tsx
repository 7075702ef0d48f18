/** Where archive-and-delete stands, announced politely; a failure says which step and that nothing was deleted. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { ArchiveState } from '../../addin/archive';
import type { ReadStrings } from './strings';

export interface ArchiveStatusProps {
  readonly read: ReadStrings;
  readonly state: ArchiveState;
  onRetry(): void;
  onRetryDelete(): void;
}

/** The date a copy is kept until (the earliest of them), as YYYY-MM-DD: the same in both languages. */
function until(state: Extract<ArchiveState, { kind: 'done' }>): string {
  const dates = state.stored.map((c) => c.retainUntil.slice(0, 10)).sort();
  return dates[0] ?? '';
}

function working(read: ReadStrings, state: ArchiveState): string | undefined {
  switch (state.kind) {
    case 'reading':
      return read.reading;
    case 'uploading':
      return read.uploading(state.name, state.index, state.count);
    case 'verifying':
      return read.verifying(state.name);
    case 'deleting':
      return read.deleting;
    case 'done':
    case 'failed':
      return undefined;
  }
}

/**
 * People the copies could not name for the DPO's search. Said wherever the verified copies are reported — done,
 * or a failed delete — so "Try again" does not lose it.
 */
function PeopleLeftOut({ read, people }: { readonly read: ReadStrings; readonly people: number }) {
  if (people === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" style={{ marginTop: 8 }}>
      <MessageBarBody>{read.peopleLeftOut(people)}</MessageBarBody>
    </MessageBar>
  );
}

export function ArchiveStatus({ read, state, onRetry, onRetryDelete }: ArchiveStatusProps) {
  const progress = working(read, state);
  if (progress !== undefined)
    return (
      <div role="status" aria-live="polite">
        <Spinner size="tiny" label={progress} labelPosition="after" />
      </div>
    );
  // Multiline from the start: the result never fits one line of the pane, and Fluent's automatic layout would
  // first lay it out on one line, wider than the pane, until it had measured itself.
  if (state.kind === 'done')
    return (
      <div role="status" aria-live="polite">
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {state.outcome === 'deleted'
              ? read.done(state.stored.length, until(state))
              : read.alreadyDeleted(state.stored.length, until(state))}
            {state.attachmentsOnly ? ` ${read.attachmentsOnly}` : ''}
          </MessageBarBody>
        </MessageBar>
        <PeopleLeftOut read={read} people={state.peopleLeftOut} />
      </div>
    );
  if (state.kind !== 'failed') return null;
  const deleteOnly = state.step === 'deleting' && state.stored.length > 0;
  return (
    <div role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {deleteOnly ? read.failedDelete : read.failedNothingDeleted(read.step[state.step])}
          </MessageBarTitle>{' '}
          {read.problem[state.problem]}
        </MessageBarBody>
      </MessageBar>
      {deleteOnly && <PeopleLeftOut read={read} people={state.peopleLeftOut} />}
      <Button style={{ marginTop: 8 }} onClick={deleteOnly ? onRetryDelete : onRetry}>
        {read.tryAgain}
      </Button>
    </div>
  );
}
