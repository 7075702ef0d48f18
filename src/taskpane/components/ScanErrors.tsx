/** Parts that could not be fully checked: shown, never silently treated as clean. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ScanError } from '../../core/draft/types';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ScanErrorsProps {
  readonly strings: Strings;
  readonly errors: readonly ScanError[];
}

export function ScanErrors({ strings, errors }: ScanErrorsProps) {
  const styles = useStyles();
  if (errors.length === 0) return null;
  return (
    <section aria-labelledby="errors-heading">
      <h2 id="errors-heading" className={styles.heading}>
        {strings.errorsHeading}
      </h2>
      <ul className={styles.list}>
        {errors.map((error, index) => (
          <li key={index}>
            {placeOf(strings, error)}: {strings.errorCode[error.code]}
          </li>
        ))}
      </ul>
    </section>
  );
}

function placeOf(strings: Strings, error: ScanError): string {
  if (error.attachment !== undefined) return error.attachment;
  if (error.part === 'subject') return strings.where.subject;
  if (error.part === 'body') return strings.where.body;
  return strings.where.recipients;
}
