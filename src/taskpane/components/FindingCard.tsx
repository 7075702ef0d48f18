/** One finding: masked value, where it is, why it was reported, the policy clause, and what to do. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RatedFinding } from '../../core/policy/types';
import { entityTypeName, type Strings } from '../strings';
import { describeWhere, explainFinding } from './explain';

const useStyles = makeStyles({
  card: {
    listStyleType: 'none',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  value: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  facts: {
    margin: `${tokens.spacingVerticalXS} 0`,
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  term: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  why: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface FindingCardProps {
  readonly strings: Strings;
  readonly finding: RatedFinding;
  readonly onDismiss: (key: string) => void;
}

export function FindingCard({ strings, finding, onDismiss }: FindingCardProps) {
  const styles = useStyles();
  const type = entityTypeName(strings, finding.type);
  return (
    <li className={styles.card}>
      <Text>
        {type}: <span className={styles.value}>{finding.masked}</span>
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>{strings.labels.where}</dt>
        <dd className={styles.detail}>{describeWhere(strings, finding)}</dd>
        <dt className={styles.term}>{strings.labels.why}</dt>
        <dd className={styles.detail}>
          <ul className={styles.why}>
            {explainFinding(strings, finding).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </dd>
        <dt className={styles.term}>{strings.labels.policy}</dt>
        <dd className={styles.detail}>{strings.clause[finding.clause]}</dd>
        <dt className={styles.term}>{strings.labels.todo}</dt>
        <dd className={styles.detail}>
          {strings.advice[finding.category]}
          {finding.where.part === 'attachment' ? ` ${strings.attachmentAdvice}` : ''}
        </dd>
      </dl>
      <Button
        size="small"
        appearance="secondary"
        aria-label={strings.dismissLabel(type, finding.masked)}
        onClick={() => onDismiss(finding.key)}
      >
        {strings.dismiss}
      </Button>
    </li>
  );
}
