/**
 * Builds zip files for tests, by hand where a test needs to lie (declared sizes) or stream a huge
 * DEFLATE payload without holding it in memory, and with fflate otherwise.
 */
import { constants, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

/** A zip made by fflate from name → content. */
export function zipOf(files: { readonly [name: string]: string | Uint8Array }): Uint8Array {
  const input: { [name: string]: Uint8Array } = {};
  for (const name of Object.keys(files)) {
    const content = files[name] as string | Uint8Array;
    input[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(input);
}

/**
 * Raw DEFLATE of `megabytes` MiB of zeros without ever holding them: one MiB compressed with a sync
 * flush (non-final blocks ending on a byte boundary, no references before its own start) repeated,
 * then an empty final block. About 1 KB per MiB.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const final = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: megabytes }, () => chunk), final]);
}

export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** 8 = deflate, 0 = stored. */
  readonly method: number;
  /** The uncompressed size the headers claim (may be a lie). */
  readonly declaredSize: number;
  readonly flags?: number;
}

/** Writes a zip from raw entries (CRC left 0: the reader does not check it, sizes are what matters). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE((entry.flags ?? 0) | 0x800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE((entry.flags ?? 0) | 0x800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(entry.data));
    centrals.push(central, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A minimal Word document whose body is the given WordprocessingML body XML. */
export function docxOf(bodyXml: string, extra: { readonly [name: string]: string } = {}): Uint8Array {
  return zipOf({
    '[Content_Types].xml': CONTENT_TYPES,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`,
    ...extra,
  });
}

/** WordprocessingML paragraphs, one per line of text. */
export function paragraphs(lines: readonly string[]): string {
  return lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`).join('');
}
