/**
 * The attachment format table (src/core/extraction/format-table.ts) is consistent, and everything that
 * reads it agrees with it: sniffing and extraction, the vault's upload check, the on-send check, the CLI's
 * help.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  FORMATS,
  readOnSend,
  type FormatDescriptor,
  type Signature,
} from '../../../src/core/extraction/format-table';
import { FORMAT_LABELS } from '../../../src/core/extraction/format-help';
import { createExtractor, extract } from '../../../src/core/extraction';
import { extractPdf as extractPdfOnSend } from '../../../src/onsend/pdf-not-read';
import { extractRtf as extractRtfOnSend } from '../../../src/onsend/rtf-not-read';
import { extractOdf as extractOdfOnSend, isOdf as isOdfOnSend } from '../../../src/onsend/odf-not-read';
import type { ZipReader } from '../../../src/core/extraction/zip-reader';
import { bySignature, sniff } from '../../../src/core/extraction/sniff';
import { checkType, sniff as vaultSniff } from '../../../src/server/pipeline/sniff';
import { SCAN_USAGE } from '../../../src/cli/scan-args';
import { stillClock } from './clock';

/** A file head carrying `signature` (wildcards as 0), padded so no other rule sees a short file. */
function head(signature: Signature): Uint8Array {
  const bytes = new Uint8Array(64).fill(0x01);
  signature.bytes.forEach((b, i) => (bytes[(signature.at ?? 0) + i] = b < 0 ? 0 : b));
  return bytes;
}

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const signed = FORMATS.filter((d) => (d.signatures ?? []).length > 0);
const textual = FORMATS.filter((d) => d.text === true);
const named = (d: FormatDescriptor): Array<[string, FormatDescriptor]> => [[d.format, d]];

describe('the table', () => {
  test('names each format, extension and Content-Type once, in lower case without a dot', () => {
    const seen = new Map<string, string>();
    for (const d of FORMATS)
      for (const key of [`format:${d.format}`, ...d.extensions, ...d.mimeTypes]) {
        expect(key).toBe(key.toLowerCase());
        expect(key.startsWith('.')).toBe(false);
        expect([key, seen.get(key)]).toEqual([key, undefined]);
        seen.set(key, d.format);
      }
  });

  test('every format has a label for the help, and every label a format', () => {
    expect(Object.keys(FORMAT_LABELS).sort()).toEqual(FORMATS.map((d) => d.format).sort());
  });

  test('every signature maps to exactly one format', () => {
    for (const d of signed)
      for (const s of d.signatures ?? []) {
        const matching = FORMATS.filter((other) =>
          (other.signatures ?? []).some((o) => sameStart(head(s), o)),
        );
        expect([d.format, matching.map((m) => m.format)]).toEqual([d.format, [d.format]]);
      }
  });

  test('text formats have no signature, binary ones are recognised by theirs or by name only', () => {
    for (const d of textual) expect(d.signatures).toBeUndefined();
    for (const d of FORMATS.filter((f) => f.text !== true && (f.signatures ?? []).length === 0))
      expect(d.needsSignature).toBeUndefined();
  });

  test('password-protected names belong to the format and point at a format with a signature', () => {
    for (const d of FORMATS) {
      if (!d.encryptedAs) continue;
      for (const name of d.encryptedAs.names) expect([...d.extensions, ...d.mimeTypes]).toContain(name);
      expect(signed.map((f) => f.format)).toContain(d.encryptedAs.format);
    }
  });
});

function sameStart(bytes: Uint8Array, signature: Signature): boolean {
  return signature.bytes.every((b, i) => b < 0 || bytes[(signature.at ?? 0) + i] === b);
}

