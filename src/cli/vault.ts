import type { Command } from './command';
import { ConfigError, startVault, type VaultFlags } from '../server';
import { stopRequestedByParent } from './start/vault-thread';

const HELP = `Usage: mailguard vault [--data DIR] [--port N] [--host ADDR] [--dev-auth]

Starts the vault (Mail Guard's secure file server) on embedded storage.
  --data DIR    data folder (default ./.mailguard-data)
  --port N      port (default 8787; 0 picks a free one)
  --host ADDR   bind address (default 127.0.0.1)
  --dev-auth    local development: POST /api/dev/token issues tokens (loopback binds only)

Production settings come from MAILGUARD_* environment variables (docs/vault.md).`;

type Parsed = { kind: 'run'; flags: VaultFlags } | { kind: 'help' } | { kind: 'usage'; message: string };

function parseArgs(args: readonly string[]): Parsed {
  const flags: { dataDir?: string; port?: number; host?: string; devAuth?: boolean } = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    const value = args[i + 1];
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--dev-auth') flags.devAuth = true;
    else if ((arg === '--data' || arg === '--port' || arg === '--host') && value !== undefined) {
      i += 1;
      if (arg === '--data') flags.dataDir = value;
      else if (arg === '--host') flags.host = value;
      else if (/^\d{1,5}$/.test(value)) flags.port = Number(value);
      else return { kind: 'usage', message: `--port needs a number, got '${value}'` };
    } else return { kind: 'usage', message: `unknown or incomplete option '${arg ?? ''}'` };
  }
  return { kind: 'run', flags };
}

/** Resolves on the first SIGINT or SIGTERM; a second one meets Node's default and ends the process. */
function nextSignal(): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = (): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** `mailguard vault`: runs until SIGINT/SIGTERM, then shuts down gracefully. */
export const vaultCommand: Command = {
  name: 'vault',
  summary: 'run the secure file server (the vault)',
  async run(args) {
    const parsed = parseArgs(args);
    if (parsed.kind === 'help') {
      console.log(HELP);
      return 0;
    }
    if (parsed.kind === 'usage') {
      console.error(`mailguard vault: ${parsed.message}\n\n${HELP}`);
      return 2;
    }
    try {
      const vault = await startVault(parsed.flags);
      console.error(`mailguard vault: listening on ${vault.url} (OpenAPI at ${vault.url}/openapi.json)`);
      // On the vault's own thread (start/vault-thread.ts) the main thread passes signals on as a message.
      const fromParent = stopRequestedByParent();
      await (fromParent ?? nextSignal());
      await vault.stop().catch(() => undefined);
      return 0;
    } catch (error: unknown) {
      if (error instanceof ConfigError) {
        console.error(`mailguard vault: ${error.message}`);
        return 2;
      }
      throw error;
    }
  },
};
