/**
 * Per-draft state shared by the task pane and the on-send check, stored as ONE JSON value under the
 * `mailguard` key of the item's session data (Mailbox 1.11; 50,000 characters per add-in). No values.
 */
import type { VerdictKind } from '../core/policy/types';
import type { SendMailbox } from './send-mailbox';
import type { CachedScan } from './scan-summary';

export const SESSION_KEY = 'mailguard';
/** Session data holds at most 50,000 characters per add-in; stay below with a margin. */
export const SESSION_MAX_CHARS = 45000;

/**
 * The user read the findings and chose to send: covers exactly these findings and unchecked parts.
 * Build it with `informedOverride(verdict, new Date().toISOString())`.
 */
export interface InformedOverride {
  /** The verdict the user accepted. */
  readonly verdict: VerdictKind;
  /** `findingKey`s of the findings shown when the user decided. */
  readonly keys: readonly string[];
  /** Parts not checked that the user accepted anyway, named as `uncheckedPartName` names them. */
  readonly notChecked: readonly string[];
  /** ISO 8601. */
  readonly at: string;
}

/** An attachment moved to the vault and replaced by a link. */
export interface MovedAttachment {
  readonly name: string;
  readonly url: string;
  readonly fileId?: string;
  readonly at: string;
}

export interface SessionState {
  readonly version: 1;
  /** `findingKey`s the user marked "not personal data". */
  readonly dismissed: readonly string[];
  readonly override?: InformedOverride;
  readonly scan?: CachedScan;
  readonly moved: readonly MovedAttachment[];
}

export const EMPTY_SESSION: SessionState = { version: 1, dismissed: [], moved: [] };

/** Reads the state; anything missing, unreadable or of another version gives {@link EMPTY_SESSION}. */
export async function readSession(mailbox: SendMailbox): Promise<SessionState> {
  const raw = await mailbox.getSessionValue(SESSION_KEY);
  return raw === undefined ? EMPTY_SESSION : parseSession(raw);
}

/** Parses stored JSON leniently: a damaged field is dropped, never trusted. */
export function parseSession(raw: string): SessionState {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_SESSION;
  }
  if (!isRecord(value) || value.version !== 1) return EMPTY_SESSION;
  const override = value.override;
  const scan = value.scan;
  return {
    version: 1,
    dismissed: strings(value.dismissed),
    moved: Array.isArray(value.moved) ? (value.moved.filter(isRecord) as unknown as MovedAttachment[]) : [],
    ...(isRecord(override) && typeof override.verdict === 'string'
      ? {
          override: {
            verdict: override.verdict as VerdictKind,
            keys: strings(override.keys),
            notChecked: strings(override.notChecked),
            at: typeof override.at === 'string' ? override.at : '',
          },
        }
      : {}),
    ...(isRecord(scan) &&
    typeof scan.hash === 'string' &&
    isRecord(scan.summary) &&
    Array.isArray(scan.attachments)
      ? { scan: scan as unknown as CachedScan }
      : {}),
  };
}

/** Writes the state. If too large, the cached scan is dropped first (it can be recomputed; the rest cannot). */
export async function writeSession(mailbox: SendMailbox, state: SessionState): Promise<void> {
  let json = JSON.stringify(state);
  if (json.length > SESSION_MAX_CHARS && state.scan) {
    json = JSON.stringify({
      version: 1,
      dismissed: state.dismissed,
      moved: state.moved,
      ...(state.override ? { override: state.override } : {}),
    });
  }
  await mailbox.setSessionValue(SESSION_KEY, json);
}

/** Reads, changes and writes the state in one step. */
export async function updateSession(
  mailbox: SendMailbox,
  change: (state: SessionState) => SessionState,
): Promise<SessionState> {
  const next = change(await readSession(mailbox));
  await writeSession(mailbox, next);
  return next;
}

export function withDismissed(state: SessionState, key: string, dismissed: boolean): SessionState {
  const others = state.dismissed.filter((k) => k !== key);
  return { ...state, dismissed: dismissed ? others.concat([key]) : others };
}

export function withOverride(state: SessionState, override: InformedOverride | undefined): SessionState {
  const { override: _previous, ...rest } = state;
  return override ? { ...rest, override } : rest;
}

export function withScan(state: SessionState, scan: CachedScan): SessionState {
  return { ...state, scan };
}

export function withMoved(state: SessionState, moved: MovedAttachment): SessionState {
  return { ...state, moved: state.moved.concat([moved]) };
}

function isRecord(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
