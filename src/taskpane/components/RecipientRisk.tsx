/**
 * The Recipients line at the top of the findings: who the draft goes to, set against what it carries,
 * with the one-click fix (use the address probably meant, move the recipients to Bcc) and Undo.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Language, RatedFinding } from '../../core/policy/types';
import { isRecipientFinding, type RecipientFinding } from '../../core/recipients';
import { recipientStrings, type RecipientStrings } from '../strings/recipients';
import type { RecipientFixModel } from './RecipientRiskFix';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface RecipientRiskProps {
  readonly language: Language;
  readonly findings: readonly RatedFinding[];
  readonly fix: RecipientFixModel;
  onDismiss(finding: RatedFinding): void;
}

function describe(f: RecipientFinding, s: RecipientStrings): string {
  const risk = f.risk;
  switch (risk.kind) {
    case 'lookalike':
      return risk.suggestion === undefined
        ? s.lookalike(f.masked, risk.looksLike)
        : `${s.lookalike(f.masked, risk.looksLike)} ${s.didYouMean(risk.suggestion)}`;
    case 'webmail':
      return s.webmail(f.masked);
    case 'greeting-mismatch':
      return s.greeting(risk.greeted);
    case 'visible-list':
      return s.visibleList(risk.recipients.length, risk.organisations);
    case 'new-domain':
      return s.newDomain(risk.domain);
  }
}

function fixLabel(f: RecipientFinding, s: RecipientStrings): string | undefined {
  switch (f.fix.kind) {
    case 'replace-address':
      return s.useSuggestion;
    case 'move-to-bcc':
      return s.moveToBcc;
    case 'review':
      return undefined;
  }
}

function statusText(model: RecipientFixModel, s: RecipientStrings): string | undefined {
  const state = model.state;
  switch (state.kind) {
    case 'applied':
      return state.fix.kind === 'move-to-bcc' ? s.moved(state.fix.recipients.length) : s.replaced;
    case 'undone':
      return s.undone;
    case 'stale':
      return s.stale;
    case 'failed':
      return s.failed;
    case 'idle':
    case 'working':
      return undefined;
  }
}

export function RecipientRisk({ language, findings, fix, onDismiss }: RecipientRiskProps) {
  const styles = useStyles();
  const s = recipientStrings(language);
  const risks = findings.filter((f): f is RatedFinding & RecipientFinding => isRecipientFinding(f));
  const status = statusText(fix, s);
  if (risks.length === 0 && status === undefined) return null;
  return (
    <section className={styles.root} aria-label={s.heading}>
      <h2 className={styles.heading}>{s.heading}</h2>
      {risks.map((f) => {
        const label = fixLabel(f, s);
        return (
          <MessageBar key={f.key} intent={f.action === 'block' ? 'error' : 'warning'} layout="multiline">
            <MessageBarBody>
              {describe(f, s)} <Text className={styles.muted}>{s.clause}</Text>
            </MessageBarBody>
            <MessageBarActions>
              {label !== undefined ? (
                <Button
                  size="small"
                  appearance="primary"
                  disabled={fix.state.kind === 'working'}
                  onClick={() => fix.apply(f.fix)}
                >
                  {label}
                </Button>
              ) : null}
              <Button size="small" onClick={() => onDismiss(f)}>
                {s.notAProblem}
              </Button>
            </MessageBarActions>
          </MessageBar>
        );
      })}
      {status !== undefined ? (
        <div role={fix.state.kind === 'failed' ? 'alert' : 'status'}>
          <MessageBar intent={fix.state.kind === 'failed' ? 'error' : 'success'} layout="multiline">
            <MessageBarBody>{status}</MessageBarBody>
            <MessageBarActions>
              {fix.state.kind === 'applied' ? (
                <Button size="small" onClick={fix.undo}>
                  {s.undo}
                </Button>
              ) : null}
            </MessageBarActions>
          </MessageBar>
        </div>
      ) : null}
    </section>
  );
}
