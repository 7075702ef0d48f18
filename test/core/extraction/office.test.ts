/**
 * Office formats built part by part, to pin down the structure rules: header cells, number styles,
 * repeats, hidden sheets, comments, notes, properties.
 */
import { extract } from '../../../src/core/extraction';
import type { ExtractionResult } from '../../../src/core/extraction';
import { stillClock } from './clock';
import { docxOf, paragraphs, zipOf } from './builders/zip';

const textOf = (result: ExtractionResult): string =>
  result.kind === 'text' || result.kind === 'partial' ? result.text : '';
const cellsOf = (result: ExtractionResult): [string, string][] =>
  result.kind === 'text'
    ? (result.cells ?? []).map((c) => [result.text.slice(c.start, c.end), c.header])
    : [];

const WORKBOOK = {
  '[Content_Types].xml': '<Types/>',
  'xl/workbook.xml':
    '<workbook xmlns:r="r"><workbookPr/><sheets><sheet name="Lista" sheetId="1" r:id="rId1"/><sheet name="Gömd" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
  'xl/sharedStrings.xml':
    '<sst><si><t>Namn</t></si><si><r><t>Person</t></r><r><t>nummer</t></r><rPh><t>ignored</t></rPh></si><si><t>Anna &amp; Bo</t></si></sst>',
  'xl/styles.xml':
    '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="000000-0000"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>',
  'xl/worksheets/sheet1.xml':
    '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>Född</t></is></c></row>' +
    '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="C2" s="2"><v>2292399</v></c><c r="D2" s="1"><v>36585</v></c><c r="E2" t="b"><v>1</v></c></row></sheetData></worksheet>',
  'xl/worksheets/sheet2.xml':
    '<worksheet><sheetData><row r="1"><c r="B1" t="str"><f>A1</f><v>hemlig</v></c></row></sheetData></worksheet>',
  'xl/comments1.xml':
    '<comments><commentList><comment ref="C2"><text><r><t>Kontrollera numret</t></r></text></comment></commentList></comments>',
  'docProps/core.xml':
    '<cp:coreProperties xmlns:cp="cp" xmlns:dc="dc"><dc:creator>Anna Svensson</dc:creator><cp:lastModifiedBy>Bo Ek</cp:lastModifiedBy></cp:coreProperties>',
};

describe('xlsx', () => {
  it('shows sheets in order (hidden too), cells formatted, columns aligned, comments and properties', async () => {
    const result = await extract(zipOf(WORKBOOK), 'a.xlsx', stillClock);
    expect(textOf(result)).toBe(
      'Sheet: Lista\nNamn\t\tPersonnummer\tFödd\nAnna & Bo\t\t000229-2399\t2000-02-29\tTRUE\n\n' +
        'Sheet: Gömd (hidden)\n\themlig\n\n' +
        'Kontrollera numret\nAuthor: Anna Svensson\nLast modified by: Bo Ek\n',
    );
  });

  it('tags each value with the header of its column', async () => {
    expect(cellsOf(await extract(zipOf(WORKBOOK), 'a.xlsx', stillClock))).toEqual([
      ['Anna & Bo', 'Namn'],
      ['000229-2399', 'Personnummer'],
      ['2000-02-29', 'Född'],
      ['TRUE', ''],
    ]);
  });

  it('an empty shared string written `<t/>` or `<si/>` hides none of the strings after it', async () => {
    const workbook = {
      ...WORKBOOK,
      'xl/sharedStrings.xml':
        '<sst><si><t>Namn</t></si><si><t/></si><si/><si><t>Personnummer</t></si><si><t>Anna</t></si></sst>',
      'xl/worksheets/sheet1.xml':
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="D2" t="inlineStr"><is><t>000229-2399</t></is></c></row></sheetData></worksheet>',
    };
    expect(cellsOf(await extract(zipOf(workbook), 'a.xlsx', stillClock))).toEqual([
      ['Anna', 'Namn'],
      ['000229-2399', 'Personnummer'],
    ]);
  });

  it('reads .xlsm the same way (macros are not content)', async () => {
    expect(
      textOf(await extract(zipOf({ ...WORKBOOK, 'xl/vbaProject.bin': 'binary' }), 'a.xlsm', stillClock)),
    ).toContain('000229-2399');
  });
});

const ODS_CONTENT =
  '<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>' +
  '<table:table table:name="Personal"><table:table-row><table:table-cell><text:p>Namn</text:p></table:table-cell><table:table-cell><text:p>Personnummer</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row>' +
  '<table:table-row table:number-rows-repeated="2"><table:table-cell><text:p>Anna</text:p><text:p>Berg</text:p><office:annotation><text:p>ny</text:p></office:annotation></table:table-cell><table:table-cell office:value-type="float" office:value="2292399"><text:p>000229-2399</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row>' +
  '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>' +
  '</table:table></office:spreadsheet></office:body></office:document-content>';

