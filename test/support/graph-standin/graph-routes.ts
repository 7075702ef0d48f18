/**
 * The Graph routes of the stand-in (see README.md): users, messages, MIME, attachments, move.
 */
import type { StandInMessage, StandInUser, Tenant } from './tenant';
import { DELETED_ITEMS, INBOX } from './tenant';

export interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly raw?: Buffer;
  readonly headers?: Record<string, string>;
}

const error = (status: number, code: string): Answer => ({
  status,
  body: { error: { code, message: code } },
});

function pick(entity: Record<string, unknown>, select: string | null): Record<string, unknown> {
  if (select === null) return entity;
  const out: Record<string, unknown> = {};
  for (const name of select.split(',')) if (name in entity) out[name] = entity[name];
  return out;
}

function userJson(u: StandInUser): Record<string, unknown> {
  return {
    id: u.id,
    userPrincipalName: u.userPrincipalName,
    mail: u.mail,
    accountEnabled: u.accountEnabled,
    employeeLeaveDateTime: u.employeeLeaveDateTime ?? null,
    signInActivity: { lastSignInDateTime: u.lastSignInDateTime ?? null },
  };
}

function messageJson(m: StandInMessage): Record<string, unknown> {
  return {
    id: m.id,
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.sentDateTime ?? m.receivedDateTime,
    parentFolderId: m.parentFolderId,
    hasAttachments: (m.attachments ?? []).length > 0,
  };
}

/** A page of `items` from `skip`, with the next link built from the request URL. */
function paged(
  url: URL,
  items: Record<string, unknown>[],
  skipParam: '$skip' | '$skiptoken',
  count: boolean,
): Answer {
  const top = Number(url.searchParams.get('$top') ?? '10');
  const skip = Number(url.searchParams.get(skipParam) ?? '0');
  const page = items.slice(skip, skip + top);
  const next = new URL(url.toString());
  next.searchParams.set(skipParam, String(skip + top));
  return {
    status: 200,
    body: {
      ...(count ? { '@odata.count': items.length } : {}),
      value: page,
      ...(skip + top < items.length ? { '@odata.nextLink': next.toString() } : {}),
    },
  };
}

function listUsers(t: Tenant, url: URL): Answer {
  const filter = url.searchParams.get('$filter');
  if (filter !== null && filter !== 'accountEnabled eq false') return error(400, 'UnsupportedFilter');
  const select = url.searchParams.get('$select');
  if (select?.includes('signInActivity') && t.faults.noSignInPermission === true)
    return error(403, 'Authorization_RequestDenied');
  const users = t.users.filter((u) => filter === null || !u.accountEnabled);
  return paged(
    url,
    users.map((u) => pick(userJson(u), select)),
    '$skiptoken',
    false,
  );
}

function listMessages(url: URL, messages: StandInMessage[]): Answer {
  const filter = url.searchParams.get('$filter');
  // The one filter the sweep uses: receivedDateTime lt <ISO instant>.
  const match = filter === null ? null : /^receivedDateTime lt (\S+)$/.exec(filter);
  if (filter !== null && match === null) return error(400, 'UnsupportedFilter');
  const before = match ? Date.parse(match[1] as string) : Infinity;
  const orderby = url.searchParams.get('$orderby');
  if (orderby !== null && orderby !== 'receivedDateTime' && orderby !== 'receivedDateTime desc')
    return error(400, 'UnsupportedOrderBy');
  const listed = messages
    .filter((m) => Date.parse(m.receivedDateTime) < before)
    .sort(
      (a, b) => Date.parse(a.receivedDateTime) - Date.parse(b.receivedDateTime) || (a.id < b.id ? -1 : 1),
    );
  if (orderby === 'receivedDateTime desc') listed.reverse();
  const select = url.searchParams.get('$select');
  return paged(
    url,
    listed.map((m) => pick(messageJson(m), select)),
    '$skip',
    url.searchParams.get('$count') === 'true',
  );
}

function onMessage(
  t: Tenant,
  method: string,
  rest: string[],
  messages: StandInMessage[],
  body: string,
  url: URL,
): Answer {
  const found = messages.find((m) => m.id === rest[0]);
  if (found === undefined) return error(404, 'ErrorItemNotFound');
  const action = rest[1];
  if (method === 'GET' && action === undefined)
    return { status: 200, body: pick(messageJson(found), url.searchParams.get('$select')) };
  if (method === 'GET' && action === '$value') {
    if (t.faults.deleteAfterRead?.includes(found.id) === true) messages.splice(messages.indexOf(found), 1);
    return { status: 200, raw: found.mime, headers: { 'content-type': 'text/plain' } };
  }
  if (method === 'GET' && action === 'attachments')
    return { status: 200, body: { value: found.attachments ?? [] } };
  if (method === 'POST' && action === 'move') {
    const destination = (JSON.parse(body || '{}') as { destinationId?: string }).destinationId;
    if (destination !== 'deleteditems') return error(400, 'UnsupportedDestination');
    found.parentFolderId = DELETED_ITEMS;
    return { status: 201, body: messageJson(found) };
  }
  return error(400, 'UnsupportedRequest');
}

/** Answers one Graph request (path after `/v1.0`). */
export function graphAnswer(t: Tenant, method: string, url: URL, body: string, delegated = false): Answer {
  const parts = url.pathname
    .split('/')
    .filter((p) => p !== '')
    .slice(1)
    .map(decodeURIComponent);
  // As Graph: `/me` needs a delegated token (an app token has no user).
  if (parts[0] === 'me') return error(400, 'BadRequest');
  if (parts[0] !== 'users') return error(400, 'UnsupportedRequest');
  // A delegated token reaches only its own mailbox (handler.ts maps `/me` to it); listing users is not for it.
  const inboxList = parts[2] === 'mailFolders' && parts[3] === 'inbox' && parts[4] === 'messages';
  if (delegated && (parts.length === 1 || (parts[2] !== 'messages' && !inboxList)))
    return error(403, 'ErrorAccessDenied');
  if (parts.length === 1 && method === 'GET') return listUsers(t, url);
  const u = t.users.find(
    (x) => x.id === parts[1] || x.userPrincipalName.toLowerCase() === parts[1]?.toLowerCase(),
  );
  if (u === undefined) return error(404, 'Request_ResourceNotFound');
  if (parts.length === 2) return { status: 200, body: pick(userJson(u), url.searchParams.get('$select')) };
  if (u.messages === null) return error(404, 'MailboxNotEnabledForRESTAPI');
  if (parts[2] === 'mailFolders' && parts[3] === 'deleteditems' && parts.length === 4)
    return { status: 200, body: { id: DELETED_ITEMS, displayName: 'Deleted Items' } };
  // The read simulator's inbox list: what is still in the Inbox (a moved message is not).
  if (inboxList && parts.length === 5 && method === 'GET')
    return listMessages(
      url,
      u.messages.filter((m) => m.parentFolderId === INBOX),
    );
  if (parts[2] !== 'messages') return error(400, 'UnsupportedRequest');
  if (parts.length === 3 && method === 'GET') return listMessages(url, u.messages);
  return onMessage(t, method, parts.slice(3), u.messages, body, url);
}
