/**
 * A stored-only ZIP64 archive for the tests, as streaming zippers and `zip -fz` write it: every size and
 * offset in ZIP64 extra fields, the end records ZIP64 too.
 */
const MARK32 = 0xffffffff;

function u64(value: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(value));
  return b;
}

export function zip64Of(files: { readonly [name: string]: string }): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [fileName, content] of Object.entries(files)) {
    const name = Buffer.from(fileName, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.concat([
      Buffer.from([1, 0, 24, 0]),
      u64(data.length),
      u64(data.length),
      u64(offset),
    ]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt32LE(MARK32, 20);
    central.writeUInt32LE(MARK32, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(MARK32, 42);
    locals.push(local, name, data);
    centrals.push(central, name, extra);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const count = Object.keys(files).length;
  const end64 = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x06, 0x06]),
    u64(44),
    Buffer.from([45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    u64(count),
    u64(count),
    u64(directory.length),
    u64(offset),
  ]);
  const locator = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x06, 0x07, 0, 0, 0, 0]),
    u64(offset + directory.length),
    Buffer.from([1, 0, 0, 0]),
  ]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(MARK32, 12);
  end.writeUInt32LE(MARK32, 16);
  return Buffer.concat([...locals, directory, end64, locator, end]);
}
