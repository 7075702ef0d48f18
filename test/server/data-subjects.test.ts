/**
 * An archived mail is found by the people it is about (P6): the upload names the sender and the recipients in
 * `X-Data-Subjects`; the DPO's search finds the file by the sender's name, address, one word of the name, or a
 * recipient, and not by anyone else; the names never reach the database in clear; a bad list is a 400 that
 * stores nothing; erasing by the person removes the file. On SQLite and PostgreSQL.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  encodeDataSubjects,
  type SubjectErasure,
  type SubjectExport,
  type UploadResponse,
} from '../../src/contract';
import { announcePostgres, PG_URL } from './support/adapters';
import { startTestVault, upload, type TestVault } from './support/vault';

announcePostgres();

const SUBJECTS = [
  { name: 'Xavera Quintelius', address: 'xavera.q@sender-example.se' },
  { name: 'Lindqvorst, Birgitta', address: 'birgitta@partner-example.se' },
  { address: 'ozzy@other-example.se' },
];

const kinds = PG_URL ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

describe.each(kinds)('data subjects of an archived mail (%s)', (meta) => {
  let vault: TestVault;
  let id: string;
  let dpo: string;
  beforeAll(async () => {
    vault = await startTestVault({ meta });
    dpo = await vault.token('dpo@vinnter.se', ['dpo']);
    const anna = await vault.token('anna@vinnter.se');
    const res = await upload(vault, anna, Buffer.from('From: x\r\n\r\nhej'), {
      name: 'Ansökan.eml',
      type: 'message/rfc822',
      recipients: 'anna@vinnter.se',
      headers: { 'x-data-subjects': encodeDataSubjects(SUBJECTS) ?? '' },
    });
    expect(res.status).toBe(201);
    id = ((await res.json()) as UploadResponse).id;
  });
  afterAll(() => vault.close());

  const search = async (q: string): Promise<string[]> => {
    const res = await fetch(`${vault.url}/api/subjects?q=${encodeURIComponent(q)}`, {
      headers: { authorization: `Bearer ${dpo}` },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as SubjectExport).files.map((f) => f.id);
  };

  it.each([
    ['the sender name', 'Xavera Quintelius', true],
    ['the sender name typed otherwise', '  xavera   QUINTELIUS ', true],
    ['the sender address', 'Xavera.Q@sender-example.se', true],
    ['one word of the sender name', 'Quintelius', true],
    ['a recipient in directory order', 'Lindqvorst, Birgitta', true],
    ['a recipient as first name first', 'Birgitta Lindqvorst', true],
    ['a recipient known only by address', 'ozzy@other-example.se', true],
    ['an unrelated name', 'Xavera Lindqvorst', false],
    ['an unrelated address', 'xavera.q@other-example.se', false],
    ['part of a word', 'Quintel', false],
  ])('finds the mail by %s: %s → %s', async (_label, q, hit) => {
    expect((await search(q)).includes(id)).toBe(hit);
  });

  it('keeps no name or address of the people in clear', async () => {
    const rows = await vault.app.vault.ctx.meta.getFile(id);
    expect(rows?.subjectKeys.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/quintelius|lindqvorst|ozzy|sender-example/i);
    if (meta === 'sqlite') {
      const dir = vault.config.dataDir;
      const names = (await readdir(dir)).filter((n) => n.startsWith('vault.db'));
      const files = await Promise.all(names.map((n) => readFile(join(dir, n))));
      for (const word of ['Quintelius', 'quintelius', 'Lindqvorst', 'lindqvorst', 'sender-example'])
        expect(files.some((bytes) => bytes.includes(Buffer.from(word)))).toBe(false);
    }
  });

  it.each([
    ['not JSON', '%7Bbroken'],
    ['not a list', encodeURIComponent(JSON.stringify({ name: 'x' }))],
    ['an empty person', encodeURIComponent(JSON.stringify([{}]))],
    ['an unknown field', encodeURIComponent(JSON.stringify([{ name: 'x', phone: '1' }]))],
    ['a bad address', encodeURIComponent(JSON.stringify([{ address: 'not an address' }]))],
    [
      'too many people',
      encodeURIComponent(JSON.stringify(Array.from({ length: 101 }, (_, i) => ({ name: `p${i}` })))),
    ],
  ])('refuses %s with a 400 and stores nothing', async (_label, header) => {
    const anna = await vault.token('anna@vinnter.se');
    const before = await vault.app.vault.ctx.meta.allFileIds();
    const res = await upload(vault, anna, Buffer.from('x'), { headers: { 'x-data-subjects': header } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe('bad-request');
    expect(await vault.app.vault.ctx.meta.allFileIds()).toEqual(before);
  });

  it('erases the mail by the person it is about, and then finds nothing', async () => {
    const res = await fetch(`${vault.url}/api/subjects?q=${encodeURIComponent('Birgitta Lindqvorst')}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${dpo}` },
    });
    expect(((await res.json()) as SubjectErasure).erased).toEqual([id]);
    expect(await search('Xavera Quintelius')).toEqual([]);
  });
});
