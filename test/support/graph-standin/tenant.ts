/**
 * The stand-in's in-memory tenant: users, their mailboxes and the faults a test switches on.
 */

export interface StandInMessage {
  id: string;
  receivedDateTime: string;
  sentDateTime?: string;
  parentFolderId: string;
  mime: Buffer;
  attachments?: { name: string; contentType: string; size: number }[];
}

export interface StandInUser {
  id: string;
  userPrincipalName: string;
  mail: string | null;
  accountEnabled: boolean;
  employeeLeaveDateTime?: string | null;
  lastSignInDateTime?: string | null;
  /** null: the user has no Exchange mailbox. */
  messages: StandInMessage[] | null;
}

export interface Faults {
  /** Every n-th Graph request (token requests not counted) is throttled. */
  throttleEvery?: number;
  throttleStatus?: 429 | 503;
  /** Seconds in the Retry-After header of a throttled answer. */
  retryAfter?: number;
  /** After this many Graph requests, every request fails … */
  outageAfter?: number;
  /** … with a 503 (no Retry-After) or a dropped connection. */
  outageKind?: 'http-503' | 'drop';
  /** Messages the "user" deletes right after their MIME was read (between a sweep's scan and its apply). */
  deleteAfterRead?: string[];
  /** The app lacks AuditLog.Read.All: `signInActivity` is refused. */
  noSignInPermission?: boolean;
}

export interface Tenant {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** PEM certificate whose key signs client assertions (certificate credential), when registered. */
  clientCertificate?: string;
  readonly users: StandInUser[];
  faults: Faults;
}

export const INBOX = 'AAMkInbox';
export const DELETED_ITEMS = 'AAMkDeletedItems';

let counter = 0;

/** A message in the Inbox received at `received` (ISO). */
export function message(mime: Buffer, received: string, sent?: string): StandInMessage {
  counter++;
  return {
    id: `AAMkMsg${String(counter).padStart(6, '0')}`,
    receivedDateTime: received,
    ...(sent !== undefined ? { sentDateTime: sent } : {}),
    parentFolderId: INBOX,
    mime,
  };
}

export function user(
  upn: string,
  messages: StandInMessage[] | null,
  extra: Partial<StandInUser> = {},
): StandInUser {
  counter++;
  return {
    id: `user-${String(counter).padStart(4, '0')}`,
    userPrincipalName: upn,
    mail: upn,
    accountEnabled: true,
    messages,
    ...extra,
  };
}

export function tenant(users: StandInUser[]): Tenant {
  return {
    tenantId: '11111111-2222-3333-4444-555555555555',
    clientId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    clientSecret: 'stand-in-secret',
    users,
    faults: {},
  };
}
