import { normaliseFileName, parseFileName } from '../../src/server/pipeline/file-name';
import { checkType } from '../../src/server/pipeline/sniff';
import { startTestVault, upload, type TestVault } from './support/vault';

describe('file names are normalised before any check', () => {
  it.each([
    ['run.bat.', 'run.bat'],
    ['run.bat . .', 'run.bat'],
    ['rapport.pdf   ', 'rapport.pdf'],
    ['Lo\u0308ner.xlsx', 'Löner.xlsx'], // decomposed ö (macOS) → NFC
    ['.profile', '.profile'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseFileName(raw)).toBe(expected);
  });

  it.each([
    ['right-to-left override', 'faktura\u202Efdp.exe'],
    ['left-to-right isolate', 'a\u2066b.txt'],
    ['right-to-left mark', 'a\u200Fb.txt'],
    ['zero-width space', 'a\u200Bb.txt'],
    ['only dots', '...'],
    ['dot dot', '..'],
    ['only spaces and dots', ' . '],
    ['a folder', 'a/b.txt'],
    ['a Windows folder', 'a\\b.txt'],
    ['a control character', 'a\u0007.txt'],
    ['a device name', 'CON.txt'],
    ['a device name with trailing dot', 'nul.'],
    ['too long', `${'a'.repeat(252)}.txt`],
  ])('refuses %s', (_label, raw) => {
    expect(() => normaliseFileName(raw)).toThrow(/plain file name/);
  });

  it('decodes the header, then normalises', () => {
    expect(parseFileName(encodeURIComponent('run.bat.'))).toBe('run.bat');
    expect(() => parseFileName('%E0%A4%A')).toThrow(/percent-encoded/);
  });

  it('judges the type of the normalised name', () => {
    expect(checkType(normaliseFileName('run.bat.'), Buffer.from('echo')).kind).toBe('blocked-type');
    expect(checkType(normaliseFileName('avtal.vbe  '), Buffer.from('x')).kind).toBe('blocked-type');
  });
});

describe('file names through the vault', () => {
  let vault: TestVault;
  let anna: string;
  beforeAll(async () => {
    vault = await startTestVault();
    anna = await vault.token('anna@vinnter.se');
  });
  afterAll(() => vault.close());

  it('refuses a script hidden behind a trailing dot or space', async () => {
    for (const name of ['run.bat.', 'run.bat ', 'start.cmd. . ', 'x.psm1', 'a.url', 'b.reg']) {
      const res = await upload(vault, anna, Buffer.from('echo hej'), { name });
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ code: 'blocked-type' });
    }
  });

  it('refuses bidirectional controls', async () => {
    const res = await upload(vault, anna, Buffer.from('x'), { name: 'faktura\u202Etxt.exe' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'bad-request' });
  });

  it('stores the NFC form without the trailing dots', async () => {
    const res = await upload(vault, anna, Buffer.from('lön'), { name: 'Lo\u0308ner.txt..' });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const meta = await fetch(`${vault.url}/api/files/${id}`, {
      headers: { authorization: `Bearer ${anna}` },
    });
    expect(await meta.json()).toMatchObject({ fileName: 'Löner.txt' });
  });

  it('normalises resumable sessions the same way', async () => {
    const res = await fetch(`${vault.url}/api/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${anna}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        fileName: 'setup.msi. ',
        size: 10,
        sha256: 'a'.repeat(64),
        recipients: ['bo@example.com'],
      }),
    });
    expect([400, 415]).toContain(res.status);
  });
});
