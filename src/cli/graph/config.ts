/**
 * Graph settings from the environment (never from arguments: a secret on a command line shows in `ps`).
 * The app registration needs application permissions Mail.ReadWrite and User.Read.All (docs/admin-guide.md).
 */
import { readFileSync } from 'node:fs';

export type GraphCredential =
  | { readonly kind: 'secret'; readonly secret: string }
  | {
      readonly kind: 'certificate';
      readonly privateKey: string;
      readonly thumbprintSha256: string;
      readonly x5c?: string;
    };

export interface GraphConfig {
  readonly tenant: string;
  readonly clientId: string;
  readonly credential: GraphCredential;
  /** e.g. `https://login.microsoftonline.com` (no tenant). */
  readonly authorityHost: string;
  /** e.g. `https://graph.microsoft.com/v1.0`. */
  readonly graphUrl: string;
}

/** A required setting is missing or unreadable. */
export class GraphConfigError extends Error {
  override name = 'GraphConfigError' as const;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') throw new GraphConfigError(`${name} is not set`);
  return value.trim();
}

function credentialOf(env: NodeJS.ProcessEnv): GraphCredential {
  const secret = env['MAILGUARD_GRAPH_CLIENT_SECRET'];
  if (secret !== undefined && secret !== '') return { kind: 'secret', secret };
  const keyFile = env['MAILGUARD_GRAPH_CERT_KEY_FILE'];
  if (keyFile === undefined || keyFile === '')
    throw new GraphConfigError('set MAILGUARD_GRAPH_CLIENT_SECRET or MAILGUARD_GRAPH_CERT_KEY_FILE');
  const read = (file: string): string => {
    try {
      return readFileSync(file, 'utf8');
    } catch (error: unknown) {
      throw new GraphConfigError(`cannot read ${file}`, { cause: error });
    }
  };
  const certFile = env['MAILGUARD_GRAPH_CERT_FILE'];
  return {
    kind: 'certificate',
    privateKey: read(keyFile),
    thumbprintSha256: required(env, 'MAILGUARD_GRAPH_CERT_THUMBPRINT').replace(/:/g, '').toLowerCase(),
    ...(certFile !== undefined && certFile !== '' ? { x5c: read(certFile) } : {}),
  };
}

/** Reads MAILGUARD_GRAPH_TENANT, _CLIENT_ID, a secret or certificate, and the optional endpoints. */
export function graphConfigFromEnv(env: NodeJS.ProcessEnv): GraphConfig {
  return {
    tenant: required(env, 'MAILGUARD_GRAPH_TENANT'),
    clientId: required(env, 'MAILGUARD_GRAPH_CLIENT_ID'),
    credential: credentialOf(env),
    authorityHost: (env['MAILGUARD_GRAPH_AUTHORITY'] ?? 'https://login.microsoftonline.com').replace(
      /\/+$/,
      '',
    ),
    graphUrl: (env['MAILGUARD_GRAPH_URL'] ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, ''),
  };
}
