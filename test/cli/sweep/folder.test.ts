/**
 * `mailguard sweep` on a mailbox export folder: real .eml and .msg files, old and new, clean and personal.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { REPO } from '../cli-harness';
import { sweep, put, remove, tempDir } from './harness';
import { CLEAN_MAIL, CV_MAIL, eml, msg, PNR } from './mail';

let dir: string;
let export1: string;

beforeEach(async () => {
  dir = await tempDir();
  export1 = path.join(dir, 'karin.lund');
  await mkdir(path.join(export1, 'Inbox'), { recursive: true });
});
afterEach(() => remove(dir));

const OLD = 'Tue, 11 Mar 2014 09:30:00 +0100';
const RECENT = 'Mon, 12 May 2025 09:30:00 +0200';

describe('folder mode', () => {
  it('lists old mail with personal data, one JSON line each, then a summary; never a value', async () => {
    await put(export1, 'Inbox/cv-old.eml', eml({ ...CV_MAIL, date: OLD }));
    await put(export1, 'Inbox/cv-recent.eml', eml({ ...CV_MAIL, date: RECENT }));
    await put(export1, 'Inbox/lunch-old.eml', eml({ ...CLEAN_MAIL, date: OLD }));
    await copyFile(
      path.join(REPO, 'test/fixtures/eml/en-sick-call.block.eml'),
      path.join(export1, 'sick.eml'),
    );
    const run = await sweep(['--json', '--summary', '--checkpoint', path.join(dir, 'ck'), export1]);
    expect(run.status).toBe(0);
    expect(run.lines.find((l) => 'run' in l)).toEqual({
      run: expect.objectContaining({ mailboxes: 1, done: 1, messages: 4, older: 2, personal: 1 }) as unknown,
    });
    expect(run.messages).toEqual([
      {
        file: path.join(export1, 'Inbox/cv-old.eml'),
        mailbox: export1,
        date: '2014-03-11T08:30:00.000Z',
        dateSource: 'header',
        verdict: 'block',
        categories: expect.arrayContaining(['national-id']) as unknown,
        clauses: expect.arrayContaining(['P2']) as unknown,
        action: 'delete',
      },
    ]);
    expect(run.summaries).toEqual([
      expect.objectContaining({
        mailbox: export1,
        complete: true,
        messages: 4,
        older: 2,
        personal: 1,
        block: 1,
      }),
    ]);
    expect(run.stdout).not.toContain(PNR);
    expect(run.stdout).not.toContain('070-123');
  });

  it('a younger cutoff suggests archiving (P3) and lists what the ten-year one does not', async () => {
    await put(export1, 'cv.eml', eml({ ...CV_MAIL, date: 'Mon, 2 Dec 2024 10:00:00 +0100' }));
    const run = await sweep(['--json', '--older-than', '3m', '--checkpoint', path.join(dir, 'ck'), export1]);
    expect(run.messages).toEqual([
      expect.objectContaining({ action: 'archive', date: '2024-12-02T09:00:00.000Z' }),
    ]);
    const tenYears = await sweep(['--json', '--fresh', '--checkpoint', path.join(dir, 'ck'), export1]);
    expect(tenYears.messages).toEqual([]);
  });

  it.each([
    [
      'a Received header',
      { received: 'Tue, 11 Mar 2014 09:31:02 +0100' },
      'received',
      '2014-03-11T08:31:02.000Z',
    ],
    ['neither: the file time', {}, 'file-time', '2013-01-02T03:04:05.000Z'],
    [
      'a junk Date header, then Received',
      { date: 'someday', received: 'Tue, 11 Mar 2014 09:31:02 +0100' },
      'received',
      '2014-03-11T08:31:02.000Z',
    ],
  ])('a message without a usable Date header is dated by %s and says so', async (_, headers, source, iso) => {
    await put(export1, 'undated.eml', eml({ ...CV_MAIL, ...headers }), new Date('2013-01-02T03:04:05Z'));
    const run = await sweep(['--json', '--checkpoint', path.join(dir, 'ck'), export1]);
    expect(run.messages).toEqual([expect.objectContaining({ dateSource: source, date: iso })]);
    expect(run.summaries[0]).toEqual(expect.objectContaining({ dateFromReceived: 1 }));
  });

  it('reads Outlook .msg files by their submit time, else their delivery time', async () => {
    const body = `Kandidatens personnummer är ${PNR}.`;
    await put(
      export1,
      'a.msg',
      msg('Kandidat', body, new Date('2012-03-04T10:00:00Z'), new Date('2012-03-04T10:05:00Z')),
    );
    await put(export1, 'b.msg', msg('Kandidat', body, null, new Date('2013-05-06T07:08:09Z')));
    await put(export1, 'c.msg', msg('Kandidat', body, null, new Date('2025-05-06T07:08:09Z')));
    const run = await sweep(['--json', '--checkpoint', path.join(dir, 'ck'), export1]);
    expect(
      run.messages.map((m) => [path.basename(String(m['file'])), m['dateSource'], m['date'], m['verdict']]),
    ).toEqual([
      ['a.msg', 'header', '2012-03-04T10:00:00.000Z', 'block'],
      ['b.msg', 'received', '2013-05-06T07:08:09.000Z', 'block'],
    ]);
  });

  it('malformed MIME is listed for review (never taken for clean) and makes the exit status 1', async () => {
    const broken = Buffer.from(
      `Date: ${OLD}\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary="b"\r\nContent-Transfer-Encoding: base64\r\n\r\n--b\r\nContent-Type: application/pdf; name="a.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK!!!not-a-pdf\r\n--b--\r\n`,
    );
    await put(export1, 'broken.eml', broken);
    const run = await sweep(['--json', '--checkpoint', path.join(dir, 'ck'), export1]);
    expect(run.messages).toEqual([
      expect.objectContaining({ action: 'review', categories: [], unread: expect.any(Array) as unknown }),
    ]);
    expect(run.status).toBe(1);
  });

  it('prints a readable report without --json', async () => {
    await put(export1, 'cv.eml', eml({ ...CV_MAIL, date: OLD }));
    const run = await sweep(['--checkpoint', path.join(dir, 'ck'), export1]);
    expect(run.stdout).toContain('2014-03-11  BLOCK  ');
    expect(run.stdout).toMatch(
      /1 message\(s\) older than the cutoff, 1 with personal data \(1 block, 0 warn\)/,
    );
    expect(run.stdout).not.toContain(PNR);
  });
});

describe('arguments', () => {
  it.each([
    [['--older-than', '10x', 'x'], /--older-than needs an age/],
    [['--apply', 'shred', 'x'], /--apply must be archive or delete/],
    [[], /no SOURCE given/],
    [['graph:nobody'], /is not graph: or graph:user@domain/],
    [['--leavers', 'folder'], /--leavers takes the source graph:/],
    [['--queue', 'mysql://db/x', 'x'], /--queue needs a PostgreSQL URL/],
    [['--queue'], /--queue needs a PostgreSQL URL/],
    [['--leavers', '--queue', 'postgres://db/x', 'graph:'], /--leavers runs on one machine/],
  ])('%j is a usage error', async (args, message) => {
    const run = await sweep(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it.each([
    [{ MAILGUARD_SWEEP_QUEUE: 'redis://q' }, /MAILGUARD_SWEEP_QUEUE must be a PostgreSQL URL/],
    [
      { MAILGUARD_SWEEP_QUEUE: 'postgres://q/db', MAILGUARD_SWEEP_QUEUE_SCHEMA: 'Bad-Name' },
      /MAILGUARD_SWEEP_QUEUE_SCHEMA must be a lower-case name/,
    ],
    [
      { MAILGUARD_SWEEP_QUEUE: 'postgres://q/db', MAILGUARD_SWEEP_HEARTBEAT_SECONDS: '0' },
      /MAILGUARD_SWEEP_HEARTBEAT_SECONDS must be a whole number/,
    ],
  ])('queue settings %j are refused before anything is read', async (env, message) => {
    const run = await sweep(['--checkpoint', path.join(dir, 'ck'), export1], { env });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
});
