/**
 * Random access to a zip's entries for the office-format readers, under the limits. The first problem
 * met (limit, damage) is remembered so the reader can report `partial` with it.
 */
import { decodeUtf8 } from './decode-text';
import type { ExtractContext } from './limits';
import type { ZipEntry } from './zip-directory';
import { readZipDirectory } from './zip-directory';
import { Utf8Stream } from './utf8-stream';
import type { XmlHandler, XmlOutcome, XmlRangeHandler } from './xml';
import type { XmlScanner } from './xml-stream';
import { XmlStream } from './xml-stream';
import type { EntryRead, EntryStream } from './zip-inflate';
import { readEntry, streamEntry } from './zip-inflate';

/** Reads entries of one archive under the extraction limits of one context. */
export class ZipReader {
  private readonly byName: { [name: string]: ZipEntry } = {};
  /** First reason something was left out, if any. */
  problem: string | undefined;
  /** Set when an entry was password-protected. */
  encrypted = false;

  private constructor(
    private readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    private readonly ctx: ExtractContext,
  ) {
    for (const entry of entries) this.byName[entry.name] = entry;
  }

  /** Opens an archive, or returns the reason it cannot be read. */
  static open(bytes: Uint8Array, ctx: ExtractContext): ZipReader | string {
    const directory = readZipDirectory(bytes, ctx.limits.maxEntries);
    if (directory.kind === 'corrupt') return directory.reason;
    const reader = new ZipReader(bytes, directory.entries, ctx);
    if (directory.moreEntries) reader.note(`archive has more than ${ctx.limits.maxEntries} entries`);
    if (directory.damaged) reader.note('archive is truncated or damaged; read what was there');
    return reader;
  }

  has(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.byName, name);
  }

  /** Entry names matching `pattern`, in natural order (`slide2` before `slide10`). */
  names(pattern: RegExp): string[] {
    return this.entries
      .map((entry) => entry.name)
      .filter((name) => pattern.test(name))
      .sort(naturalCompare);
  }

  /** An entry's bytes, or undefined (missing, or stopped by a limit — see `problem`). */
  read(name: string): Uint8Array | undefined {
    const entry = this.byName[name];
    if (!entry) return undefined;
    return this.take(readEntry(this.bytes, entry, this.ctx));
  }

  /** Reads an entry given its directory record (for archives with duplicate names). */
  readRecord(entry: ZipEntry): EntryRead {
    return readEntry(this.bytes, entry, this.ctx);
  }

  /** An entry decoded as UTF-8 (XML parts), or undefined. */
  text(name: string): string | undefined {
    const data = this.read(name);
    return data === undefined ? undefined : decodeUtf8(data);
  }

  /**
   * Streams an XML part through `handler` while it inflates, so a huge sheet is never held whole and
   * reading stops as soon as `shouldStop` says so. Undefined when the part is missing. A limit hit part-way
   * keeps what was scanned and is recorded in `problem`.
   */
  scanPart(
    name: string,
    handler: XmlHandler | XmlRangeHandler | XmlScanner,
    shouldStop: () => boolean,
  ): XmlOutcome | undefined {
    const entry = this.byName[name];
    if (!entry) return undefined;
    const utf8 = new Utf8Stream();
    const xml = new XmlStream(handler, shouldStop);
    const streamed: EntryStream = streamEntry(this.bytes, entry, this.ctx, (chunk) =>
      xml.push(utf8.push(chunk)),
    );
    if ('reason' in streamed) {
      if (streamed.kind === 'encrypted') this.encrypted = true;
      this.note(streamed.reason);
    }
    if (streamed.kind === 'ok') xml.push(utf8.end());
    return xml.end();
  }

  /** Records the first reason something was left out. */
  note(reason: string): void {
    if (this.problem === undefined) this.problem = reason;
  }

  private take(result: EntryRead): Uint8Array | undefined {
    if (result.kind === 'ok') return result.data;
    if (result.kind === 'encrypted') this.encrypted = true;
    this.note(result.reason);
    return undefined;
  }
}

/** Compares names so that embedded numbers sort by value. */
export function naturalCompare(a: string, b: string): number {
  const pa = a.split(/(\d+)/);
  const pb = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    if (i % 2 === 1 && !isNaN(nx) && !isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}
