/**
 * On send, invitations and contact cards are read as plain text (src/onsend/calendar-as-text.ts): nothing
 * in them goes unread, a stranger's card still warns, and the sender's own card stays quiet.
 */
import { extractIcs, extractVcf } from '../../src/onsend/calendar-as-text';
import { checkDraft } from '../../src/core/draft';
import { DEFAULT_LIMITS } from '../../src/core/extraction';
import { DEFAULT_POLICY } from '../../src/core/policy';

const ctx = { limits: DEFAULT_LIMITS, now: () => 0, deadline: Number.POSITIVE_INFINITY, depth: 0 };
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function card(name: string, email: string, phone: string): string {
  return `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nEMAIL;TYPE=INTERNET:${email}\r\nTEL;TYPE=CELL:${phone}\r\nEND:VCARD\r\n`;
}

function verdictWith(attachment: string): string {
  const result = extractVcf(bytes(attachment), ctx as never);
  const text = result.kind === 'text' ? result.text : '';
  return (
    checkDraft(
      {
        subject: 'Kontaktuppgifter',
        body: 'Hej,\n\nse bifogat kort.\n\nMvh\nAnna',
        to: [{ address: 'per@kund.se' }],
        cc: [],
        bcc: [],
        from: { address: 'anna.berg@vinnter.se', name: 'Anna Berg' },
        attachments: [{ name: 'kort.vcf', size: attachment.length, content: result }],
      },
      { today: { year: 2026, month: 12, day: 6 }, policy: DEFAULT_POLICY },
    ).verdict.kind + (text.includes('TEL;TYPE=CELL') ? '' : ' (not read)')
  );
}

describe('calendar files on send', () => {
  it('reads every line of an invitation and a card', () => {
    const ics =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Uppföljning\r\nATTENDEE;CN=Per Ek:mailto:per@kund.se\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const read = extractIcs(bytes(ics), ctx as never);
    expect(read.kind).toBe('text');
    expect(read.kind === 'text' ? read.text : '').toContain('ATTENDEE;CN=Per Ek:mailto:per@kund.se');
  });

  it('a stranger’s card warns', () => {
    expect(verdictWith(card('Lisa Holm', 'lisa.holm@gmail.com', '070-174 06 91'))).toBe('warn');
  });

  it('the sender’s own card stays quiet', () => {
    expect(verdictWith(card('Anna Berg', 'anna.berg@vinnter.se', '070-174 06 92'))).toBe('allow');
  });
});
