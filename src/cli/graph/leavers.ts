/**
 * `mailguard sweep --leavers` (P4): disabled accounts whose mailboxes still hold mail six months after the
 * person left. When they left: `employeeLeaveDateTime` if HR sets it, else the last sign-in (needs
 * AuditLog.Read.All), else unknown (listed for review).
 */
import { addMonths } from '../sweep/duration';
import type { GraphClient } from './client';
import { GraphRequestError } from './client';

interface DisabledUser {
  readonly id: string;
  readonly userPrincipalName?: string;
  readonly mail?: string | null;
  readonly employeeLeaveDateTime?: string | null;
  readonly signInActivity?: { readonly lastSignInDateTime?: string | null } | null;
}

export interface Leaver {
  readonly account: string;
  readonly id: string;
  readonly leftAt: string | null;
  readonly leftAtSource: 'employee-leave-date' | 'last-sign-in' | 'unknown';
  readonly messages: number;
  readonly newest: string | null;
  readonly deleteBy: string | null;
  /** True past the six months, null when the leaving date is unknown. */
  readonly overdue: boolean | null;
}

/** P4: at the latest six months after leaving. */
const GRACE_MONTHS = 6;
const BASE = 'id,userPrincipalName,mail,accountEnabled,employeeLeaveDateTime';

async function* disabledUsers(client: GraphClient, warn: (m: string) => void): AsyncGenerator<DisabledUser> {
  const filter = encodeURIComponent('accountEnabled eq false');
  let next: string | null = `/users?$filter=${filter}&$select=${BASE},signInActivity&$top=100`;
  while (next !== null) {
    let page;
    try {
      page = await client.page<DisabledUser>(next);
    } catch (error: unknown) {
      // Sign-in activity needs AuditLog.Read.All (and Entra ID P1); without it, list without it.
      if (!(error instanceof GraphRequestError) || error.status !== 403 || !next.includes('signInActivity'))
        throw error;
      warn(
        'no permission to read sign-in activity (AuditLog.Read.All): leaving dates from employeeLeaveDateTime only',
      );
      next = `/users?$filter=${filter}&$select=${BASE}&$top=100`;
      continue;
    }
    if (page === null) return;
    yield* page.value;
    next = page.next;
  }
}

async function mailOf(client: GraphClient, id: string): Promise<{ count: number; newest: string | null }> {
  const url = `/users/${encodeURIComponent(id)}/messages?$select=receivedDateTime&$orderby=receivedDateTime%20desc&$top=1&$count=true`;
  const body = await client.getJson<{ value?: { receivedDateTime?: string }[]; '@odata.count'?: number }>(
    url,
    {
      consistencylevel: 'eventual',
    },
  );
  if (body === null) return { count: 0, newest: null };
  const newest = body.value?.[0]?.receivedDateTime ?? null;
  return { count: body['@odata.count'] ?? body.value?.length ?? 0, newest };
}

/** Disabled accounts that still hold mail, each judged against the six months of P4. */
export async function* findLeavers(
  client: GraphClient,
  now: Date,
  warn: (m: string) => void,
): AsyncGenerator<Leaver> {
  for await (const user of disabledUsers(client, warn)) {
    const mail = await mailOf(client, user.id);
    if (mail.count === 0) continue;
    const leave = user.employeeLeaveDateTime ?? null;
    const signIn = user.signInActivity?.lastSignInDateTime ?? null;
    const leftAt = leave ?? signIn;
    const deleteBy = leftAt === null ? null : addMonths(new Date(leftAt), GRACE_MONTHS);
    yield {
      account: user.userPrincipalName ?? user.mail ?? user.id,
      id: user.id,
      leftAt,
      leftAtSource: leave !== null ? 'employee-leave-date' : signIn !== null ? 'last-sign-in' : 'unknown',
      messages: mail.count,
      newest: mail.newest,
      deleteBy: deleteBy === null ? null : deleteBy.toISOString(),
      overdue: deleteBy === null ? null : deleteBy.getTime() < now.getTime(),
    };
  }
}
