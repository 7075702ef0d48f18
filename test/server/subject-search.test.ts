// The DPO's search finds a person's files under any spelling of their personnummer, on the real SQLite
// metadata store.
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import type { VaultConfig } from '../../src/server/config';
import { defaultConfig } from '../../src/server/config-env';
import { openMetadata } from '../../src/server/deps';
import { searchSubject, subjectQueries } from '../../src/server/services/subject-search';
import type { FileRecord, MetadataStore } from '../../src/server/storage/types';
import { tempDir } from './support/adapters';

const NOW = new Date('2026-12-05T09:00:00Z');
const DAY = 86_400_000;

function record(n: number, fileName: string): FileRecord {
  return {
    id: `subject${String(n).padStart(15, '0')}`,
    owner: 'hr@vinnter.se',
    ownerName: 'HR',
    fileName,
    contentType: 'application/pdf',
    size: 10,
    sha256: 'b'.repeat(64),
    recipients: ['lon@example.com'],
    wrappedKey: 'v1:abcd:xyz',
    createdAt: new Date(NOW.getTime() - (10 - n) * DAY),
    retentionClass: 'standard',
    retainUntil: new Date(NOW.getTime() + 365 * DAY),
    legalHold: false,
    subjectKeys: [],
  };
}

describe('data-subject search', () => {
  let store: MetadataStore;
  let dir: string;
  const files = [
    record(1, 'lönespec_8112189876.pdf'),
    record(2, 'intyg 19811218-9876.pdf'),
    record(3, 'avtal 811218-9876.pdf'),
    record(4, 'annan 8112189877.pdf'),
  ];
  beforeAll(async () => {
    dir = await tempDir();
    store = await openMetadata({
      ...defaultConfig(dir),
      metadata: { kind: 'sqlite', path: join(dir, 'vault.db') },
    } as VaultConfig);
    for (const f of files)
      await store.insertFileWithLink(f, {
        id: `link-${f.id}`,
        fileId: f.id,
        secretHash: `hash-${f.id}`,
        expiresAt: new Date(NOW.getTime() + 30 * DAY),
        downloadLimit: null,
        downloads: 0,
      });
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['19811218-9876', '811218-9876', '8112189876', '198112189876'])(
    'finds every spelling of the number from %s, oldest first',
    async (query) => {
      const ids = (await searchSubject(store, query, 100, NOW)).map((f) => f.id);
      expect(ids).toEqual([files[0]?.id, files[1]?.id, files[2]?.id]);
    },
  );

  it('searches other text as it was typed', async () => {
    expect((await searchSubject(store, 'annan', 100, NOW)).map((f) => f.id)).toEqual([files[3]?.id]);
    expect(subjectQueries('Anna Berg', NOW)).toEqual(['Anna Berg']);
    // A wrong check digit is no personnummer: only the literal text is searched.
    expect(subjectQueries('811218-9877', NOW)).toEqual(['811218-9877']);
  });

  it('keeps to the limit', async () => {
    expect(await searchSubject(store, '811218-9876', 2, NOW)).toHaveLength(2);
  });
});
