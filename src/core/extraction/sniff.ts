/**
 * Decides how to read a file: magic bytes first (names lie), then extension, then content type, then a
 * "does it look like text" check.
 */

/** The readers the dispatcher knows. `zip` is refined by its members (OOXML, ODF or a plain archive). */
export type Format =
  | 'text'
  | 'html'
  | 'csv'
  | 'tsv'
  | 'json'
  | 'xml'
  | 'rtf'
  | 'ics'
  | 'vcf'
  | 'eml'
  | 'msg'
  | 'pdf'
  | 'zip'
  | 'cfb'
  | 'image'
  | 'binary';

const BY_EXTENSION: { readonly [extension: string]: Format } = {
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  log: 'text',
  ini: 'text',
  yaml: 'text',
  yml: 'text',
  htm: 'html',
  html: 'html',
  xhtml: 'html',
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  json: 'json',
  xml: 'xml',
  svg: 'xml',
  rtf: 'rtf',
  ics: 'ics',
  ical: 'ics',
  ifb: 'ics',
  vcf: 'vcf',
  vcard: 'vcf',
  eml: 'eml',
  msg: 'msg',
  pdf: 'pdf',
  zip: 'zip',
  docx: 'zip',
  docm: 'zip',
  dotx: 'zip',
  xlsx: 'zip',
  xlsm: 'zip',
  pptx: 'zip',
  pptm: 'zip',
  odt: 'zip',
  ods: 'zip',
  odp: 'zip',
  doc: 'cfb',
  xls: 'cfb',
  ppt: 'cfb',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  bmp: 'image',
  tif: 'image',
  tiff: 'image',
  webp: 'image',
  heic: 'image',
  heif: 'image',
  avif: 'image',
  ico: 'image',
  emf: 'image',
  wmf: 'image',
};

const BY_CONTENT_TYPE: { readonly [type: string]: Format } = {
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/html': 'html',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'application/json': 'json',
  'application/xml': 'xml',
  'text/xml': 'xml',
  'application/rtf': 'rtf',
  'text/rtf': 'rtf',
  'text/calendar': 'ics',
  'text/vcard': 'vcf',
  'text/x-vcard': 'vcf',
  'text/directory': 'vcf',
  'message/rfc822': 'eml',
  'application/vnd.ms-outlook': 'msg',
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
};

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

function ascii(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i));
  return out;
}

/** Recognises containers and images by their first bytes. */
function byMagic(bytes: Uint8Array): Format | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, ascii('{\\rtf'))) return 'rtf';
  const image =
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF8')) ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) ||
    startsWith(bytes, ascii('ftyp'), 4);
  return image ? 'image' : undefined;
}

/** True when the first KiB has no NUL byte (text) or starts with a UTF-16 byte-order mark. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const end = Math.min(bytes.length, 4096);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return false;
  return true;
}

/** Lower-case extension of a file name, without the dot ('' when none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 || dot < name.lastIndexOf('/') ? '' : name.slice(dot + 1).toLowerCase();
}

/** Chooses the reader for a file. */
export function sniff(bytes: Uint8Array, name: string, contentType?: string): Format {
  const magic = byMagic(bytes);
  if (magic) return magic;
  const extension = extensionOf(name);
  const byName = BY_EXTENSION[extension];
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const byType = BY_CONTENT_TYPE[type] ?? (type.indexOf('image/') === 0 ? 'image' : undefined);
  const claimed = byName ?? byType;
  if (claimed === 'image' || claimed === 'cfb' || claimed === 'zip' || claimed === 'msg') {
    // The name promises a binary format but the magic bytes disagree: read it as what it is.
    return claimed === 'image' ? 'image' : looksLikeText(bytes) ? 'text' : 'binary';
  }
  if (claimed) return claimed;
  return looksLikeText(bytes) ? 'text' : 'binary';
}
