/**
 * A local HTTPS stand-in for Microsoft Graph and the Entra token endpoint (README.md), for tests: its own
 * server on 127.0.0.1 with a self-signed certificate, answering through handler.ts.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { standInHandler } from './handler';
import type { Tenant } from './tenant';

export interface GraphStandIn {
  /** Graph base, like `https://graph.microsoft.com/v1.0`. */
  readonly graphUrl: string;
  /** Authority host, like `https://login.microsoftonline.com`. */
  readonly authorityHost: string;
  /** The server's certificate, for the client to trust. */
  readonly ca: string;
  /** The MAILGUARD_GRAPH_* settings that point `mailguard sweep` here. */
  readonly env: Record<string, string>;
  /** Every request, as `METHOD path?query`. */
  readonly requests: string[];
  readonly tenant: Tenant;
  close(): Promise<void>;
}

/** Starts the stand-in on 127.0.0.1 with a fresh self-signed certificate. */
export async function startGraphStandIn(t: Tenant): Promise<GraphStandIn> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const requests: string[] = [];
  const server = https.createServer({ key: pems.private, cert: pems.cert }, standInHandler(t, requests));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    graphUrl: `${origin}/v1.0`,
    authorityHost: origin,
    ca: pems.cert,
    env: {
      MAILGUARD_GRAPH_TENANT: t.tenantId,
      MAILGUARD_GRAPH_CLIENT_ID: t.clientId,
      MAILGUARD_GRAPH_CLIENT_SECRET: t.clientSecret,
      MAILGUARD_GRAPH_AUTHORITY: origin,
      MAILGUARD_GRAPH_URL: `${origin}/v1.0`,
    },
    requests,
    tenant: t,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
