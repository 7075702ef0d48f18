/**
 * Small Office files built in memory with fflate, for on-send tests: a staff list (xlsx with personnummer),
 * a telemetry sheet (xlsx, no personal data), health notes (docx). The personnummer are test numbers from
 * the personnummer project's shared list (test/data/personnummer/list.json, MIT).
 */
import { strToU8, zipSync } from 'fflate';

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A one-sheet workbook with inline-string cells; the first row is the header. */
export function xlsx(rows: readonly (readonly string[])[]): Uint8Array {
  const col = (i: number): string => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map(
      (row, r) =>
        `<row r="${r + 1}">${row
          .map((cell, c) => `<c r="${col(c)}${r + 1}" t="inlineStr"><is><t>${escape(cell)}</t></is></c>`)
          .join('')}</row>`,
    )
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
    ),
  });
}

/** A Word document with one paragraph per string. */
export function docx(paragraphs: readonly string[]): Uint8Array {
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`)
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/** Valid test personnummer (long-lived test numbers, checksums valid). */
export const TEST_PERSONNUMMER = ['000229-2399', '570428-9999', '460823-9986', '000405-9937'] as const;

export const STAFF_LIST = (): Uint8Array =>
  xlsx([
    ['Namn', 'Personnummer', 'Avdelning'],
    ['Anna Svensson', TEST_PERSONNUMMER[0], 'Ekonomi'],
    ['Erik Johansson', TEST_PERSONNUMMER[1], 'IT'],
    ['Maria Karlsson', TEST_PERSONNUMMER[2], 'HR'],
  ]);

export const TELEMETRY = (): Uint8Array =>
  xlsx([
    ['Timestamp', 'Sensor', 'Temperature', 'Firmware build'],
    ['2024-03-01T10:00:00Z', 'TS-0042', '21.5', '4.2.1'],
    ['2024-03-01T10:05:00Z', 'TS-0042', '21.7', '4.2.1'],
    ['2024-03-01T10:10:00Z', 'TS-0043', '19.9', '4.2.1'],
  ]);

export const HEALTH_NOTES = (): Uint8Array =>
  docx([
    'Rehabiliteringsmöte med Erik Johansson',
    'Erik är sjukskriven sedan mars på grund av utmattningssyndrom och har fått läkarintyg från vårdcentralen.',
    'Vi planerar anpassning av arbetsplats tillsammans med företagshälsovården.',
  ]);

/**
 * The shape of a password-protected Office file (MS-OFFCRYPTO): a Compound File Binary container, magic
 * D0 CF 11 E0 A1 B1 1A E1, holding an `EncryptedPackage` stream (directory names are UTF-16LE). Only the
 * parts a reader sniffs are real; the rest is padding.
 */
export const ENCRYPTED_DOCX = (): Uint8Array => {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
  const bytes = new Uint8Array(2048);
  bytes.set(magic, 0);
  bytes.set(name, 1024);
  return bytes;
};

/** A customer list: 12 people with e-mail addresses and phone numbers (bulk personal data, no P2 data). */
export const CUSTOMER_LIST = (): Uint8Array =>
  xlsx([
    ['Namn', 'E-post', 'Telefon', 'Ort'],
    ...[
      'Åsa Öberg',
      'Pär Ström',
      'Lena Ärlig',
      'Karin Holm',
      'Johan Berg',
      'Sara Lind',
      'Olof Ek',
      'Eva Sjö',
      'Nils Dahl',
      'Ida Strand',
      'Mats Björk',
      'Anna Falk',
    ].map((name, i) => [
      name,
      `${name.split(' ')[0]?.toLowerCase()}.kund${i}@example.com`,
      `070-${100 + i} ${10 + i} ${20 + i}`,
      'Malmö',
    ]),
  ]);
