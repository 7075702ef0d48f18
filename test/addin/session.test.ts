import {
  buildCachedScan,
  createMailbox,
  EMPTY_SESSION,
  parseSession,
  readSession,
  SESSION_MAX_CHARS,
  updateSession,
  withDismissed,
  withMoved,
  withOverride,
  withScan,
  writeSession,
  type SessionState,
} from '../../src/addin';
import type { Verdict } from '../../src/core/policy/types';
import { fakeOffice } from './fake-office';

describe('session state', () => {
  it.each([
    ['not JSON', '{oops'],
    ['another version', '{"version":2,"dismissed":["a"]}'],
    ['an array', '[1,2]'],
  ])('starts empty when the stored value is %s', (_name, raw) => {
    expect(parseSession(raw)).toEqual(EMPTY_SESSION);
  });

  it('drops damaged fields and keeps the good ones', () => {
    const state = parseSession(
      '{"version":1,"dismissed":["k1",2,"k2"],"override":{"verdict":"block","keys":"x"},"scan":{"hash":1},"moved":[null]}',
    );
    expect(state).toEqual({
      version: 1,
      dismissed: ['k1', 'k2'],
      moved: [],
      override: { verdict: 'block', keys: [], notChecked: [], at: '' },
    });
  });

  it('round-trips through Office session data under one key', async () => {
    const fake = fakeOffice({});
    const mailbox = createMailbox(fake.office);
    await updateSession(mailbox, (s) => withDismissed(s, 'k1', true));
    await updateSession(mailbox, (s) =>
      withOverride(s, { verdict: 'block', keys: ['k2'], notChecked: ['a.pdf'], at: '2026-11-25T00:00:00Z' }),
    );
    await updateSession(mailbox, (s) =>
      withMoved(s, { name: 'a.xlsx', url: 'https://vault/s/abc', at: '2026-11-25T00:00:00Z' }),
    );
    expect([...fake.session.keys()]).toEqual(['mailguard']);
    const state = await readSession(mailbox);
    expect(state.dismissed).toEqual(['k1']);
    expect(state.override && state.override.notChecked).toEqual(['a.pdf']);
    expect(withDismissed(state, 'k1', false).dismissed).toEqual([]);
    expect(withOverride(state, undefined).override).toBeUndefined();
  });

  it('drops the cached scan first when the state would not fit session data', async () => {
    const fake = fakeOffice({});
    const mailbox = createMailbox(fake.office);
    const verdict: Verdict = { kind: 'allow', findings: [], bulk: [], errors: [] };
    const scan = buildCachedScan(
      { draft: 'h', attachments: [{ name: 'x'.repeat(SESSION_MAX_CHARS), hash: 'a' }] },
      verdict,
    );
    const state: SessionState = withScan(withDismissed(EMPTY_SESSION, 'keep', true), scan);
    await writeSession(mailbox, state);
    const stored = fake.session.get('mailguard') as string;
    expect(stored.length).toBeLessThan(SESSION_MAX_CHARS);
    expect(parseSession(stored)).toEqual({ version: 1, dismissed: ['keep'], moved: [] });
  });
});
