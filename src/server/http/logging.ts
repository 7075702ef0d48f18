import type { LoggerOptions } from 'pino';

/** Link secrets travel in `/s/<secret>` paths; they must never reach a log line. */
export function redactUrl(url: string): string {
  return url.replace(/^\/s\/[^/?#]+/, '/s/[redacted]').replace(/\?.*$/, '?[redacted]');
}

/**
 * pino options: request lines carry method, redacted path and id only; headers that hold credentials are
 * censored wherever they appear. Bodies (file contents, codes) are never logged.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'headers.authorization',
        'authorization',
        'token',
        'access_token',
        'code',
        'secret',
        // Work-account sign-in of link recipients (OpenID Connect): never logged even if passed along.
        'headers.cookie',
        'cookie',
        'id_token',
        'refresh_token',
        'client_secret',
        'clientSecret',
        'code_verifier',
        'codeVerifier',
        'state',
        'nonce',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: redactUrl(req.url),
        id: req.id,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
