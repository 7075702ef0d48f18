/** The verdict at the top of the pane: nothing to worry about / personal data / sensitive data. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { VerdictKind } from '../../core/policy/types';
import type { Strings } from '../strings';

const INTENT = { allow: 'success', warn: 'warning', block: 'error' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  detail: { display: 'block', marginTop: tokens.spacingVerticalXXS },
});

export interface VerdictBannerProps {
  readonly strings: Strings;
  /** Undefined until the first scan finishes. */
  readonly verdict: VerdictKind | undefined;
  readonly scanning: boolean;
}

export function VerdictBanner({ strings, verdict, scanning }: VerdictBannerProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={strings.appTitle}>
      <div role="status" aria-live="polite">
        {verdict === undefined ? (
          <Spinner size="small" label={strings.scanning} />
        ) : (
          <MessageBar intent={INTENT[verdict]} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.verdictTitle[verdict]}</MessageBarTitle>
              <span className={styles.detail}>{strings.verdictDetail[verdict]}</span>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {scanning && verdict !== undefined ? (
        <Spinner size="extra-tiny" label={strings.scanning} labelPosition="after" />
      ) : null}
    </section>
  );
}