describe('sniffing reaches every format', () => {
  test.each(signed.flatMap(named))('%s by its signature, whatever the name', (_f, d) => {
    for (const s of d.signatures ?? []) {
      expect(bySignature(head(s))?.format).toBe(d.format);
      expect(sniff(head(s), 'named-otherwise.txt', 'text/plain').format).toBe(d.format);
    }
  });

  test.each(FORMATS.flatMap(named))('%s by each extension and Content-Type', (_f, d) => {
    const first = d.signatures?.[0];
    const bytes = first ? head(first) : text('plain words\n');
    for (const e of d.extensions) expect(sniff(bytes, `file.${e}`).format).toBe(d.format);
    for (const t of d.mimeTypes) expect(sniff(bytes, 'file', `${t}; charset=utf-8`).format).toBe(d.format);
  });

  test.each<[string, Uint8Array, string, string | undefined, string]>([
    ['a zip named .pdf is a zip', head({ bytes: [0x50, 0x4b, 0x03, 0x04] }), 'a.pdf', undefined, 'zip'],
    ['text named .docx is text', text('hello'), 'a.docx', undefined, 'text'],
    ['binary named .xlsx is unknown binary', Uint8Array.of(1, 0, 2), 'a.xlsx', undefined, 'binary'],
    ['text named .msg is text', text('hello'), 'a.msg', undefined, 'text'],
    ['a name-only image stays an image', text('hello'), 'a.jpg', undefined, 'jpeg'],
    ['an unlisted image type is an image', Uint8Array.of(1, 0, 2), 'a', 'image/x-icon', 'image'],
    ['a PDF claim is trusted (pdf.js says what is wrong)', text('junk'), 'a.pdf', undefined, 'pdf'],
    ['the name wins over the Content-Type', text('a;b'), 'a.csv', 'text/html', 'csv'],
    ['no claim and NUL bytes: unknown binary', Uint8Array.of(1, 0, 2), 'a.bin', undefined, 'binary'],
    ['no claim, text: plain text', text('hello'), 'README', undefined, 'text'],
    ['UTF-16 with a BOM is text', Uint8Array.of(0xff, 0xfe, 0x41, 0), 'a.bin', undefined, 'text'],
  ])('%s', (_label, bytes, name, contentType, format) => {
    expect(sniff(bytes, name, contentType).format).toBe(format);
  });
});

describe('extraction goes through the table', () => {
  const options = stillClock;
  test.each<[string, Uint8Array, string, string]>([
    ['CSV: cells with their header', text('namn;ort\nÅsa;Umeå\n'), 'a.csv', 'text'],
    ['TSV', text('namn\tort\nÅsa\tUmeå\n'), 'a.tsv', 'text'],
    ['HTML', text('<p>Hej <b>Åsa</b></p>'), 'a.html', 'text'],
    ['JSON', text('{"namn":"Åsa"}'), 'a.json', 'text'],
    [
      'calendar',
      text('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Möte\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'),
      'a.ics',
      'text',
    ],
    ['contact card', text('BEGIN:VCARD\r\nFN:Åsa Berg\r\nEND:VCARD\r\n'), 'a.vcf', 'text'],
    ['RTF', text('{\\rtf1 Hej Åsa}'), 'a.rtf', 'text'],
    ['an image', head({ bytes: [0x89, 0x50, 0x4e, 0x47] }), 'a.png', 'unsupported'],
    [
      'a legacy .doc',
      head({ bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }),
      'a.doc',
      'unsupported',
    ],
  ])('%s', async (_label, bytes, name, kind) => {
    const result = await extract(bytes, name, options);
    expect(result.kind).toBe(kind);
    if (name === 'a.csv' && result.kind === 'text') expect(result.cells?.length).toBeGreaterThan(0);
    if (name === 'a.png' && result.kind === 'unsupported') expect(result.image).toBe(true);
  });
});

describe('the vault agrees with the table', () => {
  test.each(signed.flatMap(named))('%s: sniffed as the format, accepted under its names', (_f, d) => {
    for (const s of d.signatures ?? []) {
      const bytes = head(s);
      expect(vaultSniff(bytes)).toBe(d.format);
      for (const e of d.extensions) expect(checkType(`file.${e}`, bytes).kind).toBe('ok');
      for (const t of d.mimeTypes) expect(checkType('file', bytes, t).kind).toBe('ok');
    }
  });

  test.each(textual.flatMap(named))('%s: text accepted, binary refused under its names', (_f, d) => {
    for (const e of d.extensions) {
      expect(checkType(`file.${e}`, text('namn;ort\n')).kind).toBe('ok');
      expect(checkType(`file.${e}`, Uint8Array.of(0, 1, 2)).kind).toBe('type-mismatch');
    }
    for (const t of d.mimeTypes)
      expect(checkType('file', Uint8Array.of(0, 1, 2), t).kind).toBe('type-mismatch');
  });

  test('formats known by name only hold uploads to nothing but "not a program"', () => {
    const nameOnly = FORMATS.filter((d) => d.text !== true && (d.signatures ?? []).length === 0);
    expect(nameOnly.length).toBeGreaterThan(0);
    for (const d of nameOnly) {
      for (const e of d.extensions) {
        expect(checkType(`file.${e}`, Uint8Array.of(0x42, 0x4d, 0, 1)).kind).toBe('ok');
        expect(checkType(`file.${e}`, Uint8Array.of(0x4d, 0x5a, 0x90, 0)).kind).toBe('type-mismatch');
      }
      for (const t of d.mimeTypes)
        expect(checkType('file', Uint8Array.of(0x42, 0x4d, 0, 1), t).kind).toBe('ok');
    }
  });

  test('a signed format under another signed format name is refused', () => {
    const pdf = head({ bytes: Array.from(text('%PDF-')) });
    expect(checkType('a.docx', pdf).kind).toBe('type-mismatch');
    expect(checkType('a.png', head({ bytes: [0xff, 0xd8, 0xff] })).kind).toBe('type-mismatch');
  });

  test('password-protected Office Open XML (a CFB file) is accepted, a CFB file named .odt is not', () => {
    const cfb = head({ bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] });
    for (const name of ['a.docx', 'a.xlsx', 'a.pptx']) expect(checkType(name, cfb).kind).toBe('ok');
    expect(
      checkType('x', cfb, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').kind,
    ).toBe('ok');
    expect(checkType('a.odt', cfb).kind).toBe('type-mismatch');
    expect(checkType('x', cfb, 'application/vnd.oasis.opendocument.text').kind).toBe('type-mismatch');
  });
});