describe('ODF', () => {
  it('ods: repeated rows written, padding cells and empty rows dropped, annotations after the sheet', async () => {
    const ods = zipOf({
      mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
      'content.xml': ODS_CONTENT,
    });
    const result = await extract(ods, 'a.ods', stillClock);
    expect(textOf(result)).toBe(
      'Sheet: Personal\nNamn\tPersonnummer\nAnna Berg\t000229-2399\nAnna Berg\t000229-2399\n\nny\n',
    );
    expect(cellsOf(result)).toContainEqual(['000229-2399', 'Personnummer']);
  });

  it('ods: an empty cell written self-closing is one cell, so later cells keep their column', async () => {
    const content =
      '<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>' +
      '<table:table table:name="P"><table:table-row><table:table-cell><text:p>Namn</text:p></table:table-cell><table:table-cell><text:p>Avd</text:p></table:table-cell><table:table-cell><text:p>Personnummer</text:p></table:table-cell></table:table-row>' +
      '<table:table-row><table:table-cell><text:p>Anna</text:p></table:table-cell><table:table-cell/><table:table-cell><text:p>000229-2399</text:p></table:table-cell></table:table-row>' +
      '</table:table></office:spreadsheet></office:body></office:document-content>';
    const ods = zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': content });
    expect(cellsOf(await extract(ods, 'a.ods', stillClock))).toContainEqual(['000229-2399', 'Personnummer']);
  });

  it('odt: footnote marks do not run into the text; headers from styles.xml; author from meta.xml', async () => {
    const odt = zipOf({
      mimetype: 'application/vnd.oasis.opendocument.text',
      'content.xml':
        '<office:document-content xmlns:text="x"><text:p>Nr 000229-2399<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Fotnot</text:p></text:note-body></text:note></text:p></office:document-content>',
      'styles.xml':
        '<office:document-styles xmlns:office="o"><office:styles><text:p>not this</text:p></office:styles><office:master-styles><style:header><text:p>Sidhuvud</text:p></style:header></office:master-styles></office:document-styles>',
      'meta.xml':
        '<office:document-meta><office:meta><meta:initial-creator>Anna</meta:initial-creator></office:meta></office:document-meta>',
    });
    expect(textOf(await extract(odt, 'a.odt', stillClock))).toBe(
      'Nr 000229-2399\nFotnot\n\n\nSidhuvud\n\nAuthor: Anna\n',
    );
  });
});

describe('docx and pptx', () => {
  it('docx: tables, tabs and breaks, headers, footnotes, comments and properties', async () => {
    const body =
      paragraphs(['Avtal']) +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Namn</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Anna</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      '<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:instrText>HYPERLINK</w:instrText></w:r></w:p>';
    const docx = docxOf(body, {
      'word/header1.xml': `<w:hdr xmlns:w="w">${paragraphs(['Sidhuvud'])}</w:hdr>`,
      'word/footnotes.xml': `<w:footnotes xmlns:w="w"><w:footnote>${paragraphs(['Fotnot'])}</w:footnote></w:footnotes>`,
      'word/comments.xml': `<w:comments xmlns:w="w"><w:comment>${paragraphs(['Kommentar 000229-2399'])}</w:comment></w:comments>`,
      'docProps/app.xml': '<Properties><Company>Vinnter AB</Company><Manager>Bo Ek</Manager></Properties>',
    });
    expect(textOf(await extract(docx, 'a.docx', stillClock))).toBe(
      'Avtal\nNamn \tAnna \t\na\tb\nc\n\nSidhuvud\n\nFotnot\n\nKommentar 000229-2399\n\nCompany: Vinnter AB\nManager: Bo Ek\n',
    );
  });

  it('pptx: slides in numeric order, then notes', async () => {
    const slide = (text: string): string =>
      `<p:sld xmlns:p="p" xmlns:a="a"><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:sld>`;
    const pptx = zipOf({
      '[Content_Types].xml': '<Types/>',
      'ppt/presentation.xml': '<p:presentation/>',
      'ppt/slides/slide10.xml': slide('tio'),
      'ppt/slides/slide2.xml': slide('två'),
      'ppt/slides/slide1.xml': slide('ett'),
      'ppt/notesSlides/notesSlide1.xml': slide('anteckning'),
    });
    expect(textOf(await extract(pptx, 'a.pptx', stillClock))).toBe('ett\n\ntvå\n\ntio\n\nanteckning\n\n');
  });
});
