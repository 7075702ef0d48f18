/**
 * Content sniffing: what the first bytes say a file is, compared with what its name and Content-Type
 * claim. Document and image signatures, extensions and Content-Types come from the attachment format
 * table (src/core/extraction/format-table.ts, from the formats' specifications: PDF 1.7 §7.5.2,
 * APPNOTE 4.3.7, MS-CFB 2.2); the vault adds what it refuses to store unread (gzip, programs).
 */
import { bySignature } from '../../core/extraction/sniff';
import { FORMATS, type FormatDescriptor } from '../../core/extraction/format-table';

/** A format of the table (`zip`, `cfb`, `pdf`, `png`…), or a kind only the vault tells apart. */
export type Sniffed = string;

/** How many leading bytes {@link sniff} needs. */
export const SNIFF_BYTES = 4096;

const SIGNATURES: ReadonlyArray<readonly [Sniffed, readonly number[]]> = [
  ['gzip', [0x1f, 0x8b]],
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
  const format = bySignature(head);
  if (format) return format.format;
  for (const [kind, signature] of SIGNATURES) {
    if (signature.every((byte, i) => head[i] === byte)) return kind;
  }
  if (head[0] === 0x23 && head[1] === 0x21) return 'executable'; // #! script
  // UTF-16 with a byte-order mark (Excel's "Unicode text" export) is text despite its NUL bytes.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'text';
  return looksLikeText(head) ? 'text' : 'unknown';
}

/** What a file claimed by `name` (extension or type) may sniff as: its format's signature, or text. */
function sniffsAs(d: FormatDescriptor, name: string): readonly Sniffed[] | undefined {
  if (d.text) return ['text'];
  // Known by name only (no signature read here): nothing to hold its content to.
  if (!d.signatures || d.signatures.length === 0) return undefined;
  const encrypted = d.encryptedAs;
  return encrypted && encrypted.names.includes(name) ? [d.format, encrypted.format] : [d.format];
}

interface Expectations {
  /** What each extension must sniff as. Extensions not listed accept anything but executables. */
  readonly byExtension: Readonly<Record<string, readonly Sniffed[]>>;
  /** What a declared Content-Type must sniff as. Generic ones (application/octet-stream…) expect nothing. */
  readonly byType: Readonly<Record<string, readonly Sniffed[]>>;
}

function expectations(): Expectations {
  const byExtension: Record<string, readonly Sniffed[]> = { gz: ['gzip'] };
  const byType: Record<string, readonly Sniffed[]> = {};
  for (const d of FORMATS) {
    for (const extension of d.extensions) {
      const expected = sniffsAs(d, extension);
      if (expected) byExtension[extension] = expected;
    }
    for (const type of d.mimeTypes) {
      const expected = sniffsAs(d, type);
      if (expected) byType[type] = expected;
    }
  }
  return { byExtension, byType };
}

const EXPECTED = expectations();

/** Content-Types the table does not list one by one. */
const EXPECTED_FOR_PATTERN: ReadonlyArray<readonly [RegExp, readonly Sniffed[]]> = [
  [/^application\/vnd\.openxmlformats-officedocument\.[a-z.]+$/, ['zip', 'cfb']],
  [/^application\/vnd\.oasis\.opendocument\.[a-z.]+$/, ['zip']],
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
  const expected = EXPECTED.byExtension[extension];
  if (expected !== undefined && !expected.includes(sniffed)) return { kind: 'type-mismatch', sniffed };
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const declared = EXPECTED.byType[type] ?? EXPECTED_FOR_PATTERN.find(([pattern]) => pattern.test(type))?.[1];
  if (declared !== undefined && !declared.includes(sniffed)) return { kind: 'type-mismatch', sniffed };
  if (sniffed === 'executable') return { kind: 'type-mismatch', sniffed };
  return { kind: 'ok', sniffed };
}
