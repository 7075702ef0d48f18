/**
 * Objects embedded in office documents are read like attachments (same depth, size and time budget); what
 * cannot be read is reported, and the draft is then never clean.
 */
import { unzipSync } from 'fflate';
import { checkDraft, type Draft } from '../../../src/core/draft';
import { extract } from '../../../src/core/extraction';
import type { ExtractionResult } from '../../../src/core/extraction';
import { DEFAULT_POLICY } from '../../../src/core/policy';
import { stillClock } from './clock';
import { docxOf, paragraphs, zipOf } from './builders/zip';

const PNR = '850709-9805';
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function xlsxOf(cells: readonly string[], extra: { readonly [name: string]: Uint8Array } = {}): Uint8Array {
  const row = cells.map((c) => `<c t="inlineStr"><is><t>${c}</t></is></c>`).join('');
  return zipOf({
    '[Content_Types].xml': '<Types/>',
    'xl/workbook.xml':
      '<workbook xmlns:r="r"><sheets><sheet name="Lista" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<worksheet><sheetData><row>${row}</row></sheetData></worksheet>`,
    ...extra,
  });
}

function pptxOf(extra: { readonly [name: string]: Uint8Array }): Uint8Array {
  return zipOf({
    '[Content_Types].xml': '<Types/>',
    'ppt/presentation.xml': '<p:presentation/>',
    'ppt/slides/slide1.xml': '<p:sld><a:p><a:r><a:t>Kvartalet</a:t></a:r></a:p></p:sld>',
    ...extra,
  });
}

function oleObject(): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set(CFB_MAGIC);
  return bytes;
}

function members(result: ExtractionResult): readonly { name: string; kind: string; text: string }[] {
  if (result.kind !== 'text' && result.kind !== 'partial') throw new Error(`${result.kind}`);
  return (result.members ?? []).map((m) => ({
    name: m.name,
    kind: m.result.kind,
    text: m.result.kind === 'text' || m.result.kind === 'partial' ? m.result.text : m.result.reason,
  }));
}

function draftWith(name: string, content: ExtractionResult): Draft {
  return { subject: '', body: '', to: [], cc: [], bcc: [], attachments: [{ name, size: 1, content }] };
}

const check = (draft: Draft) =>
  checkDraft(draft, { today: { year: 2026, month: 12, day: 4 }, policy: DEFAULT_POLICY });

describe('embedded objects', () => {
  it('reads a worksheet embedded in a Word document, and the finding names it', async () => {
    const docx = docxOf(paragraphs(['Se tabellen nedan.']), {});
    const withSheet = zipOf({
      ...unzipNames(docx),
      'word/embeddings/Microsoft_Excel_Worksheet.xlsx': xlsxOf(['Personnummer', PNR]),
    });
    const result = await extract(withSheet, 'rapport.docx', stillClock);
    expect(members(result)).toEqual([
      expect.objectContaining({
        name: 'word/embeddings/Microsoft_Excel_Worksheet.xlsx',
        kind: 'text',
        text: expect.stringContaining(PNR) as unknown,
      }),
    ]);
    const { verdict } = check(draftWith('rapport.docx', result));
    expect(verdict.kind).toBe('block');
    expect(verdict.findings[0]?.where.attachment).toBe(
      'rapport.docx/word/embeddings/Microsoft_Excel_Worksheet.xlsx',
    );
  });

  it('reads a document embedded in a workbook and in a presentation', async () => {
    const inner = docxOf(paragraphs([`Personnummer ${PNR}`]));
    const xlsx = xlsxOf(['Summa'], { 'xl/embeddings/Microsoft_Word_Document.docx': inner });
    const pptx = pptxOf({ 'ppt/embeddings/Microsoft_Word_Document1.docx': inner });
    for (const [file, name] of [
      [xlsx, 'a.xlsx'],
      [pptx, 'a.pptx'],
    ] as const) {
      const result = await extract(file, name, stillClock);
      expect(members(result)[0]).toMatchObject({
        kind: 'text',
        text: expect.stringContaining(PNR) as unknown,
      });
    }
  });

  it('reports an OLE object it cannot read, and the draft is not clean', async () => {
    const docx = zipOf({
      ...unzipNames(docxOf(paragraphs(['Hej']))),
      'word/embeddings/oleObject1.bin': oleObject(),
    });
    const result = await extract(docx, 'a.docx', stillClock);
    expect(members(result)).toEqual([
      {
        name: 'word/embeddings/oleObject1.bin',
        kind: 'unsupported',
        text: expect.stringContaining('embedded object that could not be read') as unknown,
      },
    ]);
    const { verdict } = check(draftWith('a.docx', result));
    expect(verdict.kind).toBe('warn');
    expect(verdict.errors).toEqual([
      expect.objectContaining({ attachment: 'a.docx/word/embeddings/oleObject1.bin', code: 'unsupported' }),
    ]);
  });

  it('reads an OpenDocument sub-document and reports an OLE object, ignoring preview pictures', async () => {
    const odt = zipOf({
      mimetype: 'application/vnd.oasis.opendocument.text',
      'content.xml':
        '<office:document-content xmlns:text="x"><text:p>Se tabellen</text:p></office:document-content>',
      'META-INF/manifest.xml':
        '<manifest:manifest xmlns:manifest="m"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
        '<manifest:file-entry manifest:full-path="Object 1/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
        '<manifest:file-entry manifest:full-path="Object 2" manifest:media-type="application/vnd.sun.star.oleobject"/></manifest:manifest>',
      'Object 1/content.xml':
        '<office:document-content xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet><table:table table:name="B"><table:table-row>' +
        `<table:table-cell><text:p>Personnummer</text:p></table:table-cell><table:table-cell><text:p>${PNR}</text:p></table:table-cell>` +
        '</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>',
      'Object 2': oleObject(),
      'ObjectReplacements/Object 1': new Uint8Array([1, 2, 3]),
    });
    const result = await extract(odt, 'a.odt', stillClock);
    expect(members(result)).toEqual([
      expect.objectContaining({ name: 'Object 2', kind: 'unsupported' }),
      expect.objectContaining({
        name: 'Object 1',
        kind: 'text',
        text: expect.stringContaining(PNR) as unknown,
      }),
    ]);
  });

  it('keeps to the depth budget: documents embedded in each other stop at the limit, reported', async () => {
    let file = docxOf(paragraphs([`Personnummer ${PNR}`]));
    for (let level = 0; level < 6; level++) {
      file = zipOf({
        ...unzipNames(docxOf(paragraphs([`Nivå ${level}`]))),
        'word/embeddings/inner.docx': file,
      });
    }
    const result = await extract(file, 'deep.docx', stillClock);
    const { verdict } = check(draftWith('deep.docx', result));
    expect(verdict.errors).toEqual([
      expect.objectContaining({
        code: 'too-large',
        message: expect.stringContaining('levels deep') as unknown,
      }),
    ]);
    expect(verdict.kind).toBe('warn');
  });
});

/** The entries of a zip made by the builders, to add more to it. */
function unzipNames(zip: Uint8Array): { [name: string]: Uint8Array } {
  return unzipSync(zip);
}
