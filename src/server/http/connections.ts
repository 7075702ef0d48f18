import { STATUS_CODES, type ServerOptions } from 'node:http';
import { BlockList, isIPv6, type Server, type Socket } from 'node:net';
import type { ErrorBody, VaultErrorCode } from '../../contract';
import type { VaultConfig } from '../config';

/**
 * Fastify/Node options against slow clients. Node checks the request and header timeouts only every
 * `connectionsCheckingInterval` (30 s by default), so the interval follows the shortest timeout.
 */
export function serverTimeoutOptions(config: VaultConfig): {
  requestTimeout: number;
  connectionTimeout: number;
  keepAliveTimeout: number;
  http: ServerOptions;
} {
  const { requestMs, headersMs, idleMs, keepAliveMs } = config.timeouts;
  const interval = Math.min(30_000, Math.max(100, Math.floor(Math.min(requestMs, headersMs) / 4)));
  return {
    requestTimeout: requestMs,
    connectionTimeout: idleMs,
    keepAliveTimeout: keepAliveMs,
    http: { headersTimeout: headersMs, connectionsCheckingInterval: interval },
  };
}

const CLIENT_ERRORS: Readonly<Record<string, readonly [number, VaultErrorCode, string]>> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'bad-request', 'The request took too long to arrive.'],
  HPE_HEADER_OVERFLOW: [431, 'bad-request', 'The request headers are too large.'],
};

/**
 * Node's answer to requests it cannot parse or that time out, in the vault's one error shape (Fastify's
 * default writes its own body). Nothing is written once a response has started.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [
    400,
    'bad-request',
    'The request could not be read.',
  ];
  const started = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (socket.writable && started?.headersSent !== true) {
    const body = JSON.stringify({ code, message } satisfies ErrorBody);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/**
 * At most `max` open connections per client address; more are closed on arrival (a slowloris needs many).
 * Trusted proxies are exempt: every client behind them shares their address.
 */
export function capConnections(server: Server, max: number, trustedProxies: readonly string[]): void {
  const trusted = proxyList(trustedProxies);
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (address === undefined || isTrusted(trusted, address)) return;
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}

/** The configured proxies (addresses or CIDR ranges) as a Node block list. */
function proxyList(proxies: readonly string[]): BlockList {
  const list = new BlockList();
  for (const proxy of proxies) {
    const [address = '', bits] = proxy.split('/');
    const family = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1]; // IPv4 on a dual-stack socket
  return mapped !== undefined
    ? list.check(mapped, 'ipv4')
    : list.check(address, isIPv6(address) ? 'ipv6' : 'ipv4');
}
