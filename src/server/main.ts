import type { FastifyInstance } from 'fastify';
import { createApp } from './app';
import { loadConfig, type VaultFlags } from './config-env';
import { buildDeps } from './deps';
import { operatorWarnings } from './services/warnings';

/** A running vault process: its address and how to stop it. */
export interface RunningVault {
  readonly app: FastifyInstance;
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The process side of the vault: validate config once, open storage, listen, run the retention worker,
 * and on SIGINT/SIGTERM stop taking requests, finish those in flight and close storage.
 */
export async function startVault(
  flags: VaultFlags,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunningVault> {
  const config = loadConfig(flags, env);
  const deps = await buildDeps(config);
  let app: FastifyInstance;
  try {
    app = await createApp(config, deps);
    await app.listen({ host: config.host, port: config.port });
  } catch (error: unknown) {
    await deps.close();
    throw error;
  }
  app.vault.worker.start(config.sweepIntervalMs);
  void app.vault.worker.runOnce();
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  if (config.port === 0 && env['MAILGUARD_PUBLIC_URL'] === undefined) app.vault.ctx.publicUrl = url;
  if (config.auth.kind === 'dev')
    app.log.warn('--dev-auth: tokens are issued locally; never use this in production');
  for (const warning of operatorWarnings(app.vault.ctx)) app.log.warn(`WARNING: ${warning}`);
  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      await app.close();
      await deps.close();
    })();
    return stopping;
  };
  return { app, url, stop };
}
