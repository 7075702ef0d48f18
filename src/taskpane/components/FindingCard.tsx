/** One finding inside a line's details: masked value, where, why it was reported, the clause. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RatedFinding } from '../../core/policy/types';
import { entityTypeName, type Strings } from '../strings';
import { explainFinding } from './explain';
import { describePlace } from './location';

const useStyles = makeStyles({
  card: {
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  value: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  why: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface FindingCardProps {
  readonly strings: Strings;
  readonly finding: RatedFinding;
  readonly onDismiss: (finding: RatedFinding) => void;
}

export function FindingCard({ strings, finding, onDismiss }: FindingCardProps) {
  const styles = useStyles();
  const type = entityTypeName(strings, finding.type);
  return (
    <li className={styles.card}>
      <Text>
        {type} <span className={styles.value}>{finding.masked}</span>{' '}
        <span className={styles.muted}>{describePlace(strings, { key: '', findings: [finding] })}</span>
      </Text>
      <ul className={styles.why}>
        {explainFinding(strings, finding).map((line, index) => (
          <li key={`${index}:${line}`}>{line}</li>
        ))}
      </ul>
      <Text size={200} className={styles.muted}>
        {strings.clause[finding.clause]}
      </Text>
      <Button
        size="small"
        appearance="subtle"
        aria-label={strings.dismissLabel(type, finding.masked)}
        onClick={() => onDismiss(finding)}
      >
        {strings.dismiss}
      </Button>
    </li>
  );
}
