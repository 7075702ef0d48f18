/** Findings grouped by category, most serious category first (the verdict's order). */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Category } from '../../core/detection/types';
import type { RatedFinding } from '../../core/policy/types';
import type { Strings } from '../strings';
import { FindingCard } from './FindingCard';
import { limitPerAttachment } from './bulk';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  more: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/** Groups findings by category, keeping the order in which categories first appear. */
export function groupByCategory(
  findings: readonly RatedFinding[],
): ReadonlyArray<readonly [Category, readonly RatedFinding[]]> {
  const groups = new Map<Category, RatedFinding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.category);
    if (group) group.push(finding);
    else groups.set(finding.category, [finding]);
  }
  return Array.from(groups.entries());
}

export interface FindingGroupsProps {
  readonly strings: Strings;
  readonly findings: readonly RatedFinding[];
  readonly onDismiss: (key: string) => void;
}

export function FindingGroups({ strings, findings, onDismiss }: FindingGroupsProps) {
  const styles = useStyles();
  return (
    <>
      {groupByCategory(findings).map(([category, group]) => {
        const limited = limitPerAttachment(group);
        return (
          <section key={category} className={styles.group} aria-labelledby={`group-${category}`}>
            <h2 id={`group-${category}`} className={styles.heading}>
              {strings.category[category]} ({group.length})
            </h2>
            <ul className={styles.list}>
              {limited.shown.map((finding) => (
                <FindingCard key={finding.key} strings={strings} finding={finding} onDismiss={onDismiss} />
              ))}
            </ul>
            {limited.hidden > 0 ? (
              <p className={styles.more}>{strings.moreInAttachments(limited.hidden)}</p>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
