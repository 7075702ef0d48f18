import { parseMessage } from '../../../src/core/extraction';
import { buildEml } from './builders/mime';
import { stillClock } from './clock';

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

describe('parseMessage', () => {
  it('reads headers, recipients and a plain text body', async () => {
    const eml = buildEml({
      subject: 'Lönelista för mars',
      to: 'Bertil Berg <bertil@example.com>, group: c1@example.com, c2@example.com;',
      cc: 'Cilla <cilla@example.com>',
      text: 'Hej!\nPersonnummer 000229-2399 finns i bilagan.',
    });
    const draft = await parseMessage(eml, stillClock);
    expect(draft.subject).toBe('Lönelista för mars');
    expect(draft.from).toEqual({ address: 'anna@vinnter.se', name: 'Anna Svensson' });
    expect(draft.to).toEqual([
      { address: 'bertil@example.com', name: 'Bertil Berg' },
      { address: 'c1@example.com' },
      { address: 'c2@example.com' },
    ]);
    expect(draft.cc).toEqual([{ address: 'cilla@example.com', name: 'Cilla' }]);
    expect(draft.bcc).toEqual([]);
    expect(draft.body).toContain('000229-2399');
    expect(draft.attachments).toEqual([]);
  });

  it('reads the HTML part, what a reader sees, when both exist', async () => {
    const eml = buildEml({
      subject: 's',
      text: 'The list is in the HTML version.',
      html: '<p>Deltagere:</p><table><tr><td><p>Kari</p></td><td><p>epilepsi</p></td></tr></table>',
    });
    expect((await parseMessage(eml, stillClock)).body).toBe('Deltagere:\nKari\tepilepsi');
  });

  it('falls back to text/plain when the HTML part is empty', async () => {
    const eml = buildEml({ subject: 's', text: 'plain version', html: '   ' });
    expect((await parseMessage(eml, stillClock)).body).toBe('plain version');
  });

  it('converts an HTML-only body with htmlToText', async () => {
    const eml = buildEml({
      subject: 's',
      html: '<html><head><style>p{}</style></head><p>Hej&nbsp;du</p><p>Rad&aring;</p></html>',
    });
    expect((await parseMessage(eml, stillClock)).body).toBe('Hej\u00a0du\nRadå');
  });

  it('extracts attachments: csv with header cells, text, html and images', async () => {
    const eml = buildEml({
      subject: 'bilagor',
      text: 'se bilagor',
      attachments: [
        { name: 'kunder.csv', contentType: 'text/csv', bytes: utf8('Namn;Personnummer\nAnna;000229-2399\n') },
        { name: 'note.txt', contentType: 'text/plain', bytes: utf8('hello') },
        { name: 'page.html', contentType: 'text/html', bytes: utf8('<h1>Title</h1><p>x</p>') },
        {
          name: 'logo.png',
          contentType: 'image/png',
          bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
        },
      ],
    });
    const draft = await parseMessage(eml, stillClock);
    const [csv, txt, html, png] = draft.attachments;
    expect(csv?.name).toBe('kunder.csv');
    expect(csv?.content).toEqual({
      kind: 'text',
      text: 'Namn\tPersonnummer\nAnna\t000229-2399\n',
      cells: [
        { start: 18, end: 22, header: 'Namn' },
        { start: 23, end: 34, header: 'Personnummer' },
      ],
      regions: [
        { kind: 'row', row: 1, start: 0, end: 18 },
        { kind: 'row', row: 2, start: 18, end: 35 },
      ],
    });
    expect(txt?.content).toEqual({
      kind: 'text',
      text: 'hello',
      regions: [{ kind: 'lines', start: 0, end: 5 }],
    });
    expect(html?.content).toEqual({ kind: 'text', text: 'Title\nx' });
    expect(png?.content).toMatchObject({ kind: 'unsupported', image: true });
  });

  it('never throws: garbage still gives a draft', async () => {
    const draft = await parseMessage(new Uint8Array([0, 1, 2, 3, 255]), stillClock);
    expect(draft.subject).toBe('');
  });
});
