/**
 * The text formats read without external tools: CSV/TSV, RTF, iCalendar, vCard, JSON, XML, and the
 * spreadsheet number formats.
 */
import { extract } from '../../../src/core/extraction';
import type { ExtractionResult } from '../../../src/core/extraction';
import { detectDelimiter } from '../../../src/core/extraction/formats/csv';
import { classifyFormat, formatNumber } from '../../../src/core/extraction/formats/number-format';
import { rtfToText } from '../../../src/core/extraction/formats/rtf';
import { stillClock } from './clock';

const run = (content: string, name: string): Promise<ExtractionResult> =>
  extract(Buffer.from(content, 'utf8'), name, stillClock);
const textOf = (result: ExtractionResult): string =>
  result.kind === 'text' || result.kind === 'partial' ? result.text : '';

describe('CSV', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['semicolon (Swedish exports)', 'Namn;Ort\nÅsa;Malmö, Skåne\n', ';'],
    ['tab', 'a\tb\n1\t2\n', '\t'],
    ['pipe', 'a|b|c\n1|2|3\n', '|'],
    ['commas inside quotes do not count', '"Berg, Johan";Malmö\n"Lind, Sara";Umeå\n', ';'],
  ])('detects the %s delimiter', (_label, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('unquotes values, keeps quoted delimiters and newlines, and tags cells with headers', async () => {
    const result = await run('Namn,Anteckning\r\n"Berg, Johan","rad1\nrad2 ""citat"""\r\n', 'x.csv');
    const text = textOf(result);
    expect(text).toBe('Namn\tAnteckning\nBerg, Johan\trad1\nrad2 "citat"\n');
    const cells = result.kind === 'text' ? (result.cells ?? []) : [];
    expect(cells.map((c) => [text.slice(c.start, c.end), c.header])).toEqual([
      ['Berg, Johan', 'Namn'],
      ['rad1\nrad2 "citat"', 'Anteckning'],
    ]);
  });

  it('uses the first non-empty row as header', async () => {
    const result = await run('\n,\nPersonnummer\n000229-2399\n', 'x.csv');
    const cells = result.kind === 'text' ? (result.cells ?? []) : [];
    expect(cells).toEqual([expect.objectContaining({ header: 'Personnummer' })]);
  });

  it('reads .tsv as tab-separated even when commas dominate', async () => {
    expect(textOf(await run('a,b\tc,d\n1,2\t3,4\n', 'x.tsv'))).toBe('a,b\tc,d\n1,2\t3,4\n');
  });
});

describe('RTF', () => {
  it.each([
    ['plain paragraphs', '{\\rtf1\\ansi Hello\\par World}', 'Hello\nWorld'],
    ['hex escapes are Windows-1252', "{\\rtf1 G\\'f6teborg \\'e5\\'e4}", 'Göteborg åä'],
    ['unicode escapes skip their fallback', '{\\rtf1\\uc1 \\u8212?dash}', '—dash'],
    [
      'font and colour tables are skipped',
      '{\\rtf1{\\fonttbl{\\f0 Arial;}}{\\colortbl;\\red0;}Text}',
      'Text',
    ],
    ['ignorable destinations are skipped', '{\\rtf1{\\*\\generator Writer}Body}', 'Body'],
    ['escaped braces and backslashes', '{\\rtf1 a\\{b\\}c\\\\d}', 'a{b}c\\d'],
    ['table cells', '{\\rtf1 A\\cell B\\cell\\row}', 'A\tB\t\n'],
  ])('%s', (_label, rtf, expected) => {
    expect(rtfToText(rtf)).toBe(expected);
  });
});

describe('iCalendar and vCard', () => {
  it('unfolds lines, unescapes values and names attendees', async () => {
    const ics =
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Tandläkare\\, kontroll\r\nDESCRIPTION:Rad ett\\nrad\r\n  två\r\nATTENDEE;CN="Berg, Johan":mailto:johan@example.se\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(textOf(await run(ics, 'a.ics'))).toBe(
      '\nSummary: Tandläkare, kontroll\nDescription: Rad ett\nrad två\nAttendee: Berg, Johan <johan@example.se>\n',
    );
  });

  it('reads every vCard field, including vCard 2.1 quoted-printable', async () => {
    const vcf =
      'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96berg;=C3=85sa\r\nTEL;CELL:0701234567\r\nX-PERSONNUMMER:19570428-9999\r\nPHOTO;ENCODING=BASE64:AAAA\r\nEND:VCARD\r\n';
    expect(textOf(await run(vcf, 'a.vcf'))).toBe(
      '\nStructured name: Öberg Åsa\nPhone: 0701234567\nX-PERSONNUMMER: 19570428-9999\n',
    );
  });
});

describe('JSON and XML', () => {
  it('writes JSON as path: value lines so keys are context', async () => {
    expect(
      textOf(await run('{"person":{"personnummer":"000229-2399","tel":["070-1234567"]},"n":5}', 'a.json')),
    ).toBe('person.personnummer: 000229-2399\nperson.tel[0]: 070-1234567\nn: 5\n');
  });

  it('reads invalid JSON as plain text', async () => {
    expect(textOf(await run('{"a": 000229-2399', 'a.json'))).toBe('{"a": 000229-2399');
  });

  it('reads XML element text', async () => {
    expect(textOf(await run('<r><name>Anna</name><id>000229-2399</id></r>', 'a.xml'))).toBe(
      'Anna\n000229-2399\n',
    );
  });

  it('skips a DOCTYPE in plain XML without expanding its entities', async () => {
    const laughs =
      '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><r>&b; 000229-2399</r>';
    expect(textOf(await run(laughs, 'a.xml'))).toBe('&b; 000229-2399\n');
  });
});

describe('spreadsheet number formats', () => {
  it.each([
    ['built-in date (14)', 14, undefined, '45727', '2025-03-11'],
    ['built-in date-time (22)', 22, undefined, '45727.3333333333', '2025-03-11 08:00:00'],
    ['built-in time (20)', 20, undefined, '0.5', '12:00:00'],
    ['custom ISO date', 164, 'yyyy\\-mm\\-dd', '45727', '2025-03-11'],
    ['custom date-time', 165, 'yyyy-mm-dd hh:mm:ss', '45727.25', '2025-03-11 06:00:00'],
    ['percent', 9, undefined, '0.256', '26%'],
    ['personnummer digits pattern', 166, '000000-0000', '2292399', '000229-2399'],
    ['general float noise', 0, undefined, '0.30000000000000004', '0.3'],
    ['general integer', 0, undefined, '8112289874', '8112289874'],
    ['currency is not a date', 167, '#,##0.00 "kr"', '1234.5', '1234.5'],
  ])('%s', (_label, id, code, raw, shown) => {
    expect(formatNumber(raw, classifyFormat(id, code), false)).toBe(shown);
  });
});