describe('the on-send bundle and the CLI read the table', () => {
  test.each<[string, string, string, boolean]>([
    ['PDF (no pdf.js in onsend.js)', 'pdf', 'application/pdf', false],
    ['an .eml (no MIME parser)', 'eml', 'message/rfc822', false],
    ['an Outlook .msg (no .msg reader)', 'msg', 'application/vnd.ms-outlook', false],
    ['a legacy .doc (recognised on send)', 'doc', 'application/msword', true],
    ['a .docx', 'docx', '', true],
    ['a CSV', 'csv', 'text/csv', true],
  ])('%s', (_label, extension, type, expected) => {
    const d = FORMATS.find((f) => f.extensions.includes(extension)) as FormatDescriptor;
    expect(readOnSend(d, extension, type)).toBe(expected);
  });

  test('the on-send stand-in for the PDF extractor answers as the extractor does without pdf.js', async () => {
    const bytes = head({ bytes: Array.from(text('%PDF-1.7')) });
    const real = await createExtractor({ pdf: null, msg: null, email: null })(bytes, 'a.pdf', stillClock);
    expect(await extractPdfOnSend()).toEqual(real);
    expect(real.kind).toBe('unsupported');
  });

  test('the on-send stand-in for the RTF reader says it did not read the file', async () => {
    const answer = await extractRtfOnSend();
    expect(answer.kind).toBe('unsupported');
    expect(
      readOnSend(FORMATS.find((d) => d.format === 'rtf') as FormatDescriptor, 'rtf', 'application/rtf'),
    ).toBe(false);
  });

  test('the on-send stand-in for the OpenDocument reader knows the package and says it did not read it', () => {
    const zip = {
      has: (name: string) => name === 'mimetype' || name === 'content.xml',
    } as unknown as ZipReader;
    expect(isOdfOnSend(zip)).toBe(true);
    expect(extractOdfOnSend().kind).toBe('unsupported');
    const zipFormat = FORMATS.find((d) => d.format === 'zip') as FormatDescriptor;
    expect(readOnSend(zipFormat, 'ods', 'application/octet-stream')).toBe(false);
    expect(readOnSend(zipFormat, 'bin', 'application/vnd.oasis.opendocument.text')).toBe(false);
    expect(readOnSend(zipFormat, 'docx', 'application/octet-stream')).toBe(true);
  });

  test('the scan help lists every extension of every format', () => {
    for (const d of FORMATS)
      for (const e of d.extensions) expect(SCAN_USAGE).toMatch(new RegExp(`\\.${e}\\b`));
  });
});

describe('the table loads no extractor', () => {
  // Its other readers (sniffing, the vault's check, `mailguard scan --help`) need none of the readers'
  // code: each extractor is imported when a file of its format is first met (format-loaders.ts `lazy`).
  it.each(['format-table.ts', 'format-loaders.ts', 'format-help.ts'])(
    '%s imports nothing from formats/ statically',
    (file) => {
      const source = readFileSync(path.join(__dirname, '../../../src/core/extraction', file), 'utf8');
      const staticImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map(
        (m) => m[1],
      );
      expect(staticImports.filter((specifier) => specifier?.includes('formats/'))).toEqual([]);
    },
  );
  it('the loaders import each format module only through import()', () => {
    const source = readFileSync(
      path.join(__dirname, '../../../src/core/extraction/format-loaders.ts'),
      'utf8',
    );
    const staticImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map(
      (m) => m[1],
    );
    expect(staticImports.filter((specifier) => specifier?.includes('formats/'))).toEqual([]);
    // Attached messages come through the injected `email` loader (default-loaders.ts), like .msg files.
    expect(source.match(/import\(\/\* webpackMode: "eager" \*\/ '\.\/formats\/[\w-]+'\)/g)?.length).toBe(7);
  });
});
