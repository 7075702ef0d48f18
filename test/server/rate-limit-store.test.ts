/**
 * The shared request counters on both engines: one atomic upsert per request, so parallel requests (as from
 * two instances) get distinct counts and none slips under the limit; a window that ended starts over; the
 * retention sweep forgets ended windows. On PostgreSQL two connections stand in for two instances.
 */
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import type { MetadataConfig, VaultConfig } from '../../src/server/config';
import { defaultConfig } from '../../src/server/config-env';
import { openMetadata } from '../../src/server/deps';
import type { MetadataStore } from '../../src/server/storage/types';
import { META_KINDS, announcePostgres, dropPgSchema, pgConfig, tempDir } from './support/adapters';

announcePostgres();

const T0 = new Date('2026-12-05T10:00:00Z');
const at = (ms: number): Date => new Date(T0.getTime() + ms);
const WINDOW = 60_000;

describe.each(META_KINDS)('shared rate-limit counters: %s', (kind) => {
  let dir: string;
  let config: MetadataConfig;
  let one: MetadataStore;
  let two: MetadataStore;
  beforeAll(async () => {
    dir = await tempDir('mg-ratelimit-');
    config = kind === 'sqlite' ? { kind, path: join(dir, 'vault.db') } : pgConfig();
    const open = () => openMetadata({ ...defaultConfig(dir), metadata: config } as VaultConfig);
    one = await open();
    two = await open(); // a second connection, as another instance has
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    if (config.kind === 'postgres') await dropPgSchema(config.schema);
    await rm(dir, { recursive: true, force: true });
  });

  it('counts parallel hits from two connections exactly once each', async () => {
    const hits = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? one : two).rateLimits.hit('b-par', at(i), WINDOW)),
    );
    expect(hits.map((hit) => hit.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    // The window is the first hit's: later hits in it do not move its end.
    expect(new Set(hits.map((hit) => hit.resetAt.getTime())).size).toBe(1);
  });

  it.each([
    ['a hit inside the window counts on', WINDOW - 1, 2, WINDOW],
    ['a hit when the window ends starts a new one', WINDOW, 1, 2 * WINDOW],
    ['a hit long after starts a new one', 10 * WINDOW, 1, 11 * WINDOW],
  ])('%s', async (_name, later, hits, resetAt) => {
    const bucket = `b-${later}`;
    await one.rateLimits.hit(bucket, at(0), WINDOW);
    const hit = await two.rateLimits.hit(bucket, at(later), WINDOW);
    expect(hit).toEqual({ hits, resetAt: at(resetAt) });
  });

  it('keeps buckets apart and forgets only ended windows', async () => {
    await one.rateLimits.hit('b-old', at(0), WINDOW);
    await one.rateLimits.hit('b-young', at(WINDOW), WINDOW);
    expect((await one.rateLimits.hit('b-other', at(1), WINDOW)).hits).toBe(1);
    await one.rateLimits.deleteExpired(at(WINDOW + 1));
    expect((await one.rateLimits.hit('b-old', at(WINDOW + 2), WINDOW)).hits).toBe(1);
    expect((await one.rateLimits.hit('b-young', at(WINDOW + 2), WINDOW)).hits).toBe(2);
  });
});
