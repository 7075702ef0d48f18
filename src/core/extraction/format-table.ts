/**
 * Every attachment format Mail Guard knows, in one table: how its bytes are recognised, the names and
 * Content-Types that claim it, the extractor that reads it, and whether the on-send bundle reads it.
 * Sniffing and extraction (`sniff.ts`, `extract.ts`), the vault's upload check, the on-send check and the
 * CLI's help all read this table, so adding a format is one entry here (README.md in this folder).
 *
 * The extractors are imported the first time a file of their format is met, not with the table: the
 * table's other readers (the CLI's help, sniffing, the vault's upload check) need none of their code, and
 * a `mailguard scan` of one message should not pay for loading the zip, spreadsheet and PDF readers (and
 * building the inflate tables). Bundles that must be one file (onsend.js, the task pane) still include
 * them: `webpackMode: "eager"` keeps each in the importing chunk (`format-loaders.ts`).
 */
import {
  extractCfb,
  extractCsv,
  extractEmail,
  extractHtml,
  extractIcs,
  extractJson,
  extractPdf,
  extractPlainText,
  extractRtf,
  extractTsv,
  extractVcf,
  extractXml,
  extractZipContainer,
  type Extractor,
} from './format-loaders';

export type { Extractor };

/** Bytes a format's files start with, `at` bytes in (0 when absent). */
export interface Signature {
  readonly bytes: readonly number[];
  readonly at?: number;
}

export interface FormatDescriptor {
  /** Its name; `FORMAT_LABELS` says what the CLI's help calls it. */
  readonly format: string;
  /** Any one of these at the start identifies the format, whatever the name says. None: text formats. */
  readonly signatures?: readonly Signature[];
  /** Lower case, without the dot. The first is the one help lists. */
  readonly extensions: readonly string[];
  readonly mimeTypes: readonly string[];
  /** Its files are text (no signature); the vault expects text under its names. */
  readonly text?: true;
  /**
   * A name or Content-Type alone does not make a file this format: without the signature it is read as
   * text (or not at all). For containers, whose readers need the real structure.
   */
  readonly needsSignature?: true;
  /**
   * Extensions and Content-Types whose password-protected files are another format's (MS-OFFCRYPTO 2.3.4:
   * encrypted Office Open XML is a CFB file). The vault accepts either signature for them.
   */
  readonly encryptedAs?: { readonly format: string; readonly names: readonly string[] };
  readonly extract: Extractor;
  /**
   * What onsend.js leaves to the task pane (it has no pdf.js, .msg reader or MIME parser: size and Web
   * APIs): the whole format (`false`) or some of its extensions and Content-Types. Absent: it reads it.
   */
  readonly onSend?: false | { readonly except: readonly string[] };
}

const ascii = (text: string): number[] => {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
  return out;
};

const notRead =
  (reason: string): Extractor =>
  () => ({ kind: 'unsupported', image: true, reason });
const IMAGE = notRead('image: contents not checked');
const image = (
  format: string,
  signatures: readonly Signature[],
  extensions: readonly string[],
  mimeTypes: readonly string[],
): FormatDescriptor => ({ format, signatures, extensions, mimeTypes, extract: IMAGE });

const OOXML_EXTENSIONS = ['docx', 'xlsx', 'pptx', 'docm', 'dotx', 'xlsm', 'pptm'];
const OOXML_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
];

const ODF_EXTENSIONS = ['odt', 'ods', 'odp'];
const ODF_TYPES = ['text', 'spreadsheet', 'presentation'].map(
  (kind) => `application/vnd.oasis.opendocument.${kind}`,
);

