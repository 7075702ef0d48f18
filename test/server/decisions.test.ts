/**
 * The decision log over real HTTP: senders record overrides and dismissals (no values, idempotent), the DPO
 * reads counts as JSON or CSV; the add-in's queue keeps decisions while the vault is unreachable.
 */
import { createServer } from 'node:net';
import type { TokenProvider } from '../../src/addin/auth';
import {
  createDecisionLog,
  createVaultClient,
  draftFingerprint,
  type DecisionDraft,
  type QueueStorage,
} from '../../src/addin/vault';
import type { DecisionInput, DecisionSummary } from '../../src/contract';
import { nodeTransport } from '../addin/vault/node-transport';
import { META_KINDS, announcePostgres } from './support/adapters';
import { startTestVault, type TestVault } from './support/vault';

jest.setTimeout(60_000);
announcePostgres();

describe.each(META_KINDS)('with %s metadata', (meta) => {
  const SENDER = 'anna@vinnter.se';
  let vault: TestVault;
  let sender: string;
  let dpo: string;

  beforeAll(async () => {
    vault = await startTestVault({ meta });
    sender = await vault.token(SENDER);
    dpo = await vault.token('dpo@vinnter.se', ['dpo']);
  });
  afterAll(() => vault.close());

  let counter = 0;
  const decision = (fields: Partial<DecisionInput> = {}): DecisionInput => ({
    id: `decision-${String(counter++).padStart(8, 'x')}`,
    decidedAt: vault.clock.now().toISOString(),
    category: 'national-id',
    type: 'se-personnummer',
    clause: 'P2',
    decision: 'override',
    reason: 'recipient-entitled',
    draftFingerprint: 'a'.repeat(64),
    ...fields,
  });

  const post = (body: unknown, token: string | null = sender): Promise<Response> =>
    fetch(`${vault.url}/api/decisions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(body),
    });
  const summary = (query: string, token = dpo): Promise<Response> =>
    fetch(`${vault.url}/api/decisions/summary?${query}`, { headers: { authorization: `Bearer ${token}` } });

  describe('POST /api/decisions', () => {
    it('stores a decision once, however often the add-in retries it', async () => {
      const body = decision();
      const first = await post(body);
      expect(first.status).toBe(201);
      expect(await first.json()).toEqual({ id: body.id, stored: true });
      const again = await post(body);
      expect(again.status).toBe(201);
      expect(await again.json()).toEqual({ id: body.id, stored: false });
    });

    it('refuses callers without a token', async () => {
      expect((await post(decision(), null)).status).toBe(401);
    });

    it.each([
      ['a personnummer in the reason', { reason: 'other', reasonText: 'Gäller 19850709-9805' }],
      ['a spaced number in the reason', { reason: 'other', reasonText: 'kund 850 709 98' }],
      ['an address in the reason', { reason: 'other', reasonText: 'bo@example.com bad om det' }],
      ['a reason longer than 200 characters', { reason: 'other', reasonText: 'x'.repeat(201) }],
      ['a value field', { value: '19850709-9805' }],
      ['free text as a type', { type: 'Bo Ek 850709' }],
      ['a fingerprint that is not a hash', { draftFingerprint: 'hemligt' }],
      ['an unknown decision', { decision: 'ignore' }],
      ['a decision from the future', { decidedAt: '2999-01-01T00:00:00Z' }],
    ])('refuses %s (400)', async (_name, fields) => {
      const res = await post({ ...decision(), ...fields });
      expect(res.status).toBe(400);
    });

    it('keeps a short typed reason without numbers or addresses', async () => {
      const res = await post(decision({ reason: 'other', reasonText: 'Kunden bad själv om kopian' }));
      expect(res.status).toBe(201);
    });
  });

  describe('GET /api/decisions/summary', () => {
    beforeAll(async () => {
      for (const fields of [
        { category: 'health', type: 'health-term', decision: 'dismiss', reason: 'not-personal-data' },
        { category: 'health', type: 'health-term', decision: 'dismiss', reason: 'not-personal-data' },
        { category: 'contact', type: 'phone-number', decision: 'keep-in-mailbox', reason: 'internal-use' },
      ] as const)
        expect((await post(decision(fields))).status).toBe(201);
    });

    it('is for the DPO only', async () => {
      expect((await summary('', sender)).status).toBe(403);
    });

    it('counts by period, category, type, decision and reason, filtered by category', async () => {
      const res = await summary('period=day&category=health');
      expect(res.status).toBe(200);
      const body = (await res.json()) as DecisionSummary;
      const today = vault.clock.now().toISOString().slice(0, 10);
      expect(body.rows).toEqual([
        {
          period: today,
          category: 'health',
          type: 'health-term',
          clause: 'P2',
          decision: 'dismiss',
          reason: 'not-personal-data',
          count: 2,
        },
      ]);
      expect(body.total).toBe(2);
    });

    it('exports CSV with the same counts and never the senders or their reasons', async () => {
      const res = await summary('period=month&format=csv');
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="decisions-/);
      const csv = await res.text();
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).toBe('period,category,type,clause,decision,reason,count');
      const month = vault.clock.now().toISOString().slice(0, 7);
      expect(lines).toContain(`${month},health,health-term,P2,dismiss,not-personal-data,2`);
      expect(lines).toContain(`${month},contact,phone-number,P2,keep-in-mailbox,internal-use,1`);
      expect(csv).not.toContain(SENDER);
      expect(csv).not.toContain('Kunden bad');
    });

    it('leaves out decisions outside the period asked for', async () => {
      const body = (await (await summary('from=2020-01-01&to=2020-12-31')).json()) as DecisionSummary;
      expect(body.total).toBe(0);
      expect((await summary('from=2021-01-02&to=2021-01-01')).status).toBe(400);
    });

    it('is documented in the OpenAPI document', async () => {
      const doc = (await (await fetch(`${vault.url}/openapi.json`)).json()) as { paths: object };
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining(['/api/decisions', '/api/decisions/summary']),
      );
    });
  });

  /** A port nothing listens on (bound, closed, not reused at once). */
  async function deadPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return typeof address === 'object' && address !== null ? address.port : 0;
  }

  class MemoryStorage implements QueueStorage {
    readonly items = new Map<string, string>();
    getItem(key: string): string | null {
      return this.items.get(key) ?? null;
    }
    setItem(key: string, value: string): void {
      this.items.set(key, value);
    }
  }

  describe('the add-in decision log (createDecisionLog)', () => {
    const tokens: TokenProvider = { kind: 'dev', getToken: () => vault.token('queue@vinnter.se') };
    const clientFor = (baseUrl: string) =>
      createVaultClient({ baseUrl, tokens, transport: nodeTransport, sleep: async () => undefined });

    it('queues while the vault is unreachable, survives a restart of the pane and sends later', async () => {
      const storage = new MemoryStorage();
      const unreachable = clientFor(`http://127.0.0.1:${await deadPort()}`);
      const offline = createDecisionLog({ client: () => unreachable, storage });
      const draft: DecisionDraft = {
        category: 'financial',
        type: 'iban',
        clause: 'P1',
        decision: 'override',
        reason: 'required-by-law',
        draftFingerprint: await draftFingerprint('Hej Bo, här är kontot', 'per-user-key'),
      };
      expect(await offline.recordDecision(draft)).toBe('queued');
      expect(await offline.recordDecision({ ...draft, decision: 'dismiss' })).toBe('queued');
      expect(offline.pending()).toBe(2);

      // A new pane (same storage) with the vault back: the queue drains.
      const online = createDecisionLog({ client: () => clientFor(vault.url), storage });
      expect(await online.flush()).toBe(0);
      const body = (await (await summary('period=day&category=financial')).json()) as DecisionSummary;
      expect(body.rows.map((r) => [r.decision, r.count])).toEqual([
        ['dismiss', 1],
        ['override', 1],
      ]);
      expect(await online.recordDecision({ ...draft, reason: 'other' })).toBe('sent');
    });

    it('queues without a client and refuses a reason that carries data before it is kept', async () => {
      const storage = new MemoryStorage();
      const log = createDecisionLog({ client: () => null, storage });
      const draft: DecisionDraft = {
        category: 'contact',
        type: 'email-address',
        clause: 'P1',
        decision: 'dismiss',
        reason: 'other',
        reasonText: 'skickat till bo@example.com',
        draftFingerprint: 'b'.repeat(64),
      };
      expect(await log.recordDecision(draft)).toBe('invalid');
      expect(await log.recordDecision({ ...draft, reasonText: 'vår egen kundtjänst' })).toBe('queued');
      expect(log.pending()).toBe(1);
      expect([...storage.items.values()].join('')).not.toContain('bo@example.com');
    });

    it('fingerprints with a key: same text and key agree, another key differs', async () => {
      const a = await draftFingerprint('text', 'k1');
      expect(a).toMatch(/^[0-9a-f]{64}$/);
      expect(await draftFingerprint('text', 'k1')).toBe(a);
      expect(await draftFingerprint('text', 'k2')).not.toBe(a);
    });
  });
});
