// `npm start`: the add-in's HTTPS dev server on https://localhost:3000 (task pane, on-send runtime, compose
// and read simulators, manifest) and the vault on embedded storage with development sign-in, until Ctrl+C.
// The dev server also answers as the Microsoft Graph stand-in of the tests (test/support/graph-standin), on
// the read simulator's mailbox, so the read pane's archive-and-delete works end to end in the simulator.
// Works headless: nothing is opened, everything is printed. `--no-vault` starts the dev server alone.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { devCertificate } from './dev-cert.mjs';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PORT = 3000;
const VAULT_PORT = 8787;
const withVault = !process.argv.includes('--no-vault');

/** Starts `mailguard vault --dev-auth` when the CLI has that command; resolves with the child or undefined. */
async function startVault() {
  // The CLI bundle is rebuilt so the vault matches the source tree.
  await import('./build-node.mjs');
  const cli = `${ROOT}bin/mailguard.cjs`;
  if (!existsSync(`${ROOT}dist/node/mailguard.cjs`)) return undefined;
  const child = spawn(process.execPath, [cli, 'vault', '--dev-auth', '--port', String(VAULT_PORT)], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const early = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), 1500);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
  });
  if (early !== undefined) {
    console.warn(`The vault did not start (exit status ${early}); the add-in runs without it.`);
    return undefined;
  }
  return child;
}

/**
 * The Graph stand-in on the simulator's mailbox, compiled from its TypeScript for this process. Returns the
 * request handler and the paths it answers (`/v1.0/…`, the development sign-in `/api/dev/token`).
 */
async function simulatorGraph() {
  // Inside the project, so the bundle's `require` of jose finds node_modules.
  const outfile = `${ROOT}node_modules/.cache/mailguard/graph-standin.cjs`;
  await build({
    entryPoints: [`${ROOT}test/support/graph-standin/simulator-tenant.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return require(outfile).simulatorGraph();
}

const origin = `https://localhost:${PORT}`;
const { key, cert, certFile } = await devCertificate();
const graph = await simulatorGraph();
const configs = require('../webpack.config.js')({}, { mode: 'development' });
const compiler = webpack(configs);
const server = new WebpackDevServer(
  {
    host: 'localhost',
    port: PORT,
    server: { type: 'https', options: { key, cert } },
    // No hot-reload or live-reload client anywhere: it breaks the on-send bundle in Outlook's runtimes.
    hot: false,
    liveReload: false,
    client: false,
    static: false,
    headers: { 'Access-Control-Allow-Origin': '*' },
    // First in line, before webpack's own middleware: the stand-in reads the raw request body itself.
    setupMiddlewares: (middlewares) => [
      {
        name: 'graph-standin',
        middleware: (req, res, next) =>
          graph.answers(new URL(req.url ?? '/', origin).pathname) ? graph.handle(req, res) : next(),
      },
      ...middlewares,
    ],
  },
  compiler,
);
await server.start();
const vault = withVault ? await startVault() : undefined;

console.log(`
Mail Guard development server on ${origin}

  Compose simulator:  ${origin}/simulator.html   (?lang=en for English)
  Read simulator:     ${origin}/simulator.html?mode=read   (Graph stand-in on this origin, ${origin}/v1.0)
  Task pane:          ${origin}/taskpane.html
  Manifest:           ${ROOT}manifest.xml          (also served at ${origin}/manifest.xml)
  Vault:              ${vault ? `http://localhost:${VAULT_PORT} (embedded storage, --dev-auth)` : 'not running'}

Sideload in Outlook (trust the development certificate ${certFile} first):
  Outlook on the web / new Outlook:  Get Add-ins → My add-ins → Custom add-ins → Add a custom add-in → Add from file → manifest.xml
  Classic Outlook on Windows:         File → Info → Manage Add-ins (opens the web page above) → same steps
  Outlook on Mac:                     Get Add-ins → My add-ins → Add a custom add-in → Add from file → manifest.xml
Then compose a message and choose "Check for personal data" on the ribbon. Stop with Ctrl+C.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  if (vault && vault.exitCode === null) vault.kill('SIGTERM');
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