export const FORMATS: readonly FormatDescriptor[] = [
  {
    format: 'zip',
    signatures: [{ bytes: [0x50, 0x4b, 0x03, 0x04] }, { bytes: [0x50, 0x4b, 0x05, 0x06] }],
    extensions: [...OOXML_EXTENSIONS, ...ODF_EXTENSIONS, 'zip'],
    mimeTypes: [...OOXML_TYPES, 'application/zip', 'application/x-zip-compressed', ...ODF_TYPES],
    needsSignature: true,
    encryptedAs: { format: 'cfb', names: [...OOXML_EXTENSIONS, ...OOXML_TYPES] },
    extract: extractZipContainer,
    // OpenDocument files are rare in Outlook mail: their reader's size goes to the detector in onsend.js
    // (src/onsend/odf-not-read.ts); the task pane reads them.
    onSend: { except: [...ODF_EXTENSIONS, ...ODF_TYPES] },
  },
  {
    format: 'cfb',
    signatures: [{ bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }],
    extensions: ['msg', 'doc', 'xls', 'ppt'],
    mimeTypes: [
      'application/vnd.ms-outlook',
      'application/msword',
      'application/vnd.ms-excel',
      'application/vnd.ms-powerpoint',
    ],
    needsSignature: true,
    extract: extractCfb,
    onSend: { except: ['msg', 'application/vnd.ms-outlook'] },
  },
  {
    format: 'pdf',
    signatures: [{ bytes: ascii('%PDF-') }],
    extensions: ['pdf'],
    mimeTypes: ['application/pdf'],
    extract: extractPdf,
    onSend: false,
  },
  {
    format: 'rtf',
    signatures: [{ bytes: ascii('{\\rtf') }],
    extensions: ['rtf'],
    mimeTypes: ['application/rtf', 'text/rtf'],
    extract: extractRtf,
    // rare in Outlook mail: its reader's size goes to the detector in onsend.js (src/onsend/rtf-not-read.ts)
    onSend: false,
  },
  {
    format: 'eml',
    extensions: ['eml'],
    mimeTypes: ['message/rfc822'],
    text: true,
    extract: extractEmail,
    onSend: false,
  },
  {
    format: 'csv',
    extensions: ['csv'],
    mimeTypes: ['text/csv'],
    text: true,
    extract: extractCsv,
  },
  {
    format: 'tsv',
    extensions: ['tsv', 'tab'],
    mimeTypes: ['text/tab-separated-values'],
    text: true,
    extract: extractTsv,
  },
  {
    format: 'text',
    extensions: ['txt', 'text', 'md', 'markdown', 'log', 'ini', 'yaml', 'yml'],
    mimeTypes: ['text/plain', 'text/markdown'],
    text: true,
    extract: extractPlainText,
  },
  {
    format: 'html',
    extensions: ['html', 'htm', 'xhtml'],
    mimeTypes: ['text/html'],
    text: true,
    extract: extractHtml,
  },
  {
    format: 'json',
    extensions: ['json'],
    mimeTypes: ['application/json'],
    text: true,
    extract: extractJson,
  },
  {
    format: 'xml',
    extensions: ['xml', 'svg'],
    mimeTypes: ['application/xml', 'text/xml'],
    text: true,
    extract: extractXml,
  },
  {
    format: 'ics',
    extensions: ['ics', 'ical', 'ifb'],
    mimeTypes: ['text/calendar'],
    text: true,
    extract: extractIcs,
  },
  {
    format: 'vcf',
    extensions: ['vcf', 'vcard'],
    mimeTypes: ['text/vcard', 'text/x-vcard', 'text/directory'],
    text: true,
    extract: extractVcf,
  },
  image('png', [{ bytes: [0x89, 0x50, 0x4e, 0x47] }], ['png'], ['image/png']),
  image('jpeg', [{ bytes: [0xff, 0xd8, 0xff] }], ['jpg', 'jpeg'], ['image/jpeg']),
  image('gif', [{ bytes: ascii('GIF8') }], ['gif'], ['image/gif']),
  image(
    'tiff',
    [{ bytes: [0x49, 0x49, 0x2a, 0x00] }, { bytes: [0x4d, 0x4d, 0x00, 0x2a] }],
    ['tif', 'tiff'],
    ['image/tiff'],
  ),
  // WebP is a RIFF file whose form type is `WEBP`: both parts must match.
  image('webp', [{ bytes: [...ascii('RIFF'), -1, -1, -1, -1, ...ascii('WEBP')] }], ['webp'], ['image/webp']),
  image(
    'heif',
    [{ bytes: ascii('ftyp'), at: 4 }],
    ['heic', 'heif', 'avif'],
    ['image/heic', 'image/heif', 'image/avif'],
  ),
  // Images named as such but without a signature read here: recognised by name only, never read.
  image('image', [], ['bmp', 'ico', 'emf', 'wmf'], ['image/bmp']),
];

/** What a file of no known format is: not read, said so. */
export const BINARY: FormatDescriptor = {
  format: 'binary',
  extensions: [],
  mimeTypes: [],
  extract: () => ({ kind: 'unsupported', reason: 'binary file of unknown type: contents not checked' }),
};

/** The descriptor of a format name (`text` for plain text, `binary` for the unknown). */
export function descriptorOf(format: string): FormatDescriptor | undefined {
  if (format === BINARY.format) return BINARY;
  for (const d of FORMATS) if (d.format === format) return d;
  return undefined;
}

/** Whether a descriptor only says "image, not read". */
export function isImage(d: FormatDescriptor): boolean {
  return d.extract === IMAGE;
}

/** Whether onsend.js reads a file of this format under this extension and media type. */
export function readOnSend(d: FormatDescriptor, extension: string, mediaType: string): boolean {
  if (d.onSend === undefined) return true;
  if (d.onSend === false) return false;
  return d.onSend.except.indexOf(extension) < 0 && d.onSend.except.indexOf(mediaType) < 0;
}
