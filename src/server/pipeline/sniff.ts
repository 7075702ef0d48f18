/**
 * Content sniffing: what the first bytes say a file is, compared with what its name and Content-Type
 * claim. Signatures from the formats' specifications (PDF 1.7 §7.5.2, APPNOTE 4.3.7, MS-CFB 2.2, PE/COFF).
 */
export type Sniffed =
  'pdf' | 'zip' | 'ole' | 'png' | 'jpeg' | 'gif' | 'gzip' | 'rtf' | 'executable' | 'text' | 'unknown';

/** How many leading bytes {@link sniff} needs. */
export const SNIFF_BYTES = 4096;

const SIGNATURES: ReadonlyArray<readonly [Sniffed, readonly number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['zip', [0x50, 0x4b, 0x03, 0x04]], // PK\3\4 (docx, xlsx, pptx, odt, zip)
  ['zip', [0x50, 0x4b, 0x05, 0x06]], // empty zip
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], // doc, xls, ppt, msg
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf
  ['executable', [0x4d, 0x5a]], // MZ: Windows PE
  ['executable', [0x7f, 0x45, 0x4c, 0x46]], // ELF
  ['executable', [0xcf, 0xfa, 0xed, 0xfe]], // Mach-O 64
  ['executable', [0xca, 0xfe, 0xba, 0xbe]], // Mach-O fat / Java class
];

function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return true;
  for (const byte of head) {
    if (byte === 0 || (byte < 0x09 && byte !== 0x1b)) return false;
  }
  return true;
}

/** Classifies a file by its leading bytes. */
export function sniff(head: Uint8Array): Sniffed {
  for (const [kind, signature] of SIGNATURES) {
    if (signature.every((byte, i) => head[i] === byte)) return kind;
  }
  if (head[0] === 0x23 && head[1] === 0x21) return 'executable'; // #! script
  // UTF-16 with a byte-order mark (Excel's "Unicode text" export) is text despite its NUL bytes.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'text';
  return looksLikeText(head) ? 'text' : 'unknown';
}

/** What each extension must sniff as. Extensions not listed accept anything but executables. */
const EXPECTED: Readonly<Record<string, readonly Sniffed[]>> = {
  pdf: ['pdf'],
  // Password-protected Office Open XML files are OLE compound files (MS-OFFCRYPTO 2.3.4), not zips.
  docx: ['zip', 'ole'],
  xlsx: ['zip', 'ole'],
  pptx: ['zip', 'ole'],
  odt: ['zip'],
  ods: ['zip'],
  odp: ['zip'],
  zip: ['zip'],
  doc: ['ole'],
  xls: ['ole'],
  ppt: ['ole'],
  msg: ['ole'],
  png: ['png'],
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  gif: ['gif'],
  gz: ['gzip'],
  rtf: ['rtf'],
  txt: ['text'],
  csv: ['text'],
  eml: ['text'],
  ics: ['text'],
  vcf: ['text'],
  html: ['text'],
  htm: ['text'],
  json: ['text'],
  xml: ['text'],
  md: ['text'],
};

/** What a declared Content-Type must sniff as. Generic types (application/octet-stream…) expect nothing. */
const EXPECTED_FOR_TYPE: ReadonlyArray<readonly [RegExp, readonly Sniffed[]]> = [
  [/^application\/pdf$/, ['pdf']],
  [/^application\/vnd\.openxmlformats-officedocument\.[a-z.]+$/, ['zip', 'ole']],
  [/^application\/(zip|vnd\.oasis\.opendocument\.[a-z.]+)$/, ['zip']],
  [/^application\/(msword|vnd\.ms-excel|vnd\.ms-powerpoint|vnd\.ms-outlook)$/, ['ole']],
  [/^image\/png$/, ['png']],
  [/^image\/jpe?g$/, ['jpeg']],
  [/^image\/gif$/, ['gif']],
  [/^text\/[a-z.+-]+$/, ['text']],
];

/**
 * Extensions refused whatever their content: they run, install, mount or redirect when opened. Based on
 * Outlook's Level 1 blocked list: programs and installers, scripts (also encoded and PowerShell modules),
 * shortcuts and shell commands, registry files, help and management consoles, disk images that bypass the
 * mark of the web.
 */
const BLOCKED = new Set(
  (
    'ade adp app appref-ms appx appxbundle application bas bat bgi cab chm cmd com cpl crt der diagcab ' +
    'dll exe fxp gadget grp hlp hpj hta htc img inf ins iso isp its jar jnlp js jse ksh lib library-ms ' +
    'lnk mad maf mag mam maq mar mas mat mau mav maw mcf mda mdb mde mdt mdw mdz msc msh msh1 msh2 ' +
    'mshxml msh1xml msh2xml msi msix msixbundle msp mst msu ops osd pcd pif pl plg prf prg printerexport ' +
    'ps1 ps1xml ps2 ps2xml psc1 psc2 psd1 psdm1 psm1 pssc py pyc pyo pyw pyz pyzw reg scf scr sct ' +
    'searchconnector-ms settingcontent-ms sh shb shs slk sys theme url vb vbe vbp vbs vhd vhdx vsmacros ' +
    'vsw webpnp website ws wsb wsc wsf wsh xbap xll xnk'
  ).split(' '),
);

/** Whether content may be stored under a name: `ok`, refused by name, or contradicted by its bytes. */
export type SniffVerdict =
  { kind: 'ok'; sniffed: Sniffed } | { kind: 'blocked-type' } | { kind: 'type-mismatch'; sniffed: Sniffed };

/**
 * Decides whether content may be stored under this name and declared Content-Type. An .exe named .pdf,
 * or sent as application/pdf, is a mismatch.
 */
export function checkType(
  fileName: string,
  head: Uint8Array,
  contentType = 'application/octet-stream',
): SniffVerdict {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  if (BLOCKED.has(extension)) return { kind: 'blocked-type' };
  const sniffed = sniff(head);
  const expected = EXPECTED[extension];
  if (expected !== undefined && !expected.includes(sniffed)) return { kind: 'type-mismatch', sniffed };
  const declared = EXPECTED_FOR_TYPE.find(([pattern]) => pattern.test(contentType.toLowerCase()))?.[1];
  if (declared !== undefined && !declared.includes(sniffed)) return { kind: 'type-mismatch', sniffed };
  if (sniffed === 'executable') return { kind: 'type-mismatch', sniffed };
  return { kind: 'ok', sniffed };
}
