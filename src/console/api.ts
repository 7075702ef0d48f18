/**
 * The console's calls to its own vault (same origin) with the DPO's bearer token. Every answer is checked
 * against the same TypeBox schema the vault validates and documents with before the console shows it.
 */
import type { TSchema } from '@sinclair/typebox';
import type {
  AuditVerification,
  DecisionSummary,
  StoredFiles,
  SubjectErasure,
  SubjectExport,
} from '../contract';
import { expectWire, isErrorBody } from '../contract/check';
import {
  AuditVerificationSchema,
  DecisionSummarySchema,
  StoredFilesSchema,
  SubjectErasureSchema,
  SubjectExportSchema,
} from '../contract/schema';
import type { TokenSource } from './auth';

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

/** Filters of the stored-files list; empty strings mean "any". */
export interface StoredFilter {
  readonly retentionClass: string;
  readonly legalHold: '' | 'true' | 'false';
  readonly expiringWithinDays: string;
}

export interface ConsoleApi {
  decisions(filter: SummaryFilter): Promise<DecisionSummary>;
  decisionsCsv(filter: SummaryFilter): Promise<Blob>;
  storedFiles(filter: StoredFilter): Promise<StoredFiles>;
  setLegalHold(id: string, hold: boolean): Promise<void>;
  eraseFile(id: string): Promise<void>;
  searchSubject(q: string): Promise<SubjectExport>;
  eraseSubject(q: string): Promise<SubjectErasure>;
  verifyAudit(): Promise<AuditVerification>;
}

function summaryQuery(filter: SummaryFilter, format: 'json' | 'csv'): string {
  const params = new URLSearchParams({ from: filter.from, to: filter.to, period: filter.period, format });
  if (filter.category !== '') params.set('category', filter.category);
  return params.toString();
}

function storedQuery(filter: StoredFilter): string {
  const params = new URLSearchParams();
  if (filter.retentionClass !== '') params.set('retentionClass', filter.retentionClass);
  if (filter.legalHold !== '') params.set('legalHold', filter.legalHold);
  if (filter.expiringWithinDays !== '') params.set('expiringWithinDays', filter.expiringWithinDays);
  return params.toString();
}

/** The API over `fetch`, authenticated with tokens from `token`. */
export function consoleApi(token: TokenSource): ConsoleApi {
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    let response: Response;
    const bearer = await token();
    try {
      response = await fetch(path, {
        ...init,
        headers: { authorization: `Bearer ${bearer}` },
        cache: 'no-store',
      });
    } catch {
      throw new ConsoleApiError(0, 'The vault did not answer.');
    }
    if (response.ok) return response;
    const body: unknown = await response.json().catch(() => null);
    throw new ConsoleApiError(response.status, isErrorBody(body) ? body.message : `HTTP ${response.status}`);
  };
  const json = async <S extends TSchema>(schema: S, path: string, init?: RequestInit) =>
    expectWire(
      schema,
      await (await call(path, init)).json(),
      `${init?.method ?? 'GET'} ${path.split('?')[0]}`,
    );
  const subject = (q: string): string => `/api/subjects?${new URLSearchParams({ q }).toString()}`;
  const file = (id: string): string => `/api/files/${encodeURIComponent(id)}`;
  return {
    decisions: (filter) =>
      json(DecisionSummarySchema, `/api/decisions/summary?${summaryQuery(filter, 'json')}`),
    decisionsCsv: async (filter) =>
      (await call(`/api/decisions/summary?${summaryQuery(filter, 'csv')}`)).blob(),
    storedFiles: (filter) => json(StoredFilesSchema, `/api/stored-files?${storedQuery(filter)}`),
    setLegalHold: async (id, hold) => {
      await call(`${file(id)}/legal-hold`, { method: hold ? 'PUT' : 'DELETE' });
    },
    eraseFile: async (id) => {
      await call(file(id), { method: 'DELETE' });
    },
    searchSubject: (q) => json(SubjectExportSchema, subject(q)),
    eraseSubject: (q) => json(SubjectErasureSchema, subject(q), { method: 'DELETE' }),
    verifyAudit: () => json(AuditVerificationSchema, '/api/audit/verify'),
  };
}
