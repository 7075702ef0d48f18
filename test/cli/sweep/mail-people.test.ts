// The people of an archived .eml, as the sweep sends them to the vault: sender and recipients, not the owner.
import { mailPeople } from '../../../src/cli/sweep/mail-people';
import { checkDraft } from '../../../src/core/draft';
import { DEFAULT_POLICY } from '../../../src/core/policy';

const eml = (headers: string): Uint8Array =>
  new TextEncoder().encode(`${headers}\r\nSubject: Ansökan\r\n\r\nHej\r\n`);

describe('mail people', () => {
  it('names the sender first, then the recipients, without the owner or duplicates', async () => {
    const { people } = await mailPeople(
      'Ansökan.eml',
      eml(
        'From: "Svensson, Anna" <Anna.Svensson@example.se>\r\n' +
          'To: Lena Ek <lena@vinnter.se>, Anna Svensson <anna.svensson@example.se>\r\n' +
          'Cc: team: Bo Berg <bo@example.com>;',
      ),
      'lena@vinnter.se',
    );
    expect(people).toEqual([
      { name: 'Svensson, Anna', address: 'anna.svensson@example.se' },
      { name: 'Anna Svensson', address: 'anna.svensson@example.se' },
      { name: 'Bo Berg', address: 'bo@example.com' },
    ]);
  });

  it('puts the people the scan found after the sender, before the other recipients', async () => {
    const today = { year: 2026, month: 12, day: 5 };
    const body = 'Sökande Maria Lindqvist, personnummer 000229-2399, kommer på intervju i morgon.';
    const { verdict } = checkDraft(
      { subject: 'Ansökan', body, to: [], cc: [], bcc: [], attachments: [] },
      { today, policy: DEFAULT_POLICY },
    );
    const { people, leftOut } = await mailPeople(
      'Ansökan.eml',
      eml('From: Anna Svensson <anna.svensson@example.se>\r\nTo: Lena Ek <lena@vinnter.se>, bo@example.com'),
      'lena@vinnter.se',
      { findings: verdict.findings, today },
    );
    expect(people).toEqual([
      { name: 'Anna Svensson', address: 'anna.svensson@example.se' },
      { name: 'Maria Lindqvist' },
      { name: '200002292399' },
      { address: 'bo@example.com' },
    ]);
    expect(leftOut).toBe(0);
  });

  it.each([
    ['a .msg file', 'x.msg', eml('From: a@b.se')],
    ['a message without people', 'x.eml', eml('X-Other: 1')],
  ])('gives nobody for %s', async (_label, name, bytes) => {
    expect(await mailPeople(name, bytes, 'lena@vinnter.se')).toEqual({ people: [], leftOut: 0 });
  });
});
