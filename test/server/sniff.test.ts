import { checkType, sniff } from '../../src/server/pipeline/sniff';
import { parseFileName } from '../../src/server/pipeline/file-name';
import { parseRecipients } from '../../src/contract';
import { isUploadResponse } from '../../src/contract/check';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('content sniffing against the file name', () => {
  it.each([
    ['a PDF', text('%PDF-1.7\n'), 'offert.pdf'],
    ['a docx (zip)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0), 'cv.docx'],
    ['an xls (OLE)', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'lön.xls'],
    [
      'a password-protected xlsx (OLE container)',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      'löner 2025.xlsx',
    ],
    ['a CSV in UTF-8', text('namn;ort\nÅsa;Umeå\n'), 'lista.csv'],
    ['an empty text file', new Uint8Array(0), 'tom.txt'],
    ['binary under an unknown extension', bytes(1, 2, 3, 0, 255), 'data.bin'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'bild.png'],
    [
      'a UTF-16 text export (Excel "Unicode text")',
      bytes(0xff, 0xfe, 0x4e, 0, 0x61, 0, 0x6d, 0, 0x6e, 0),
      'export.txt',
    ],
  ])('accepts %s (true negative)', (_label, head, name) => {
    expect(checkType(name, head).kind).toBe('ok');
  });

  it.each([
    ['an .exe named .pdf', bytes(0x4d, 0x5a, 0x90, 0), 'faktura.pdf', 'type-mismatch'],
    ['an ELF named .txt', bytes(0x7f, 0x45, 0x4c, 0x46, 2), 'notes.txt', 'type-mismatch'],
    ['a PE under an unknown extension', bytes(0x4d, 0x5a, 0x90, 0), 'update.dat', 'type-mismatch'],
    ['a shell script named .csv', text('#!/bin/sh\n'), 'lista.csv', 'type-mismatch'],
    ['a zip named .pdf', bytes(0x50, 0x4b, 0x03, 0x04), 'avtal.pdf', 'type-mismatch'],
    ['binary named .txt', bytes(0, 1, 2, 3), 'a.txt', 'type-mismatch'],
    ['an .exe by name', text('harmless'), 'setup.exe', 'blocked-type'],
    ['a .js by name (upper case)', text('alert(1)'), 'invoice.JS', 'blocked-type'],
  ])('refuses %s', (_label, head, name, kind) => {
    expect(checkType(name, head).kind).toBe(kind);
  });

  it.each(['vbe', 'reg', 'psm1', 'url', 'lnk', 'hta', 'scf', 'msi', 'appx', 'iso', 'settingcontent-ms'])(
    'refuses a .%s by name whatever its content',
    (ext) => {
      expect(checkType(`file.${ext}`, text('[x]')).kind).toBe('blocked-type');
    },
  );

  it.each([
    [
      'a zip sent as application/pdf',
      bytes(0x50, 0x4b, 0x03, 0x04),
      'data.bin',
      'application/pdf',
      'type-mismatch',
    ],
    [
      'a PDF sent as a docx type',
      text('%PDF-1.4'),
      'x',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'type-mismatch',
    ],
    ['binary sent as text/csv', bytes(0, 1, 2), 'export', 'text/csv', 'type-mismatch'],
    ['a PDF sent as application/pdf', text('%PDF-1.4'), 'x', 'application/pdf', 'ok'],
    ['anything sent as application/octet-stream', bytes(1, 2, 0), 'x.dat', 'application/octet-stream', 'ok'],
  ])('checks the declared Content-Type: %s', (_label, head, name, contentType, kind) => {
    expect(checkType(name, head, contentType).kind).toBe(kind);
  });

  it.each([
    [text('{\\rtf1'), 'rtf'],
    [bytes(0x1f, 0x8b, 8), 'gzip'],
    [bytes(0xca, 0xfe, 0xba, 0xbe), 'executable'],
  ])('classifies %j as %s', (head, kind) => {
    expect(sniff(head)).toBe(kind);
  });
});

describe('X-File-Name', () => {
  it.each([
    ['lista%20%C3%B6ver%20anst%C3%A4llda.xlsx', 'lista över anställda.xlsx'],
    ['Offert%202025.pdf', 'Offert 2025.pdf'],
    ['..hidden.txt', '..hidden.txt'],
  ])('decodes %s', (header, name) => {
    expect(parseFileName(header)).toBe(name);
  });
  it.each([
    '',
    '..',
    '.',
    '..%2Fetc%2Fpasswd',
    'C%3A%5Cwindows%5Cx.txt',
    'a%0Ab.txt',
    '%E0%A4%A',
    'a'.repeat(256),
    '%20%20',
  ])('refuses %j', (header) => {
    expect(() => parseFileName(header)).toThrow(/X-File-Name/);
  });
});

describe('contract validators', () => {
  it.each([
    ['a@b.se, C@D.se ,a@b.se', ['a@b.se', 'c@d.se']],
    ['bo@example.com', ['bo@example.com']],
    ['', null],
    ['a@b.se, inte-en-adress', null],
    ['Bo <bo@example.com>', null],
  ])('parseRecipients(%j)', (header, expected) => {
    expect(parseRecipients(header)).toEqual(expected);
  });
  it('checks upload answers before the add-in trusts them', () => {
    const good = {
      id: 'x',
      sha256: 'a'.repeat(64),
      size: 1,
      expiresAt: '2026-01-01T00:00:00Z',
      retainUntil: '2027-01-01T00:00:00.000Z',
      links: [{ url: 'https://v/s/x', expiresAt: '2026-01-01T00:00:00Z', downloadLimit: null }],
    };
    expect(isUploadResponse(good)).toBe(true);
    expect(isUploadResponse({ ...good, expiresAt: 'next week' })).toBe(false);
    expect(isUploadResponse({ ...good, retainUntil: undefined })).toBe(false);
    expect(isUploadResponse({ ...good, links: [] })).toBe(false);
    expect(isUploadResponse({ ...good, sha256: 'xyz' })).toBe(false);
    expect(isUploadResponse(null)).toBe(false);
  });
});
