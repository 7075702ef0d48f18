/** The task pane's content: verdict first, then what was found, then what can be done. */
import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TaskpaneModel } from '../hooks/useTaskpane';
import { MovePanel, type MoveFeature } from '../move';
import { latestScan } from '../hooks/useDraftScan';
import { ActionBar } from './ActionBar';
import { BulkSummary } from './BulkSummary';
import { FindingGroups } from './FindingGroups';
import { PolicyDialog } from './PolicyDialog';
import { ScanErrors } from './ScanErrors';
import { SendAnyway } from './SendAnyway';
import { VerdictBanner } from './VerdictBanner';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    minHeight: '100%',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  inline: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface TaskpaneViewProps {
  readonly model: TaskpaneModel;
  /** Moving attachments to the vault (src/taskpane/move): availability, start, and its progress panel. */
  readonly move: Pick<MoveFeature, 'unavailable' | 'start' | 'first' | 'panel'>;
}

export function TaskpaneView({ model, move }: TaskpaneViewProps) {
  const styles = useStyles();
  const [policyOpen, setPolicyOpen] = useState(false);
  const { strings, verdict, state } = model;
  const failed = state.kind === 'failed' && latestScan(state) === undefined;
  // Opened by the on-send check because of attachments: the move comes first, the findings after it.
  const actions = (
    <>
      <ActionBar
        strings={strings}
        onOpenPolicy={() => setPolicyOpen(true)}
        moveUnavailable={move.unavailable}
        onMoveAttachments={move.start}
      />
      <MovePanel {...move.panel} />
    </>
  );
  return (
    <main className={styles.root} lang={model.language}>
      <h1 className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={24} height={24} />
        {strings.appTitle}
      </h1>
      {model.openedFromSend ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{strings.openedFromSend}</MessageBarBody>
        </MessageBar>
      ) : null}
      {failed ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {strings.scanFailed}{' '}
            <Button size="small" onClick={model.rescan}>
              {strings.retry}
            </Button>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <VerdictBanner strings={strings} verdict={verdict?.kind} scanning={state.kind === 'scanning'} />
      )}
      {move.first ? actions : null}
      {model.policyErrors.length > 0 ? (
        <Text className={styles.muted}>{strings.policyFileProblem}</Text>
      ) : null}
      {verdict ? (
        <>
          <BulkSummary strings={strings} bulk={verdict.bulk} />
          {verdict.findings.length > 0 ? (
            <Text weight="semibold">{strings.findingsHeading(verdict.findings.length)}</Text>
          ) : null}
          <FindingGroups strings={strings} findings={verdict.findings} onDismiss={model.dismiss} />
          <ScanErrors strings={strings} errors={verdict.errors} />
          {verdict.kind === 'block' ? (
            <SendAnyway strings={strings} overridden={model.overridden} onDecide={model.sendAnyway} />
          ) : null}
        </>
      ) : null}
      {model.dismissedCount > 0 ? (
        <div className={styles.inline}>
          <Text className={styles.muted}>{strings.dismissedCount(model.dismissedCount)}</Text>
          <Button size="small" appearance="transparent" onClick={model.restoreDismissed}>
            {strings.restoreDismissed}
          </Button>
        </div>
      ) : null}
      {move.first ? null : actions}
      <PolicyDialog
        strings={strings}
        language={model.language}
        open={policyOpen}
        onClose={() => setPolicyOpen(false)}
      />
    </main>
  );
}
