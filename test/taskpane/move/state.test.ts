/** The move's state machine (pure reducer) and the mapping of edge errors to what the user is told. */
import { OfficeApiError } from '../../../src/addin';
import { SignInError } from '../../../src/addin/auth';
import {
  VaultAbortedError,
  VaultChecksumError,
  VaultHttpError,
  VaultNetworkError,
} from '../../../src/addin/vault';
import {
  INITIAL_MOVE_STATE,
  isBusy,
  moveReducer,
  percentOf,
  problemFrom,
  type AttachmentMoveState,
  type MoveRow,
} from '../../../src/taskpane/move';

const row = (key: string, state: AttachmentMoveState = { kind: 'idle' }): MoveRow => ({
  key,
  name: `${key}.pdf`,
  size: 10,
  state,
});
const moved: AttachmentMoveState = {
  kind: 'moved',
  file: { fileId: 'f1', url: 'https://v/s/t', expiresAt: '2026-12-25T00:00:00Z' },
};

describe('move reducer', () => {
  it('starts a run with idle rows and finishes it', () => {
    const started = moveReducer(INITIAL_MOVE_STATE, { kind: 'start', rows: [row('a'), row('b')] });
    expect(started).toMatchObject({ started: true, running: true, rows: [{ key: 'a' }, { key: 'b' }] });
    const updated = moveReducer(started, {
      kind: 'update',
      key: 'b',
      state: { kind: 'uploading', bytes: 5, total: 10, percent: 50 },
    });
    expect(updated.rows[0]?.state).toEqual({ kind: 'idle' });
    expect(updated.rows[1]?.state).toMatchObject({ kind: 'uploading', percent: 50 });
    expect(moveReducer(updated, { kind: 'finish' }).running).toBe(false);
  });

  it('keeps moved rows of an earlier run (still undoable) and drops failed ones', () => {
    const earlier = {
      started: true,
      running: false,
      rows: [
        row('a', moved),
        row('b', {
          kind: 'failed',
          step: 'uploading',
          problem: { kind: 'vault-unreachable' },
          attachmentKept: true,
          linkInserted: false,
        }),
      ],
    };
    const next = moveReducer(earlier, { kind: 'start', rows: [row('b')] });
    expect(next.rows.map((r) => [r.key, r.state.kind])).toEqual([
      ['a', 'moved'],
      ['b', 'idle'],
    ]);
  });

  it('restores rows from session data without counting as a run', () => {
    const next = moveReducer(INITIAL_MOVE_STATE, { kind: 'restore', rows: [row('m', moved)] });
    expect(next).toMatchObject({ started: false, running: false, rows: [{ key: 'm' }] });
    expect(moveReducer(next, { kind: 'restore', rows: [row('m', moved)] }).rows).toHaveLength(1);
  });

  it.each([
    [{ kind: 'idle' }, false],
    [{ kind: 'reading' }, true],
    [{ kind: 'verifying' }, true],
    [{ kind: 'linking' }, true],
    [{ kind: 'removing' }, true],
    [moved, false],
    [{ kind: 'restored', linkLeft: false }, false],
  ] as const)('isBusy(%j) is %s', (state, busy) => {
    expect(isBusy(state)).toBe(busy);
  });

  it.each([
    [0, 100, 0],
    [50, 100, 50],
    [99.9, 100, 99],
    [100, 100, 100],
    [150, 100, 100],
    [0, 0, 100],
  ])('percentOf(%d, %d) = %d', (bytes, total, expected) => {
    expect(percentOf(bytes, total)).toBe(expected);
  });
});

describe('problemFrom', () => {
  it.each([
    ['VaultNetworkError()', 'vault-unreachable', new VaultNetworkError('x')],
    ['VaultAbortedError()', 'cancelled', new VaultAbortedError('x')],
    ['VaultChecksumError()', 'checksum-mismatch', new VaultChecksumError('x')],
    [
      'VaultHttpError(422, checksum-mismatch)',
      'checksum-mismatch',
      new VaultHttpError(422, 'checksum-mismatch', 'x'),
    ],
    ['VaultHttpError(401, unauthenticated)', 'signed-out', new VaultHttpError(401, 'unauthenticated', 'x')],
    ['VaultHttpError(413, too-large)', 'too-large', new VaultHttpError(413, 'too-large', 'x')],
    ['VaultHttpError(415, type-mismatch)', 'refused-type', new VaultHttpError(415, 'type-mismatch', 'x')],
    ['VaultHttpError(500, internal)', 'vault-error', new VaultHttpError(500, 'internal', 'x')],
    ['VaultHttpError(503, undefined)', 'vault-error', new VaultHttpError(503, undefined, 'x')],
    ['VaultHttpError(400, bad-request)', 'refused', new VaultHttpError(400, 'bad-request', 'x')],
    ['SignInError(unsupported)', 'sign-in-unavailable', new SignInError('unsupported', 'x')],
    ['SignInError(cancelled)', 'sign-in-cancelled', new SignInError('cancelled', 'x')],
    ['SignInError(unreachable)', 'vault-unreachable', new SignInError('unreachable', 'x')],
    [
      'OfficeApiError(removeAttachmentAsync)',
      'office-failed',
      new OfficeApiError('removeAttachmentAsync', 'x'),
    ],
  ])('%s → %s', (_label, kind, error) => {
    expect(problemFrom(error).kind).toBe(kind);
  });
});
