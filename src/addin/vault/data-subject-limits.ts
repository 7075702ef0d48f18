/** The vault's limits on an upload's `dataSubjects` (ADR 0051), as the people of a message are fitted to them. */
import { DATA_SUBJECTS_HEADER_MAX, DATA_SUBJECTS_MAX, DATA_SUBJECT_NAME_MAX } from '../../contract';
import { wireLimits } from '../../core/draft/data-subjects';

/** The whole list fits the `X-Data-Subjects` header, so a one-shot upload never cuts it silently. */
export const SUBJECT_LIMITS = wireLimits(DATA_SUBJECTS_MAX, DATA_SUBJECT_NAME_MAX, DATA_SUBJECTS_HEADER_MAX);
