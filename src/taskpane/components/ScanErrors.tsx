/** Parts that could not be fully checked: shown, never silently treated as clean. */
import type { ScanError } from '../../core/draft/types';
import type { Strings } from '../strings';
import { ListSection } from './ListSection';

export interface ScanErrorsProps {
  readonly strings: Strings;
  readonly errors: readonly ScanError[];
}

export function ScanErrors({ strings, errors }: ScanErrorsProps) {
  if (errors.length === 0) return null;
  return (
    <ListSection id="errors-heading" heading={strings.errorsHeading}>
      {errors.map((error, index) => (
        <li key={index}>
          {placeOf(strings, error)}: {strings.errorCode[error.code]}
        </li>
      ))}
    </ListSection>
  );
}

function placeOf(strings: Strings, error: ScanError): string {
  if (error.attachment !== undefined) return error.attachment;
  if (error.part === 'subject') return strings.where.subject;
  if (error.part === 'body') return strings.where.body;
  return strings.where.recipients;
}
