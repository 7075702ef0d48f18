/**
 * Compound files whose sector chains or directory tree loop are refused before the .msg reader, which
 * would follow them forever, sees them.
 */
import { extract } from '../../../src/core/extraction';
import { cfbProblem } from '../../../src/core/extraction/formats/cfb-check';
import { stillClock } from './clock';
import { buildMsg } from './builders/msg';

function message(): Buffer {
  return Buffer.from(
    buildMsg({
      subject: 'Hej',
      body: 'Personnummer 850709-9805',
      senderEmail: 'anna@vinnter.se',
      recipients: [{ name: 'Bertil', email: 'bertil@example.com' }],
      attachments: [{ name: 'a.txt', bytes: Buffer.from('hej') }],
    }),
  );
}

/** Byte offset of entry `k` of the FAT (512-byte sectors; the first FAT sector is listed in the header). */
function fatEntry(file: Buffer, k: number): number {
  return (file.readInt32LE(0x4c) + 1) * 512 + 4 * k;
}

describe('cfbProblem', () => {
  it('passes a well-formed message, which is then read', async () => {
    const file = message();
    expect(cfbProblem(file)).toBeUndefined();
    expect(await extract(file, 'a.msg', stillClock)).toMatchObject({ kind: 'text' });
  });

  it('refuses a directory chain that points back to itself', async () => {
    const file = message();
    const directory = file.readInt32LE(0x30);
    file.writeInt32LE(directory, fatEntry(file, directory));
    expect(cfbProblem(file)).toBe('the directory chain loops');
    expect(await extract(file, 'a.msg', stillClock)).toEqual({
      kind: 'failed',
      reason: 'not a readable Outlook message (the directory chain loops)',
    });
  });

  it('refuses a DIFAT count beyond the sectors of the file (found by the fuzz test, msg#7839)', async () => {
    const file = message();
    // No DIFAT chain (it starts at END_OF_CHAIN) but a count of two billion sectors: the reader kept
    // reading outside the file up to that count.
    file.writeInt32LE(-2, 0x44);
    file.writeInt32LE(0x773c0000, 0x48);
    const sectors = Math.floor(file.length / 512);
    expect(cfbProblem(file)).toBe(`the header claims ${0x773c0000} DIFAT sectors in a file of ${sectors}`);
    expect(await extract(file, 'a.msg', stillClock)).toMatchObject({ kind: 'failed' });
  });

  it('refuses a chain starting at a negative sector (found by the fuzz test, msg#8561)', async () => {
    const file = message();
    file.writeInt32LE(-2013265920, 0x30);
    expect(cfbProblem(file)).toBe('the directory chain points to sector -2013265920');
    expect(await extract(file, 'a.msg', stillClock)).toMatchObject({ kind: 'failed' });
  });

  it('refuses a mini FAT count beyond the sectors of the file', () => {
    const file = message();
    file.writeInt32LE(0x7fffffff, 0x40);
    expect(cfbProblem(file)).toMatch(/^the header claims 2147483647 mini FAT sectors in a file of \d+$/);
  });

  it('refuses a directory tree whose sibling link points back to an entry already reached', () => {
    const file = message();
    const entries = (file.readInt32LE(0x30) + 1) * 512;
    const child = file.readInt32LE(entries + 0x4c);
    // The root's first child names itself as its right sibling.
    file.writeInt32LE(child, entries + 128 * child + 0x48);
    expect(cfbProblem(file)).toBe('the directory tree loops');
  });

  it('refuses a stream that claims more bytes than the file has', () => {
    const file = message();
    const entries = (file.readInt32LE(0x30) + 1) * 512;
    let stream = 1;
    while (file[entries + 128 * stream + 0x42] !== 2) stream++;
    file.writeInt32LE(0x7fffffff, entries + 128 * stream + 0x78);
    expect(cfbProblem(file)).toMatch(/a stream claims 2147483647 bytes/);
  });
});
