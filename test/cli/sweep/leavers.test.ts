/**
 * `mailguard sweep --leavers` (P4) against the Graph stand-in, and the certificate credential.
 */
import { X509Certificate } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from 'selfsigned';
import { message, startGraphStandIn, tenant, user, type GraphStandIn } from '../../support/graph-standin';
import { NOW, remove, sweep, tempDir } from './harness';
import { CLEAN_MAIL, eml } from './mail';

let standIn: GraphStandIn;
let dir: string;
const mail = () => [
  message(eml(CLEAN_MAIL), '2023-01-01T00:00:00Z'),
  message(eml(CLEAN_MAIL), '2023-11-30T00:00:00Z'),
];

beforeEach(async () => {
  standIn = await startGraphStandIn(
    tenant([
      user('active@vinnter.se', mail()),
      user('left-2023@vinnter.se', mail(), {
        accountEnabled: false,
        employeeLeaveDateTime: '2023-12-01T00:00:00Z',
      }),
      user('left-2025@vinnter.se', mail(), {
        accountEnabled: false,
        employeeLeaveDateTime: '2025-03-01T00:00:00Z',
      }),
      user('signin-2024@vinnter.se', mail(), {
        accountEnabled: false,
        lastSignInDateTime: '2024-02-10T08:00:00Z',
      }),
      user('undated@vinnter.se', mail(), { accountEnabled: false }),
      user('emptied@vinnter.se', [], {
        accountEnabled: false,
        employeeLeaveDateTime: '2020-01-01T00:00:00Z',
      }),
      user('no-mailbox@vinnter.se', null, {
        accountEnabled: false,
        employeeLeaveDateTime: '2020-01-01T00:00:00Z',
      }),
    ]),
  );
  dir = await tempDir();
});
afterEach(async () => {
  await standIn.close();
  await remove(dir);
});

const io = (env: Record<string, string> = standIn.env) => ({
  env,
  graph: { ca: standIn.ca, sleep: () => Promise.resolve() },
});

describe('--leavers', () => {
  it('lists disabled accounts still holding mail six months after leaving, and those with no known date', async () => {
    const run = await sweep(['--leavers', '--json', 'graph:'], io());
    expect(run.status).toBe(1);
    expect(run.messages).toEqual([
      expect.objectContaining({
        leaver: 'left-2023@vinnter.se',
        leftAtSource: 'employee-leave-date',
        messages: 2,
        deleteBy: '2024-06-01T00:00:00.000Z',
        overdue: true,
        newest: '2023-11-30T00:00:00Z',
      }),
      expect.objectContaining({
        leaver: 'signin-2024@vinnter.se',
        leftAtSource: 'last-sign-in',
        deleteBy: '2024-08-10T08:00:00.000Z',
        overdue: true,
      }),
      expect.objectContaining({
        leaver: 'undated@vinnter.se',
        leftAt: null,
        leftAtSource: 'unknown',
        overdue: null,
      }),
    ]);
    expect(run.summaries).toEqual([{ leavers: { disabledWithMail: 4, overdue: 2, pending: 1, unknown: 1 } }]);
    expect(standIn.requests).toContainEqual(expect.stringContaining('$filter=accountEnabled eq false'));
    expect(NOW.toISOString()).toBe('2025-06-01T12:00:00.000Z');
  });

  it('without permission to read sign-in activity it says so and uses the leaving dates alone', async () => {
    standIn.tenant.faults = { noSignInPermission: true };
    const run = await sweep(['--leavers', '--json', 'graph:'], io());
    expect(run.stderr).toMatch(/AuditLog\.Read\.All/);
    expect(run.messages.map((m) => [m['leaver'], m['overdue']])).toEqual([
      ['left-2023@vinnter.se', true],
      ['signin-2024@vinnter.se', null],
      ['undated@vinnter.se', null],
    ]);
  });

  it('prints a readable report', async () => {
    const run = await sweep(['--leavers', 'graph:'], io());
    expect(run.stdout).toContain(
      'left-2023@vinnter.se  left 2023-12-01 (employee-leave-date)  2 message(s), newest 2023-11-30  delete by 2024-06-01 - OVERDUE',
    );
    expect(run.stdout).toMatch(
      /4 disabled account\(s\) still hold mail: 2 past the six months \(P4\), 1 with no known leaving date, 1 still within the six months/,
    );
  });
});

describe('certificate credential', () => {
  // RSA key generation is slow on a busy machine.
  jest.setTimeout(60_000);

  it('signs in with a certificate (client assertion) instead of a secret', async () => {
    const pems = await generate([{ name: 'commonName', value: 'mailguard-sweep' }], {
      keySize: 2048,
      algorithm: 'sha256',
    });
    const keyFile = path.join(dir, 'sweep.key');
    const certFile = path.join(dir, 'sweep.crt');
    await writeFile(keyFile, pems.private);
    await writeFile(certFile, pems.cert);
    const thumbprint = new X509Certificate(pems.cert).fingerprint256;
    standIn.tenant.clientCertificate = pems.cert;
    const { MAILGUARD_GRAPH_CLIENT_SECRET: _secret, ...env } = standIn.env;
    const run = await sweep(
      ['--json', '--checkpoint', path.join(dir, 'ck'), 'graph:'],
      io({
        ...env,
        MAILGUARD_GRAPH_CERT_KEY_FILE: keyFile,
        MAILGUARD_GRAPH_CERT_FILE: certFile,
        MAILGUARD_GRAPH_CERT_THUMBPRINT: thumbprint,
      }),
    );
    expect(run.stderr).not.toMatch(/invalid_client/);
    expect(run.status).toBe(0);
    expect(run.summaries.length).toBeGreaterThan(0);
    expect(standIn.requests.filter((r) => r.startsWith('POST '))).toHaveLength(1);
  });

  it('refuses an assertion signed by a key the tenant does not know', async () => {
    const pems = await generate([{ name: 'commonName', value: 'mailguard-sweep' }], {
      keySize: 2048,
      algorithm: 'sha256',
    });
    const other = await generate([{ name: 'commonName', value: 'someone-else' }], {
      keySize: 2048,
      algorithm: 'sha256',
    });
    standIn.tenant.clientCertificate = other.cert;
    const keyFile = path.join(dir, 'sweep.key');
    await writeFile(keyFile, pems.private);
    const { MAILGUARD_GRAPH_CLIENT_SECRET: _secret, ...env } = standIn.env;
    const run = await sweep(
      ['--json', '--checkpoint', path.join(dir, 'ck'), 'graph:'],
      io({
        ...env,
        MAILGUARD_GRAPH_CERT_KEY_FILE: keyFile,
        MAILGUARD_GRAPH_CERT_THUMBPRINT: new X509Certificate(pems.cert).fingerprint256,
      }),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/invalid_client/);
  });
});
