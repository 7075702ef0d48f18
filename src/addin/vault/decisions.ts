/**
 * The add-in's side of the decision log: each override or dismissal is queued in storage the caller provides
 * (e.g. `localStorage`) and sent to `POST /api/decisions`; what the vault does not take now is retried later.
 * Recording never blocks the user and never rejects: a decision is kept until the vault has it or refuses it.
 */
import { reasonTextProblem, type DecisionInput } from '../../contract';
import type { VaultClient } from './client';
import { VaultHttpError } from './errors';

/** What the task pane knows about a decision; id and time are added here. No matched values, ever. */
export type DecisionDraft = Omit<DecisionInput, 'id' | 'decidedAt'>;

/** The part of Web Storage the queue uses (`window.localStorage` fits). */
export interface QueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * `sent`: the vault has it. `queued`: kept and retried on the next record or {@link DecisionLog.flush}.
 * `invalid`: refused before queueing (the typed reason looks like data: a number or an address).
 */
export type RecordOutcome = 'sent' | 'queued' | 'invalid';

export interface DecisionLogOptions {
  /** Null while the vault is not configured or signed in: decisions are only queued. */
  readonly client: () => VaultClient | null;
  readonly storage: QueueStorage;
  readonly now?: () => Date;
}

export interface DecisionLog {
  /** Queues the decision, then tries to send everything queued. Resolves, never rejects. */
  recordDecision(decision: DecisionDraft): Promise<RecordOutcome>;
  /** Sends what is queued (e.g. when the pane opens). Resolves with how many are still queued. */
  flush(): Promise<number>;
  /** How many decisions wait for the vault. */
  pending(): number;
}

/** Storage key of the queue. */
export const DECISION_QUEUE_KEY = 'mailguard.decisionQueue';
/** Oldest decisions are dropped past this, so a vault that never answers cannot fill the storage. */
export const DECISION_QUEUE_MAX = 500;

/** Answers that will not change on a retry: the decision itself is at fault. */
const REFUSED_FOR_GOOD = new Set([400, 413, 422]);

function readQueue(storage: QueueStorage): DecisionInput[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(DECISION_QUEUE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as DecisionInput[]) : [];
  } catch {
    return [];
  }
}

function writeQueue(storage: QueueStorage, queue: readonly DecisionInput[]): void {
  try {
    storage.setItem(DECISION_QUEUE_KEY, JSON.stringify(queue.slice(-DECISION_QUEUE_MAX)));
  } catch {
    // Storage full or unavailable: the decision is still sent if the vault answers now.
  }
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Builds the decision log over a vault client and a persistent queue. */
export function createDecisionLog(options: DecisionLogOptions): DecisionLog {
  const now = options.now ?? ((): Date => new Date());
  let flushing: Promise<number> | null = null;

  const sendAll = async (): Promise<number> => {
    const client = options.client();
    let queue = readQueue(options.storage);
    if (client === null) return queue.length;
    for (const item of [...queue]) {
      try {
        await client.request({
          method: 'POST',
          path: '/api/decisions',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(item),
        });
      } catch (error: unknown) {
        // A malformed decision would be refused forever, so that one is dropped. Anything else (no
        // network, no sign-in, an overloaded vault) stops the round and keeps the rest for later.
        if (!(error instanceof VaultHttpError && REFUSED_FOR_GOOD.has(error.status))) break;
      }
      // Re-read: another call may have queued more meanwhile.
      queue = readQueue(options.storage).filter((queued) => queued.id !== item.id);
      writeQueue(options.storage, queue);
    }
    return queue.length;
  };

  const flush = (): Promise<number> => {
    flushing ??= sendAll()
      .catch(() => readQueue(options.storage).length)
      .finally(() => (flushing = null));
    return flushing;
  };

  return {
    async recordDecision(decision) {
      if (decision.reasonText !== undefined && reasonTextProblem(decision.reasonText) !== null)
        return 'invalid';
      const item: DecisionInput = { ...decision, id: randomId(), decidedAt: now().toISOString() };
      writeQueue(options.storage, [...readQueue(options.storage), item]);
      await flush();
      // A flush already under way may have started before this item was queued.
      if (readQueue(options.storage).some((queued) => queued.id === item.id)) await flush();
      return readQueue(options.storage).some((queued) => queued.id === item.id) ? 'queued' : 'sent';
    },
    flush,
    pending: () => readQueue(options.storage).length,
  };
}

/**
 * The draft fingerprint for {@link DecisionDraft.draftFingerprint}: hex HMAC-SHA-256 of the text under `key`.
 * The key stays in the add-in (e.g. a random value in roaming settings), so the vault can group decisions on
 * one draft but cannot test guesses of its text.
 */
export async function draftFingerprint(text: string, key: string): Promise<string> {
  const encoder = new TextEncoder();
  const hmacKey = await crypto.subtle.importKey(
    'raw',
    encoder.encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, encoder.encode(text)));
  return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
}
