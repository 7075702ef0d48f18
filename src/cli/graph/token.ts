/**
 * App-only tokens for Graph: the client credentials grant through MSAL Node, which caches the token and
 * renews it before it expires. MSAL's HTTP goes through our client so a local stand-in's CA is trusted.
 */
import { ConfidentialClientApplication, type Configuration, type INetworkModule } from '@azure/msal-node';
import type { GraphConfig } from './config';
import { httpRequest, type HttpOptions } from './http';

const MICROSOFT_HOSTS = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.partner.microsoftonline.cn',
];

function networkClient(options: HttpOptions): INetworkModule {
  const send = async <T>(
    url: string,
    method: 'GET' | 'POST',
    headers?: Record<string, string>,
    body?: string,
  ) => {
    const response = await httpRequest(
      url,
      { method, ...(headers ? { headers } : {}), ...(body !== undefined ? { body } : {}) },
      options,
    );
    return {
      status: response.status,
      headers: { ...response.headers },
      body: JSON.parse(response.body.toString('utf8') || '{}') as T,
    };
  };
  return {
    sendGetRequestAsync: (url, request) => send(url, 'GET', request?.headers),
    sendPostRequestAsync: (url, request) => send(url, 'POST', request?.headers, request?.body),
  };
}

/** OpenID metadata of a non-Microsoft authority (a local stand-in), given so MSAL does no discovery. */
function standInMetadata(authority: string): string {
  return JSON.stringify({
    token_endpoint: `${authority}/oauth2/v2.0/token`,
    authorization_endpoint: `${authority}/oauth2/v2.0/authorize`,
    end_session_endpoint: `${authority}/oauth2/v2.0/logout`,
    issuer: `${authority}/v2.0`,
    jwks_uri: `${authority}/discovery/v2.0/keys`,
  });
}

export type TokenSource = () => Promise<string>;

/** A function giving a valid Graph access token (cached by MSAL between calls). */
export function graphTokenSource(config: GraphConfig, http: HttpOptions): TokenSource {
  const authority = `${config.authorityHost}/${config.tenant}`;
  const host = new URL(config.authorityHost).host;
  const local = MICROSOFT_HOSTS.indexOf(host) < 0;
  const credential =
    config.credential.kind === 'secret'
      ? { clientSecret: config.credential.secret }
      : {
          clientCertificate: {
            privateKey: config.credential.privateKey,
            thumbprintSha256: config.credential.thumbprintSha256,
            ...(config.credential.x5c !== undefined ? { x5c: config.credential.x5c } : {}),
          },
        };
  const msalConfig: Configuration = {
    auth: {
      clientId: config.clientId,
      authority,
      ...credential,
      ...(local ? { knownAuthorities: [host], authorityMetadata: standInMetadata(authority) } : {}),
    },
    system: { networkClient: networkClient(http) },
  };
  const app = new ConfidentialClientApplication(msalConfig);
  const scope = `${new URL(config.graphUrl).origin}/.default`;
  return async () => {
    const result = await app.acquireTokenByClientCredential({ scopes: [scope] });
    if (result === null || result.accessToken === '') throw new Error('no Graph access token was issued');
    return result.accessToken;
  };
}
