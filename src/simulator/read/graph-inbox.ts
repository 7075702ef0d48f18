/**
 * The read simulator's inbox as Microsoft Graph has it: which messages are still in the Inbox
 * (`GET /me/mailFolders/inbox/messages?$select=id`), so a message the read pane moved to Deleted Items
 * leaves the list as it leaves Outlook's. Also how the simulator finds a Graph on its own origin (`npm start`
 * serves the stand-in there).
 */
import type { TokenProvider } from '../../addin/auth/types';
import { createDevTokenProvider } from '../../addin/auth';
import type { GraphAccess } from '../../taskpane/services';

/** More than the simulator's inbox ever holds: one page is the whole folder. */
const PAGE = 50;

/** The REST ids of the messages in the Inbox, or undefined when Graph did not answer with a list. */
export async function inboxIds(graph: GraphAccess): Promise<ReadonlySet<string> | undefined> {
  const url = `${graph.baseUrl.replace(/\/+$/, '')}/me/mailFolders/inbox/messages?$select=id&$top=${PAGE}`;
  try {
    const token = await graph.tokens.getToken();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { value?: unknown };
    if (!Array.isArray(body.value)) return undefined;
    const ids = body.value.map((m: unknown) => (m as { id?: unknown }).id);
    return new Set(ids.filter((id): id is string => typeof id === 'string'));
  } catch {
    return undefined;
  }
}

/** Graph at `baseUrl`, signed in as `email` by the stand-in's development token route on its origin. */
export function devGraph(baseUrl: string, email: string): GraphAccess {
  const tokens: TokenProvider = createDevTokenProvider(new URL(baseUrl).origin, email, (target, init) =>
    fetch(target, init),
  );
  return { baseUrl, tokens };
}

/**
 * The Graph the read simulator uses: `?graph=<url>` when given; else the page's own origin when it answers
 * there as Graph (the development server of `npm start`); else none (archiving works, deleting fails and
 * says so).
 */
export async function findGraph(
  param: string | null,
  origin: string,
  email: string,
): Promise<GraphAccess | undefined> {
  if (param !== null) return /^https?:\/\//.test(param) ? devGraph(param, email) : undefined;
  const local = devGraph(`${origin}/v1.0`, email);
  return (await inboxIds(local)) === undefined ? undefined : local;
}
