/** Counts for bulk data: "38 personnummer in Personallista.xlsx". */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { BulkGroup } from '../../core/policy/types';
import { entityTypeName, type Strings } from '../strings';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  count: { fontWeight: tokens.fontWeightSemibold },
});

export interface BulkSummaryProps {
  readonly strings: Strings;
  readonly bulk: readonly BulkGroup[];
}

export function BulkSummary({ strings, bulk }: BulkSummaryProps) {
  const styles = useStyles();
  if (bulk.length === 0) return null;
  return (
    <section aria-labelledby="bulk-heading">
      <h2 id="bulk-heading" className={styles.heading}>
        {strings.bulkHeading}
      </h2>
      <ul className={styles.list}>
        {bulk.map((group) => (
          <li key={`${group.attachment}/${group.type}`} className={styles.count}>
            {strings.bulk(group.count, entityTypeName(strings, group.type), group.attachment)}
          </li>
        ))}
      </ul>
    </section>
  );
}
