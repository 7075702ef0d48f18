/**
 * The draft's types live in `src/core/model` (every core area shares them, docs/adr/0037-core-areas.md);
 * re-exported here for the adapters, which know them as the draft area's.
 */
export type * from '../model/draft';
