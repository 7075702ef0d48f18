/** The console's calls to its own vault (same origin), with the DPO's bearer token. */
import type { AuditVerification, DecisionSummary, SubjectErasure, SubjectExport } from '../contract';

/** The vault refused or could not be reached; `status` 0 means no answer. */
export class ConsoleApiError extends Error {
  override name = 'ConsoleApiError' as const;
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Filters of the decision summary, as the query string takes them. */
export interface SummaryFilter {
  readonly from: string;
  readonly to: string;
  readonly period: DecisionSummary['period'];
  readonly category: string;
}

export interface ConsoleApi {
  decisions(filter: SummaryFilter): Promise<DecisionSummary>;
  decisionsCsv(filter: SummaryFilter): Promise<Blob>;
  searchSubject(q: string): Promise<SubjectExport>;
  eraseSubject(q: string): Promise<SubjectErasure>;
  verifyAudit(): Promise<AuditVerification>;
}

function summaryQuery(filter: SummaryFilter, format: 'json' | 'csv'): string {
  const params = new URLSearchParams({ from: filter.from, to: filter.to, period: filter.period, format });
  if (filter.category !== '') params.set('category', filter.category);
  return params.toString();
}

/** A dev-auth token with the DPO role (`--dev-auth` vaults only); null when the vault has no such route. */
export async function devToken(email: string): Promise<string | null> {
  const response = await fetch('/api/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, roles: ['dpo'] }),
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new ConsoleApiError(response.status, 'The sign-in was refused.');
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The API over `fetch`, authenticated with `token`. */
export function consoleApi(token: string): ConsoleApi {
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(path, {
        ...init,
        headers: { authorization: `Bearer ${token}` },
        cache: 'no-store',
      });
    } catch {
      throw new ConsoleApiError(0, 'The vault did not answer.');
    }
    if (response.ok) return response;
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new ConsoleApiError(response.status, body.message ?? `HTTP ${response.status}`);
  };
  const json = async <T>(path: string, init?: RequestInit): Promise<T> =>
    (await (await call(path, init)).json()) as T;
  return {
    decisions: (filter) => json(`/api/decisions/summary?${summaryQuery(filter, 'json')}`),
    decisionsCsv: async (filter) =>
      (await call(`/api/decisions/summary?${summaryQuery(filter, 'csv')}`)).blob(),
    searchSubject: (q) => json(`/api/subjects?${new URLSearchParams({ q }).toString()}`),
    eraseSubject: (q) => json(`/api/subjects?${new URLSearchParams({ q }).toString()}`, { method: 'DELETE' }),
    verifyAudit: () => json('/api/audit/verify'),
  };
}
