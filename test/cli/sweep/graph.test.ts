/**
 * `mailguard sweep graph:` against the local Graph stand-in (test/support/graph-standin): app-only token
 * through MSAL Node, paging, `$filter`, Deleted Items left alone, throttling, an outage and resuming.
 */
import path from 'node:path';
import {
  DELETED_ITEMS,
  message,
  startGraphStandIn,
  tenant,
  user,
  type GraphStandIn,
  type StandInMessage,
} from '../../support/graph-standin';
import type { SweepIo } from '../../../src/cli/sweep';
import { remove, sweep, tempDir } from './harness';
import { CLEAN_MAIL, CV_MAIL, eml, PNR } from './mail';

// Each test sweeps a real HTTPS stand-in through MSAL: hundreds of requests, hundreds of messages scanned, up
// to three runs. Waits between retries go through the injected `sleep` (recorded, not slept), so nothing here
// waits on a clock; the limit only bounds a hang, and is generous because a shared machine runs the same
// work several times slower than a quiet one.
jest.setTimeout(300_000);

const OLD = '2013-04-05T06:07:08Z';
const cv = (at: string): StandInMessage => message(eml({ ...CV_MAIL, date: new Date(at).toUTCString() }), at);
const clean = (at: string): StandInMessage =>
  message(eml({ ...CLEAN_MAIL, date: new Date(at).toUTCString() }), at);

/** 250 old messages (every tenth a CV), so the listing takes three pages. */
function bulk(): StandInMessage[] {
  return Array.from({ length: 250 }, (_, i) => {
    const at = new Date(Date.UTC(2012, 0, 1) + i * 3_600_000).toISOString();
    return i % 10 === 0 ? cv(at) : clean(at);
  });
}

let standIn: GraphStandIn;
let dir: string;
let waits: number[];
let annaCvs: StandInMessage[];

beforeEach(async () => {
  const inDeletedItems = cv(OLD);
  inDeletedItems.parentFolderId = DELETED_ITEMS;
  annaCvs = [cv(OLD), cv('2014-01-01T00:00:00Z')];
  standIn = await startGraphStandIn(
    tenant([
      user('anna@vinnter.se', [...annaCvs, clean(OLD), cv('2025-05-01T00:00:00Z'), inDeletedItems]),
      user('bertil@vinnter.se', bulk()),
      user('room.101@vinnter.se', null),
      user('sync-service@vinnter.onmicrosoft.com', [], { mail: null }),
    ]),
  );
  dir = await tempDir();
  waits = [];
});
afterEach(async () => {
  await standIn.close();
  await remove(dir);
});

function io(extra: Partial<SweepIo['graph']> = {}): Partial<SweepIo> {
  return {
    env: standIn.env,
    graph: {
      ca: standIn.ca,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      ...extra,
    },
  };
}

const args = (...rest: string[]): string[] => ['--json', '--checkpoint', path.join(dir, 'ck'), ...rest];

describe('graph mode', () => {
  it('lists old personal mail in every mailbox by mailbox and id, with a summary per mailbox', async () => {
    const run = await sweep(args('graph:'), io());
    expect(run.status).toBe(0);
    const anna = run.messages.filter((m) => m['mailbox'] === 'anna@vinnter.se');
    expect(anna).toEqual(
      annaCvs.map((m) =>
        expect.objectContaining({ id: m.id, verdict: 'block', action: 'delete', dateSource: 'header' }),
      ),
    );
    expect(run.messages.filter((m) => m['mailbox'] === 'bertil@vinnter.se')).toHaveLength(25);
    expect(run.summaries.map((s) => [s['mailbox'], s['older'], s['personal'], s['complete']])).toEqual(
      expect.arrayContaining([
        ['anna@vinnter.se', 3, 2, true],
        ['bertil@vinnter.se', 250, 25, true],
        ['room.101@vinnter.se', 0, 0, true],
      ]),
    );
    expect(run.stdout).not.toContain(PNR);
    // The token came from the token endpoint; content only through $value; the listing was filtered.
    expect(standIn.requests).toContainEqual(expect.stringMatching(/^POST \/.*\/oauth2\/v2\.0\/token/));
    expect(standIn.requests.filter((r) => r.includes('/messages?'))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('$filter=receivedDateTime lt 2015-06-01T12:00:00.000Z'),
      ]),
    );
    expect(standIn.requests.filter((r) => r.includes('$skip=200'))).toHaveLength(1);
  });

  it('graph:user@domain sweeps that mailbox only', async () => {
    const run = await sweep(args('graph:anna@vinnter.se'), io());
    expect(run.summaries.map((s) => s['mailbox'])).toEqual(['anna@vinnter.se']);
    expect(run.messages).toHaveLength(2);
  });

  it.each([429, 503] as const)(
    'waits out %d throttling as Retry-After says, and loses nothing',
    async (status) => {
      standIn.tenant.faults = { throttleEvery: 4, throttleStatus: status, retryAfter: 7 };
      const run = await sweep(args('graph:'), io());
      expect(run.status).toBe(0);
      expect(run.messages).toHaveLength(27);
      expect(waits.length).toBeGreaterThan(10);
      expect(new Set(waits)).toEqual(new Set([7000]));
    },
  );

  it('an outage mid-run stops with a resumable checkpoint; the next run carries on where it stopped', async () => {
    standIn.tenant.faults = { outageAfter: 120, outageKind: 'drop' };
    const first = await sweep(args('--parallel', '1', 'graph:bertil@vinnter.se'), io({ attempts: 3 }));
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/run the same command again to resume/);
    expect(first.summaries).toEqual([expect.objectContaining({ complete: false })]);
    // Two retries for each request in flight when the tenant went down (reads run a few ahead).
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(waits.length % 2).toBe(0);
    const firstListed = first.messages.map((m) => m['id']);

    standIn.tenant.faults = {};
    const before = standIn.requests.length;
    const second = await sweep(args('--parallel', '1', 'graph:bertil@vinnter.se'), io());
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/resuming the interrupted run/);
    expect(second.summaries).toEqual([expect.objectContaining({ complete: true, older: 250, personal: 25 })]);
    // Resumed from the saved page link: the first page is not listed again.
    expect(
      standIn.requests.slice(before).some((r) => r.includes('/messages?') && !r.includes('$skip=')),
    ).toBe(false);
    const all = new Set([...firstListed, ...second.messages.map((m) => m['id'])]);
    expect(all.size).toBe(25);

    const third = await sweep(args('--parallel', '1', 'graph:bertil@vinnter.se'), io());
    expect(third.stderr).not.toMatch(/resuming/);
    expect(third.messages).toHaveLength(25);
  });

  it('a tenant that stays down ends the run with exit status 1, not a hang', async () => {
    standIn.tenant.faults = { outageAfter: 0, outageKind: 'http-503' };
    const run = await sweep(args('graph:'), io({ attempts: 4 }));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Microsoft Graph unavailable after 4 attempts \(HTTP 503\)/);
  });

  it('a wrong client secret is reported, not retried', async () => {
    const run = await sweep(args('graph:'), {
      ...io(),
      env: { ...standIn.env, MAILGUARD_GRAPH_CLIENT_SECRET: 'wrong' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/invalid_client/);
  });

  it('missing settings name the variable', async () => {
    const run = await sweep(args('graph:'), { ...io(), env: {} });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/MAILGUARD_GRAPH_TENANT is not set/);
  });
});
