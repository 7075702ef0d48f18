/**
 * The task pane's content, compact first: the verdict, one line per category with its fix, details on
 * demand, and quiet items behind one disclosure. After every action focus lands on what changed.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { isUnchecked } from '../../core/policy';
import type { RatedFinding } from '../../core/policy/types';
import type { TaskpaneModel } from '../hooks/useTaskpane';
import type { MaskModel } from '../mask/useMask';
import { MovePanel, type MoveFeature } from '../move';
import { latestScan } from '../hooks/useDraftScan';
import { ActionBar } from './ActionBar';
import { CategoryLine } from './CategoryLine';
import { InfoDetails } from './InfoDetails';
import { compactFindings } from './lines';
import { MaskStatus } from './MaskStatus';
import { PolicyDialog } from './PolicyDialog';
import { RecipientRisk } from './RecipientRisk';
import type { RecipientFixModel } from './RecipientRiskFix';
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
  lines: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  inline: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface TaskpaneViewProps {
  readonly model: TaskpaneModel;
  /** Moving attachments to the vault (src/taskpane/move): availability, start, and its progress panel. */
  readonly move: Pick<MoveFeature, 'unavailable' | 'start' | 'first' | 'panel'>;
  readonly mask: MaskModel;
  /** The Recipients line's fixes (src/taskpane/components/RecipientRiskFix.ts). */
  readonly recipientFix?: RecipientFixModel;
}

/** Where focus goes once the pane has re-rendered after an action. */
type FocusTarget = { readonly kind: 'line'; readonly index: number } | { readonly kind: 'mask' };

export function TaskpaneView({ model, move, mask, recipientFix }: TaskpaneViewProps) {
  const styles = useStyles();
  const [policyOpen, setPolicyOpen] = useState(false);
  const [focus, setFocus] = useState<FocusTarget | undefined>(undefined);
  const lineRefs = useRef<(HTMLDivElement | null)[]>([]);
  const bannerRef = useRef<HTMLElement>(null);
  const maskRef = useRef<HTMLDivElement>(null);
  const focusedFromSend = useRef(false);
  const { strings, verdict, state, banner } = model;
  const failed = state.kind === 'failed' && latestScan(state) === undefined;
  // Recipient risks have their own line (RecipientRisk) when the pane can apply their fixes.
  const shown = verdict ? verdict.findings.filter((f) => !recipientFix || f.category !== 'recipient') : [];
  const compact = verdict ? compactFindings(shown) : { lines: [], info: [] };
  const unchecked = verdict ? verdict.errors.filter(isUnchecked) : [];
  const quietErrors = verdict ? verdict.errors.filter((e) => !isUnchecked(e)) : [];
  const lineCount = compact.lines.length;

  // After "Review and fix" in the Smart Alert: focus on the first item to fix.
  useEffect(() => {
    if (!model.openedFromSend || focusedFromSend.current || !verdict) return;
    focusedFromSend.current = true;
    (lineRefs.current[0] ?? bannerRef.current)?.focus();
  }, [model.openedFromSend, verdict]);

  // After an action: the next line (the one that took the place of a dismissed line), the mask's result, or
  // the banner when nothing is left to fix.
  useEffect(() => {
    if (!focus) return;
    if (focus.kind === 'mask') {
      if (mask.state.kind === 'working') return;
      (maskRef.current ?? bannerRef.current)?.focus();
    } else {
      const target = lineRefs.current[Math.min(focus.index, lineCount - 1)];
      (target ?? bannerRef.current)?.focus();
    }
    setFocus(undefined);
  }, [focus, mask.state.kind, lineCount, verdict]);

  const dismiss =
    (index: number) =>
    (findings: readonly RatedFinding[], reason?: Parameters<TaskpaneModel['dismiss']>[1]) => {
      model.dismiss(findings, reason);
      setFocus({ kind: 'line', index });
    };
  const canMove = model.hasAttachments && move.unavailable === undefined;
  const actions = (
    <>
      {model.hasAttachments ? (
        <ActionBar
          strings={strings}
          onOpenPolicy={() => setPolicyOpen(true)}
          moveUnavailable={move.unavailable}
          onMoveAttachments={move.start}
        />
      ) : (
        <div className={styles.inline}>
          <Button appearance="secondary" onClick={() => setPolicyOpen(true)}>
            {strings.openPolicy}
          </Button>
        </div>
      )}
      <MovePanel {...move.panel} />
    </>
  );
  return (
    <main className={styles.root} lang={model.language}>
      <h1 className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={24} height={24} />
        {strings.appTitle}
      </h1>
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
        <VerdictBanner
          ref={bannerRef}
          strings={strings}
          banner={banner}
          scanning={state.kind === 'scanning'}
          fromSend={model.openedFromSend}
        />
      )}
      {move.first ? actions : null}
      {model.policyErrors.length > 0 ? (
        <Text className={styles.muted}>{strings.policyFileProblem}</Text>
      ) : null}
      {recipientFix && verdict ? (
        <RecipientRisk
          language={model.language}
          findings={verdict.findings}
          fix={recipientFix}
          onDismiss={(finding) => model.dismiss([finding], undefined)}
        />
      ) : null}
      {lineCount > 0 ? (
        <ul className={styles.lines} aria-label={strings.findingsHeading(verdict?.findings.length ?? 0)}>
          {compact.lines.map((line, index) => (
            <CategoryLine
              key={line.category}
              ref={(element) => {
                lineRefs.current[index] = element;
              }}
              strings={strings}
              language={model.language}
              line={line}
              onMove={canMove ? move.start : undefined}
              onMask={(findings) => {
                mask.mask(findings.map((f) => ({ value: f.value, masked: f.masked })));
                setFocus({ kind: 'mask' });
              }}
              onDismiss={dismiss(index)}
            />
          ))}
        </ul>
      ) : null}
      <MaskStatus ref={maskRef} strings={strings} state={mask.state} onUndo={mask.undo} />
      <ScanErrors strings={strings} errors={unchecked} />
      {banner && (banner.kind === 'block' || banner.kind === 'override') ? (
        <SendAnyway strings={strings} overridden={model.overridden} onDecide={model.sendAnyway} />
      ) : null}
      <InfoDetails
        strings={strings}
        info={compact.info}
        errors={quietErrors}
        onDismiss={(finding) => model.dismiss([finding], undefined)}
      />
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
