/** What the last "Mask" did, with Undo; on failure, the error and "Try again". Focus lands here after a mask. */
import { forwardRef } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { MaskState } from '../mask/useMask';
import type { Strings } from '../strings';

export interface MaskStatusProps {
  readonly strings: Strings;
  readonly state: MaskState;
  onUndo(): void;
}

export const MaskStatus = forwardRef<HTMLDivElement, MaskStatusProps>(function MaskStatus(
  { strings, state, onUndo },
  ref,
) {
  const text = strings.fix;
  if (state.kind === 'idle' || state.kind === 'working') return null;
  const failed = state.kind === 'failed';
  return (
    <div ref={ref} tabIndex={-1} role={failed ? 'alert' : 'status'}>
      <MessageBar intent={failed ? 'error' : 'success'} layout="multiline">
        <MessageBarBody>
          {state.kind === 'masked'
            ? text.masked(state.count)
            : state.kind === 'undone'
              ? text.undone
              : state.step === 'mask'
                ? text.maskFailed
                : text.undoFailed}
        </MessageBarBody>
        <MessageBarActions>
          {state.kind === 'masked' && state.count > 0 ? (
            <Button size="small" onClick={onUndo}>
              {text.undo}
            </Button>
          ) : null}
          {failed && state.step === 'mask' ? (
            <Button size="small" onClick={state.retry}>
              {text.tryAgain}
            </Button>
          ) : null}
        </MessageBarActions>
      </MessageBar>
    </div>
  );
});
