/** Counts for bulk data: "38 personnummer in Personallista.xlsx". */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { BulkGroup } from '../../core/policy/types';
import { entityTypeName, type Strings } from '../strings';
import { ListSection } from './ListSection';

const useStyles = makeStyles({
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
    <ListSection id="bulk-heading" heading={strings.bulkHeading}>
      {bulk.map((group) => (
        <li key={`${group.attachment}/${group.type}`} className={styles.count}>
          {strings.bulk(group.count, entityTypeName(strings, group.type), group.attachment)}
        </li>
      ))}
    </ListSection>
  );
}
