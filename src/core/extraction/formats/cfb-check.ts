/**
 * A structural check of a Compound File (MS-CFB) before the .msg reader sees it. The reader follows
 * sector chains and the directory tree without noticing loops, so a damaged or hostile file whose chain
 * or tree points back into itself would keep it busy forever. This walks the same chains the same way
 * (header, DIFAT, FAT, mini FAT, directory, every stream), with a visited set, and names the first loop or
 * impossible size it finds. Reads past the end are left to the reader, which stops on them with an error.
 */

const END_OF_CHAIN = -2;
const NO_INDEX = -1;
/** The lowest special sector number (DIFSECT); anything below it is not a sector. */
const LAST_SPECIAL = -4;
const ENTRY_SIZE = 128;
const DIRECTORY = 1;
const STREAM = 2;
/** Streams smaller than this live in the mini stream (64-byte sectors chained through the mini FAT). */
const MINI_CUTOFF = 4096;

class Sectors {
  readonly size: number;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.size = bytes[30] === 12 ? 4096 : 512;
  }

  byte(at: number): number | undefined {
    return this.bytes[at];
  }

  /** A signed 32-bit value, or undefined past the end (where the reader stops with an error). */
  int(at: number): number | undefined {
    return at >= 0 && at + 4 <= this.bytes.length ? this.view.getInt32(at, true) : undefined;
  }

  /** The next sector of `k` in a table whose sectors are `table` (the FAT or the mini FAT). */
  next(k: number, table: readonly number[]): number | undefined {
    const perSector = this.size / 4;
    const sector = table[Math.floor(k / perSector)];
    if (sector === undefined) return END_OF_CHAIN;
    return this.int((sector + 1) * this.size + 4 * (k % perSector));
  }

  /** Follows a chain to its end; a problem when it loops. Stops quietly where the reader would stop. */
  chain(start: number, table: readonly number[], what: string): { sectors: number[]; problem?: string } {
    const seen = new Set<number>();
    const sectors: number[] = [];
    for (let k: number | undefined = start; k !== undefined && k !== END_OF_CHAIN; k = this.next(k, table)) {
      if (seen.has(k)) return { sectors, problem: `the ${what} chain loops` };
      // Below the special values (-1…-4) a sector number is garbage; the reader would clamp its offset
      // to the start of the file and read the header as data (msg#8561 then grew an array until V8 died).
      if (k < LAST_SPECIAL) return { sectors, problem: `the ${what} chain points to sector ${k}` };
      seen.add(k);
      sectors.push(k);
    }
    return { sectors };
  }
}

/** The FAT's own sectors as the reader lists them: up to 109 in the header, the rest in the DIFAT chain. */
function fatSectors(file: Sectors): { table: number[]; problem?: string } {
  const count = file.int(0x2c) ?? 0;
  const inHeader = Math.max(0, Math.min(count, 109));
  const table: number[] = [];
  for (let i = 0; i < inHeader; i++) table.push(file.int(0x4c + 4 * i) ?? 0);
  const perSector = file.size / 4 - 1;
  let remaining = count - inHeader;
  const seen = new Set<number>();
  let block = file.int(0x44) ?? END_OF_CHAIN;
  for (let i = 0; i < (file.int(0x48) ?? 0); i++) {
    if (seen.has(block)) return { table, problem: 'the DIFAT chain loops' };
    seen.add(block);
    const at = (block + 1) * file.size;
    const take = Math.min(remaining, perSector);
    for (let j = 0; j < take; j++) {
      const sector = file.int(at + 4 * j) ?? NO_INDEX;
      if (sector === NO_INDEX || sector === END_OF_CHAIN) break;
      table.push(sector);
    }
    remaining -= take;
    block = file.int(at + 4 * perSector) ?? END_OF_CHAIN;
    if (block === NO_INDEX || block === END_OF_CHAIN) break;
  }
  return { table };
}

/** Walks the directory tree as the reader does; a problem when an entry is reached twice. */
function treeProblem(file: Sectors, entries: readonly number[]): string | undefined {
  const field = (index: number, offset: number): number | undefined => {
    const at = entries[index];
    return at === undefined ? undefined : file.int(at + offset);
  };
  const reached = new Set<number>([0]);
  const pending: number[] = [field(0, 0x4c) ?? NO_INDEX];
  while (pending.length > 0) {
    const index = pending.pop() as number;
    if (index === NO_INDEX || entries[index] === undefined) continue;
    if (reached.has(index)) return 'the directory tree loops';
    reached.add(index);
    for (const offset of [0x44, 0x48]) pending.push(field(index, offset) ?? NO_INDEX);
    if (file.byte((entries[index] as number) + 0x42) === DIRECTORY)
      pending.push(field(index, 0x4c) ?? NO_INDEX);
  }
  return undefined;
}

/**
 * Header counts of DIFAT and mini FAT sectors beyond the sectors the file has. The reader loops up to
 * these counts even where its reads fall outside the file (a DIFAT starting at END_OF_CHAIN with a count
 * of two billion kept it busy for hours), so an impossible count is refused rather than followed.
 */
function countProblem(file: Sectors, sectors: number): string | undefined {
  const difat = file.int(0x48) ?? 0;
  if (difat > sectors) return `the header claims ${difat} DIFAT sectors in a file of ${sectors}`;
  const miniFat = file.int(0x40) ?? 0;
  if (miniFat > sectors) return `the header claims ${miniFat} mini FAT sectors in a file of ${sectors}`;
  return undefined;
}

/** What makes this compound file unsafe to read, or undefined when every chain and the tree end. */
export function cfbProblem(bytes: Uint8Array): string | undefined {
  if (bytes.length < 512) return 'too short for a compound file';
  const file = new Sectors(bytes);
  const counts = countProblem(file, Math.floor(bytes.length / file.size));
  if (counts !== undefined) return counts;
  const fat = fatSectors(file);
  if (fat.problem !== undefined) return fat.problem;
  const directory = file.chain(file.int(0x30) ?? END_OF_CHAIN, fat.table, 'directory');
  if (directory.problem !== undefined) return directory.problem;
  const entries: number[] = [];
  for (const sector of directory.sectors) {
    for (let at = (sector + 1) * file.size; at < (sector + 2) * file.size; at += ENTRY_SIZE) entries.push(at);
  }
  const miniFat = file.chain(file.int(0x3c) ?? END_OF_CHAIN, fat.table, 'mini FAT');
  if (miniFat.problem !== undefined) return miniFat.problem;
  const root = entries[0];
  if (root === undefined) return undefined;
  const miniStream = file.chain(file.int(root + 0x74) ?? END_OF_CHAIN, fat.table, 'mini stream');
  if (miniStream.problem !== undefined) return miniStream.problem;
  const tree = treeProblem(file, entries);
  if (tree !== undefined) return tree;
  for (const at of entries) {
    if (file.byte(at + 0x42) !== STREAM) continue;
    const size = file.int(at + 0x78) ?? 0;
    if (size > bytes.length) return `a stream claims ${size} bytes in a file of ${bytes.length}`;
    if (size <= 0 || size >= MINI_CUTOFF) continue;
    const stream = file.chain(file.int(at + 0x74) ?? END_OF_CHAIN, miniFat.sectors, 'stream');
    if (stream.problem !== undefined) return stream.problem;
  }
  return undefined;
}
