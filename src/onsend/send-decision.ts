/**
 * What the on-send check does with a scan. The decision itself is the core's `decideSend`, shared with the
 * task pane's banner so both reach the same verdict from the same inputs.
 */
export { decideSend, notCheckedPlaces, placeName } from '../core/policy';
export type { AlertItem, DecideSendOptions, Place, SendDecision } from '../core/policy';
