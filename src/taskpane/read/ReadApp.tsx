/**
 * The read pane (received mail, P3): what the message carries and what the policy asks, then one click to
 * store it on the secure server and delete it, or "Keep in mailbox" with a reason. Fits a 320 px pane.
 */
import { useState } from 'react';
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReadMailbox } from '../../addin/read-item';
import { ReasonStep } from '../components/ReasonStep';
import { ScanErrors } from '../components/ScanErrors';
import { latestScan } from '../hooks/useDraftScan';
import type { TaskpaneServices } from '../services';
import { ArchiveStatus } from './ArchiveStatus';
import { useReadPane } from './useReadPane';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: 'border-box',
    minHeight: '100%',
  },
  header: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  ask: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** Reasons that fit keeping received personal data in the mailbox. */
const KEEP_REASONS = ['required-by-law', 'internal-use', 'requested-by-data-subject', 'other'] as const;

export interface ReadAppProps {
  readonly services: TaskpaneServices;
  readonly message: ReadMailbox;
}

export function ReadApp({ services, message }: ReadAppProps) {
  const styles = useStyles();
  const model = useReadPane(services, message);
  const [keeping, setKeeping] = useState(false);
  const { read, strings, summary, archive, verdict } = model;
  const failedScan = model.state.kind === 'failed' && latestScan(model.state) === undefined;
  const busy = archive !== undefined && archive.kind !== 'done' && archive.kind !== 'failed';
  const finished = archive?.kind === 'done';
  const offered = summary?.asks === true && !finished && !model.kept;
  const sensitive = verdict?.findings.some((f) => f.action === 'block') === true;
  return (
    <main className={styles.root} lang={model.language}>
      <h1 className={styles.header}>{strings.appTitle}</h1>
      {!summary && !failedScan ? <Spinner size="small" label={read.scanning} /> : null}
      {failedScan ? (
        <div role="alert">
          <MessageBar intent="error">
            <MessageBarBody>{read.scanFailed}</MessageBarBody>
          </MessageBar>
          <Button style={{ marginTop: 8 }} onClick={model.rescan}>
            {read.retry}
          </Button>
        </div>
      ) : null}
      {summary ? (
        <section aria-live="polite">
          <MessageBar
            intent={summary.asks ? (sensitive ? 'error' : 'warning') : 'success'}
            layout="multiline"
          >
            <MessageBarBody>{summary.sentence}</MessageBarBody>
          </MessageBar>
        </section>
      ) : null}
      {offered ? (
        <>
          <h2 className={styles.ask}>{read.ask}</h2>
          <Text className={styles.muted}>
            {model.retentionClass !== undefined
              ? read.retention(model.retentionClass)
              : read.retentionDefault}
          </Text>
          {model.canGetAsFile ? (
            <Checkbox
              checked={model.wholeMessage}
              disabled={busy}
              onChange={(_e, data) => model.setWholeMessage(data.checked === true)}
              label={read.wholeMessage}
            />
          ) : (
            <Text className={styles.muted}>{read.wholeMessageUnsupported}</Text>
          )}
          {!model.policy?.vault.url ? <Text role="alert">{read.notConfigured}</Text> : null}
          {keeping ? (
            <ReasonStep
              strings={strings}
              heading={read.keepHeading}
              explanation={read.keepExplanation}
              confirmLabel={read.keepConfirm}
              reasons={KEEP_REASONS}
              onConfirm={(reason) => {
                model.keep(reason);
                setKeeping(false);
              }}
              onCancel={() => setKeeping(false)}
            />
          ) : (
            <div className={styles.buttons}>
              <Button
                appearance="primary"
                disabled={busy || !model.policy?.vault.url}
                onClick={model.startArchive}
              >
                {read.archive}
              </Button>
              <Button disabled={busy} onClick={() => setKeeping(true)}>
                {read.keep}
              </Button>
            </div>
          )}
        </>
      ) : null}
      {model.kept ? (
        <div role="status">
          <MessageBar intent="info">
            <MessageBarBody>{read.kept}</MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      {archive ? (
        <ArchiveStatus
          read={read}
          state={archive}
          onRetry={model.startArchive}
          onRetryDelete={model.retryDelete}
        />
      ) : null}
      {verdict ? <ScanErrors strings={strings} errors={verdict.errors} /> : null}
    </main>
  );
}
