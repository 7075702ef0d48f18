/**
 * "Quiet means quiet": items the policy only shows (a colleague's name, a quoted signature) and files that
 * cannot hold text (images), behind one collapsed disclosure that does not look like a finding.
 */
import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ScanError } from '../../core/draft/types';
import type { RatedFinding } from '../../core/policy/types';
import type { Strings } from '../strings';
import { FindingCard } from './FindingCard';
import { ScanErrors } from './ScanErrors';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  list: { display: 'flex', flexDirection: 'column', margin: 0, padding: 0, alignSelf: 'stretch' },
});

export interface InfoDetailsProps {
  readonly strings: Strings;
  readonly info: readonly RatedFinding[];
  /** Parts that need no action but were not read (images, unsupported files). */
  readonly errors: readonly ScanError[];
  readonly onDismiss: (finding: RatedFinding) => void;
}

export function InfoDetails({ strings, info, errors, onDismiss }: InfoDetailsProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const count = info.length + errors.length;
  if (count === 0) return null;
  return (
    <section className={styles.root} aria-label={strings.fix.details}>
      <Button
        size="small"
        appearance="transparent"
        aria-expanded={open}
        aria-controls="info-details"
        onClick={() => setOpen(!open)}
      >
        {strings.fix.infoSummary(count)} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </Button>
      {open ? (
        <div id="info-details" className={styles.list}>
          <ul className={styles.list}>
            {info.map((finding, index) => (
              <FindingCard
                key={`${finding.key}:${index}`}
                strings={strings}
                finding={finding}
                onDismiss={onDismiss}
              />
            ))}
          </ul>
          <ScanErrors strings={strings} errors={errors} />
        </div>
      ) : null}
    </section>
  );
}
