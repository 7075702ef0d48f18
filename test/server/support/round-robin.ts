import { createServer, type Server } from 'node:https';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/** One request the proxy passed on: which instance got it, and what it was. */
export interface Routed {
  readonly instance: number;
  readonly method: string;
  readonly path: string;
}

/**
 * A TLS-terminating load balancer on loopback with strict round robin and no affinity of any kind: request
 * n goes to instance n mod k, whatever its cookies or path. It keeps the order it routed in (`log`), so a
 * test can prove which instance served each step. Its certificate is self-signed; {@link send} trusts it.
 */
export class RoundRobinProxy {
  readonly log: Routed[] = [];
  targets: string[] = [];
  private next = 0;

  private constructor(
    private readonly server: Server,
    readonly certificate: string,
  ) {}

  static async start(): Promise<RoundRobinProxy> {
    const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      algorithm: 'sha256',
    });
    let proxy: RoundRobinProxy | null = null;
    const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
      if (proxy === null || proxy.targets.length === 0) return void res.writeHead(503).end();
      const instance = proxy.next++ % proxy.targets.length;
      proxy.log.push({ instance, method: req.method ?? 'GET', path: req.url ?? '/' });
      const target = new URL(req.url ?? '/', proxy.targets[instance]);
      const upstream = httpRequest(
        target,
        {
          method: req.method,
          headers: { ...req.headers, 'x-forwarded-proto': 'https', connection: 'close' },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    proxy = new RoundRobinProxy(server, pems.cert);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Which instances served the requests routed since `mark` (an index into `log`). */
  instancesSince(mark: number): Set<number> {
    return new Set(this.log.slice(mark).map((entry) => entry.instance));
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** An answer read whole. */
export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** One HTTPS request through the proxy, trusting only its certificate; redirects are not followed. */
export function send(
  proxy: RoundRobinProxy,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      new URL(path, proxy.url),
      {
        method: options.method ?? 'GET',
        headers: options.headers,
        ca: proxy.certificate,
        // The pinned self-signed certificate is the whole trust; its name is not what is under test.
        checkServerIdentity: () => undefined,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** `name=value` pairs of an answer's Set-Cookie headers (cleared cookies dropped), as a Cookie header. */
export function cookiesFrom(answer: Answer): string {
  const raw = answer.headers['set-cookie'];
  const lines = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return lines
    .map((line) => line.split(';')[0] ?? '')
    .filter((pair) => pair.indexOf('=') > 0 && pair.indexOf('=') < pair.length - 1)
    .join('; ');
}
