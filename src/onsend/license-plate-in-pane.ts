/**
 * Stands in for `src/core/detection/recognizers/personal/license-plate.ts` in onsend.js (a webpack alias).
 * A car's registration number is ordinary personal data (`vehicle`, a warning): the send check stops only on
 * `block` and prompts for lists of people in an attachment, which their names already make, so on send a
 * plate decides nothing. Its patterns, exceptions and vehicle words cost about 1.2 KB of the 100 KB budget
 * that the sensitive-data detector needs more (docs/adr/0056-warnings-left-to-the-pane.md). The task pane
 * still shows every plate while the mail is written.
 */
import type { Recognizer } from '../core/detection/types';

/** The vehicle recognizer with nothing to find: same id and category, so the registry's types hold. */
export const licensePlate: Recognizer = {
  id: 'license-plate',
  category: 'vehicle',
  patterns: [],
};
