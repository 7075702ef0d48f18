/** The local Microsoft Graph stand-in for tests (README.md). */
export { startGraphStandIn } from './server';
export type { GraphStandIn } from './server';
export { DELETED_ITEMS, INBOX, message, tenant, user } from './tenant';
export type { Faults, StandInMessage, StandInUser, Tenant } from './tenant';
