/**
 * The CLI's start file (`dist/node/mailguard.cjs`, what `bin/mailguard.cjs` requires, and what scan worker
 * threads and the vault's thread are started on): loads the bundle next to it with the code cache, except
 * on the main thread of `mailguard vault`, which starts the vault's thread (vault-thread.ts). It imports
 * only Node built-ins and the small modules beside it, so it costs next to nothing before the bundle runs.
 */
import { existsSync } from 'node:fs';
import { SCAN_WORKER_ARG } from '../scan-worker-arg';
import { bundleOf } from './bundle-files';
import { cacheFolders } from './cache-folders';
import { loadBundle } from './load-bundle';
import { VAULT_COMMAND } from './vault-command';

const bundle = bundleOf(__filename);
if (!existsSync(bundle)) {
  // A build that stopped half-way: the same advice as bin/mailguard.cjs gives when nothing is built.
  process.stderr.write(
    'mailguard: the CLI is not built yet. Run `npm run build:node` (or `npm ci`) in the project folder.\n',
  );
  process.exit(2);
}
/**
 * `mailguard vault` on the main thread starts the vault's thread instead (vault-thread.ts), which loads
 * the bundle here in turn; `node:worker_threads` is loaded for that command only.
 */
function startsVaultThread(): boolean {
  if (process.argv[2] !== VAULT_COMMAND) return false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: only for this command
  const { startVaultThread } = require('./vault-thread') as typeof import('./vault-thread');
  return startVaultThread(__filename, process.argv.slice(2)) !== undefined;
}

if (!startsVaultThread()) {
  const outcome = loadBundle(bundle, {
    folders: cacheFolders(bundle),
    write: process.argv[2] !== SCAN_WORKER_ARG,
  });
  if (process.env['MAILGUARD_DEBUG_START'] === '1')
    process.stderr.write(`mailguard: code cache ${outcome}\n`);
}
