// The people of an archived .eml, as the sweep sends them to the vault: sender and recipients, not the owner.
import { mailPeople } from '../../../src/cli/sweep/mail-people';

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

  it.each([
    ['a .msg file', 'x.msg', eml('From: a@b.se')],
    ['a message without people', 'x.eml', eml('X-Other: 1')],
  ])('gives nobody for %s', async (_label, name, bytes) => {
    expect(await mailPeople(name, bytes, 'lena@vinnter.se')).toEqual({ people: [], leftOut: 0 });
  });
});
