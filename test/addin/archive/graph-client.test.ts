/** The pane's Graph client: the move request it sends, 404 as "already gone", throttling, one token refresh. */
import {
  GraphHttpError,
  GraphNetworkError,
  GraphNotFoundError,
  createGraphClient,
  retryAfter,
  type GraphFetch,
} from '../../../src/addin/graph';

interface Sent {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

function scripted(answers: ReadonlyArray<number | [number, Record<string, string>] | Error>) {
  const sent: Sent[] = [];
  const waits: number[] = [];
  const refreshes: boolean[] = [];
  let i = 0;
  const fetch: GraphFetch = (url, init) => {
    sent.push({ url, ...init });
    const answer = answers[Math.min(i++, answers.length - 1)];
    if (answer instanceof Error) return Promise.reject(answer);
    const [status, headers] = Array.isArray(answer) ? answer : [answer as number, {}];
    return Promise.resolve({
      status,
      headers: { get: (name: string) => headers[name] ?? null },
      text: () =>
        Promise.resolve(status >= 400 ? JSON.stringify({ error: { code: `Code${status}` } }) : '{}'),
    });
  };
  const client = createGraphClient({
    baseUrl: 'https://graph.example/v1.0/',
    tokens: {
      kind: 'dev',
      getToken: (options = {}) => {
        refreshes.push(options.forceRefresh === true);
        return Promise.resolve(options.forceRefresh ? 'fresh' : 'cached');
      },
    },
    fetch,
    sleep: (ms) => (waits.push(ms), Promise.resolve()),
  });
  return { client, sent, waits, refreshes };
}

describe('createGraphClient().moveToDeletedItems', () => {
  it('posts the move to Deleted Items for the REST id, with the bearer token', async () => {
    const { client, sent } = scripted([201]);
    await client.moveToDeletedItems('AAMk-a/b_c=');
    expect(sent).toEqual([
      {
        url: 'https://graph.example/v1.0/me/messages/AAMk-a%2Fb_c%3D/move',
        method: 'POST',
        headers: { authorization: 'Bearer cached', 'content-type': 'application/json' },
        body: '{"destinationId":"deleteditems"}',
      },
    ]);
  });

  it('turns 404 into GraphNotFoundError (the message is already gone)', async () => {
    await expect(scripted([404]).client.moveToDeletedItems('x')).rejects.toBeInstanceOf(GraphNotFoundError);
  });

  it('asks for a fresh token once on 401', async () => {
    const { client, refreshes, sent } = scripted([401, 201]);
    await client.moveToDeletedItems('x');
    expect(refreshes).toEqual([false, true]);
    expect(sent[1]?.headers.authorization).toBe('Bearer fresh');
  });

  it('gives up with GraphHttpError when the fresh token is refused too', async () => {
    await expect(scripted([401, 401]).client.moveToDeletedItems('x')).rejects.toMatchObject({
      name: 'GraphHttpError',
      status: 401,
    });
  });

  it('waits Retry-After on 429/503 and then succeeds', async () => {
    const { client, waits, sent } = scripted([[429, { 'retry-after': '2' }], [503, {}], 201]);
    await client.moveToDeletedItems('x');
    expect(waits).toEqual([2000, 1000]);
    expect(sent).toHaveLength(3);
  });

  it('stops after three waits and reports the refusal', async () => {
    const { client, waits } = scripted([[429, { 'retry-after': '1' }]]);
    const error = await client.moveToDeletedItems('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphHttpError);
    expect(error).toMatchObject({ status: 429, code: 'Code429' });
    expect(waits).toHaveLength(3);
  });

  it.each([403, 400])('reports %i with Graph’s error code and does not retry', async (status) => {
    const { client, sent } = scripted([status]);
    await expect(client.moveToDeletedItems('x')).rejects.toMatchObject({ status, code: `Code${status}` });
    expect(sent).toHaveLength(1);
  });

  it('reports a failed connection as GraphNetworkError', async () => {
    await expect(
      scripted([new TypeError('Failed to fetch')]).client.moveToDeletedItems('x'),
    ).rejects.toBeInstanceOf(GraphNetworkError);
  });
});

describe('retryAfter', () => {
  it.each([
    ['3', 3000],
    [' 0 ', 0],
    ['3600', 10_000],
    ['soon', 1000],
    [null, 1000],
  ])('%p → %i ms', (value, ms) => expect(retryAfter(value)).toBe(ms));
});
