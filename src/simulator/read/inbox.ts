/**
 * The read simulator's inbox: a few received messages to try the read pane on — a CV with a personnummer, a
 * clean one, one with a health note, a course's participant list with more people than an archived copy names. Their item ids are EWS-shaped (with `/` and `+`) so the REST id
 * conversion is exercised. All values are made up (the personnummer is Luhn-valid, no real person).
 */
import { encodeBase64, encodeUtf8 } from '../../addin/base64';
import { participantList } from './participants';

export interface InboxAttachment {
  readonly id: string;
  readonly name: string;
  readonly contentType: string;
  readonly base64: string;
  readonly size: number;
}

export interface InboxMessage {
  /** EWS id, as `item.itemId` gives it. */
  readonly itemId: string;
  readonly subject: string;
  readonly from: { readonly displayName: string; readonly emailAddress: string };
  readonly to: readonly { readonly displayName: string; readonly emailAddress: string }[];
  readonly received: string;
  readonly body: string;
  readonly attachments: readonly InboxAttachment[];
}

/** The simulated signed-in user (the owner of anything archived). */
export const INBOX_USER = { displayName: 'Maria Holm', emailAddress: 'maria.holm@vinnter.se' };

function textFile(id: string, name: string, text: string): InboxAttachment {
  const bytes = encodeUtf8(text);
  return { id, name, contentType: 'text/plain', base64: encodeBase64(bytes), size: bytes.length };
}

const CV = [
  'Curriculum vitae',
  '',
  'Anna Lind',
  'Personnummer: 850412-1230',
  'Adress: Storgatan 12, 411 38 Göteborg',
  '',
  'Erfarenhet',
  'Systemutvecklare, Exempel AB',
  'Utbildning: civilingenjör, Chalmers',
  '',
].join('\n');

export const INBOX: readonly InboxMessage[] = [
  {
    itemId: 'AAMkSimInbox/cv+0001=',
    subject: 'Ansökan: systemutvecklare',
    from: { displayName: 'Anna Lind', emailAddress: 'anna.lind@example.com' },
    to: [INBOX_USER],
    received: '2026-12-03T09:14:00Z',
    body: 'Hej!\n\nHär kommer min ansökan till tjänsten som systemutvecklare. Mitt CV är bifogat.\n\nVänliga hälsningar\nAnna Lind\n',
    attachments: [textFile('att-cv', 'CV Anna Lind.txt', CV)],
  },
  {
    itemId: 'AAMkSimInbox/lunch+0002=',
    subject: 'Lunch på fredag?',
    from: { displayName: 'Olof Ek', emailAddress: 'olof.ek@vinnter.se' },
    to: [INBOX_USER],
    received: '2026-12-03T10:02:00Z',
    body: 'Hej! Ska vi ta lunch på fredag? Jag bokar bord på det nya stället vid torget.\n',
    attachments: [],
  },
  {
    itemId: 'AAMkSimInbox/health+0003=',
    subject: 'Borta resten av veckan',
    from: { displayName: 'Erik Berg', emailAddress: 'erik.berg@vinnter.se' },
    to: [INBOX_USER],
    received: '2026-12-03T11:30:00Z',
    body: 'Hej Maria,\n\nJag är sjukskriven resten av veckan efter operationen i knät. Läkaren säger att jag får vila minst tio dagar.\n\nHälsningar\nErik\n',
    attachments: [],
  },
  {
    itemId: 'AAMkSimInbox/course+0004=',
    subject: 'Deltagarlista: första hjälpen 14 januari',
    from: { displayName: 'Kursadministrationen', emailAddress: 'kurs@example.com' },
    to: [INBOX_USER],
    received: '2026-12-03T13:45:00Z',
    body: 'Hej Maria,\n\nHär är deltagarlistan till kursen i första hjälpen. Kontrollera gärna att alla från er är med.\n\nHälsningar\nKursadministrationen\n',
    attachments: [textFile('att-course', 'Deltagare första hjälpen.txt', participantList())],
  },
];

/** `/` → `-`, `+` → `_`: what `convertToRestId` does to an EWS id for REST v2.0 and Graph. */
export function restIdOf(itemId: string): string {
  return itemId.replace(/\//g, '-').replace(/\+/g, '_');
}
