/** The inbox list the read simulator shows: its messages minus those Graph no longer has in the Inbox. */
import { useEffect, useState } from 'react';
import type { GraphAccess } from '../../taskpane/services';
import { inboxIds } from './graph-inbox';
import { INBOX, restIdOf, type InboxMessage } from './inbox';

/** How often the list follows the mailbox, as Outlook's list follows the server. */
const REFRESH_MS = 2000;

const sameIds = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((id) => b.has(id));

export function useInbox(graph: GraphAccess | undefined): readonly InboxMessage[] {
  const [ids, setIds] = useState<ReadonlySet<string> | undefined>(undefined);
  useEffect(() => {
    if (!graph) return undefined;
    let stopped = false;
    const refresh = async () => {
      const next = await inboxIds(graph);
      // A failed refresh keeps the last list: the mailbox did not change because Graph did not answer.
      if (!stopped && next !== undefined) setIds((last) => (last && sameIds(last, next) ? last : next));
    };
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [graph]);
  return ids === undefined ? INBOX : INBOX.filter((m) => ids.has(restIdOf(m.itemId)));
}
