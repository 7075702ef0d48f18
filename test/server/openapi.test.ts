import { startTestVault, type TestVault } from './support/vault';

/**
 * The OpenAPI document is built on the first request from the routes recorded at registration. It must be
 * exactly the document the generator produces when it is registered on the app at start, however and
 * whenever it is asked for.
 */
describe('OpenAPI document built on first request', () => {
  let lazy: TestVault;
  let atStart: TestVault;
  beforeAll(async () => {
    lazy = await startTestVault();
    atStart = await startTestVault({ openApiAtStart: true });
  });
  afterAll(async () => {
    await lazy.close();
    await atStart.close();
  });

  const getDocument = async (vault: TestVault): Promise<unknown> => {
    const res = await fetch(`${vault.url}/openapi.json`);
    expect(res.status).toBe(200);
    return res.json();
  };

  it('is the document the generator gives when registered at start', async () => {
    const reference = await getDocument(atStart);
    const built = await getDocument(lazy);
    expect(built).toEqual(reference);
    // Same key order too: clients diffing the text see no change.
    expect(JSON.stringify(built)).toBe(JSON.stringify(reference));
    expect(Object.keys((reference as { paths: object }).paths).length).toBeGreaterThan(15);
  });

  it('is the same on concurrent first requests, on later requests and after other traffic', async () => {
    const fresh = await startTestVault();
    try {
      const first = await Promise.all([getDocument(fresh), getDocument(fresh), getDocument(fresh)]);
      expect(first[1]).toEqual(first[0]);
      expect(first[2]).toEqual(first[0]);
      const token = await fresh.token('anna@vinnter.se');
      const listed = await fetch(`${fresh.url}/api/links`, { headers: { authorization: `Bearer ${token}` } });
      expect(listed.status).toBe(200);
      expect(await getDocument(fresh)).toEqual(first[0]);
      expect(await getDocument(fresh)).toEqual(await getDocument(atStart));
    } finally {
      await fresh.close();
    }
  });

  it('does not load the generator until the document is asked for', async () => {
    const fresh = await startTestVault();
    try {
      expect(fresh.app.hasDecorator('swagger')).toBe(false);
      expect(atStart.app.hasDecorator('swagger')).toBe(true);
      await getDocument(fresh);
      expect(fresh.app.hasDecorator('swagger')).toBe(false); // built in a private instance
    } finally {
      await fresh.close();
    }
  });
});
