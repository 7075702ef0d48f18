/**
 * Microsoft 365 mailboxes as sweep sources: every user with a mailbox (or the one named), and in each the
 * messages received before the cutoff, paged with `$filter`/`$top`/`@odata.nextLink`. Messages already in
 * Deleted Items are left to the tenant's retention policy. Only one page is held at a time.
 */
import type { MailboxSource, SweepItem } from '../sweep/types';
import type { GraphClient } from './client';
import { check } from './client';

export interface GraphUser {
  readonly id: string;
  readonly userPrincipalName?: string;
  readonly mail?: string | null;
}

interface GraphMessage {
  readonly id: string;
  readonly receivedDateTime?: string;
  readonly sentDateTime?: string;
  readonly parentFolderId?: string;
}

/** Messages per page: Graph allows up to 1000; 100 keeps a page's ids small and a resume cheap. */
const PAGE_SIZE = 100;
/** Marks a finished listing in a cursor. */
const END = 'end';

/** A query string with each value percent-encoded (spaces as %20: OData does not read `+` as a space). */
export function query(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
}

function messagesUrl(userId: string, cutoff: Date): string {
  const params = query({
    $filter: `receivedDateTime lt ${cutoff.toISOString()}`,
    $orderby: 'receivedDateTime',
    $select: 'id,receivedDateTime,sentDateTime,parentFolderId',
    $top: String(PAGE_SIZE),
  });
  return `/users/${encodeURIComponent(userId)}/messages?${params}`;
}

function itemOf(mailbox: string, message: GraphMessage, cursor: string | undefined): SweepItem {
  const sent = message.sentDateTime !== undefined ? new Date(message.sentDateTime) : null;
  const received = message.receivedDateTime !== undefined ? new Date(message.receivedDateTime) : null;
  const date =
    sent !== null && !Number.isNaN(sent.getTime())
      ? ({ source: 'header', date: sent } as const)
      : received !== null && !Number.isNaN(received.getTime())
        ? ({ source: 'received', date: received } as const)
        : ({ source: 'none' } as const);
  return {
    mailbox,
    ref: { kind: 'graph', id: message.id },
    name: `${message.id}.eml`,
    date,
    ...(cursor !== undefined ? { cursor } : {}),
  };
}

/** One user's mailbox. */
export function graphMailbox(client: GraphClient, user: GraphUser, cutoff: Date): MailboxSource {
  const mailbox = user.userPrincipalName ?? user.mail ?? user.id;
  const base = `/users/${encodeURIComponent(user.id)}/messages`;
  const messageUrl = (item: SweepItem): string =>
    `${base}/${encodeURIComponent(item.ref.kind === 'graph' ? item.ref.id : '')}`;
  return {
    mailbox,
    spec: {
      kind: 'graph',
      user: {
        id: user.id,
        ...(user.userPrincipalName !== undefined ? { userPrincipalName: user.userPrincipalName } : {}),
        ...(user.mail !== undefined ? { mail: user.mail } : {}),
      },
    },
    owner: user.mail ?? user.userPrincipalName ?? null,
    async *items(resumeAfter) {
      if (resumeAfter === END) return;
      const deleted = await client.getJson<{ id: string }>(
        `/users/${encodeURIComponent(user.id)}/mailFolders/deleteditems?$select=id`,
      );
      let next: string | null = resumeAfter ?? messagesUrl(user.id, cutoff);
      while (next !== null) {
        const page: Awaited<ReturnType<typeof client.page<GraphMessage>>> =
          await client.page<GraphMessage>(next);
        if (page === null) return; // No mailbox (unlicensed user): nothing to sweep.
        const kept = page.value.filter((m) => deleted === null || m.parentFolderId !== deleted.id);
        // The checkpoint moves a whole page at a time: the last item carries the next page's link.
        const cursor = page.next ?? END;
        for (let i = 0; i < kept.length; i++)
          yield itemOf(mailbox, kept[i] as GraphMessage, i === kept.length - 1 ? cursor : undefined);
        next = page.next;
      }
    },
    async read(item) {
      const response = await client.send(`${messageUrl(item)}/$value`);
      if (response.status === 404) return null;
      check(response, `${messageUrl(item)}/$value`);
      return new Uint8Array(response.body.buffer, response.body.byteOffset, response.body.length);
    },
    async exists(item) {
      return (await client.getJson<{ id: string }>(`${messageUrl(item)}?$select=id`)) !== null;
    },
    async remove(item) {
      const response = await client.send(`${messageUrl(item)}/move`, 'POST', {
        destinationId: 'deleteditems',
      });
      if (response.status === 404) return 'gone';
      check(response, `${messageUrl(item)}/move`);
      return 'removed';
    },
  };
}

/** Every user with a mail address (paged), or the one named. */
export async function* graphUsers(client: GraphClient, only: string | null): AsyncGenerator<GraphUser> {
  if (only !== null) {
    const user = await client.getJson<GraphUser>(
      `/users/${encodeURIComponent(only)}?$select=id,userPrincipalName,mail`,
    );
    if (user === null) throw new Error(`no such user in the tenant: ${only}`);
    yield user;
    return;
  }
  let next: string | null = '/users?$select=id,userPrincipalName,mail&$top=100';
  while (next !== null) {
    const page: Awaited<ReturnType<typeof client.page<GraphUser>>> = await client.page<GraphUser>(next);
    if (page === null) return;
    for (const user of page.value) if (user.mail) yield user;
    next = page.next;
  }
}
