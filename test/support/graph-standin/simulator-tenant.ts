/**
 * The read simulator's mailbox as a stand-in tenant: its one user (the simulator's signed-in user) with the
 * simulator's inbox messages under their REST ids, all in the Inbox. `npm start` serves the stand-in on this
 * tenant (scripts/start.mjs); the read pane's browser test starts from the same mailbox.
 */
import { messageAsEml } from '../../../src/simulator/read/eml';
import { INBOX as SIMULATOR_INBOX, INBOX_USER, restIdOf } from '../../../src/simulator/read/inbox';
import { isStandInPath, standInHandler } from './handler';
import { INBOX, tenant, user, type StandInMessage, type Tenant } from './tenant';

/** The simulator's messages as the stand-in holds them: fresh copies, every one in the Inbox. */
export function simulatorMessages(): StandInMessage[] {
  return SIMULATOR_INBOX.map((m) => ({
    id: restIdOf(m.itemId),
    receivedDateTime: m.received,
    parentFolderId: INBOX,
    mime: Buffer.from(messageAsEml(m), 'utf8'),
    attachments: m.attachments.map((a) => ({ name: a.name, contentType: a.contentType, size: a.size })),
  }));
}

/** A tenant whose one user is the simulator's user, with the simulator's mailbox. */
export function simulatorTenant(): Tenant {
  return tenant([user(INBOX_USER.emailAddress, simulatorMessages())]);
}

/** The stand-in's handler on a fresh simulator tenant, and which request paths it answers. */
export function simulatorGraph() {
  const t = simulatorTenant();
  const requests: string[] = [];
  return {
    tenant: t,
    requests,
    handle: standInHandler(t, requests),
    answers: (path: string) => isStandInPath(t, path),
  };
}
