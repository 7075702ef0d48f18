// Bundles the Node side (the `mailguard` CLI, which also starts the vault) into one CommonJS file.
// Most npm packages stay external (installed by `npm ci`), so native modules such as better-sqlite3 keep
// working. The few small pure-JavaScript packages every `mailguard scan` needs are bundled in: loaded from
// node_modules they are dozens of files to resolve, read and compile on each start (libphonenumber-js alone
// is ~60), which was a good part of a one-file scan's wall time (docs/adr/0038-cli-start-and-parallel-scan.md).
// The command modules are imported on first run (src/cli/commands.ts), so esbuild keeps each one's
// initialisation, and the `require` of its external packages, until that command runs.
//
// `node scripts/build-node.mjs [--outfile FILE]`: the tests build their own copy with the same options.
import { build } from 'esbuild';

/** Packages compiled into the bundle; every other bare import stays a `require` of node_modules. */
export const BUNDLED_PACKAGES = ['libphonenumber-js', 'fflate', 'postal-mime'];

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      BUNDLED_PACKAGES.includes(packageName(args.path)) ? undefined : { path: args.path, external: true },
    );
  },
};

const at = process.argv.indexOf('--outfile');
const outfile = at >= 0 ? process.argv[at + 1] : 'dist/node/mailguard.cjs';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  plugins: [externalPackages],
  // fflate's Node build loads worker_threads at start for its async API, which the extractors never use
  // (they inflate synchronously, src/core/extraction/zip-inflate.ts); its plain build has the same code.
  alias: { fflate: 'fflate/browser' },
  sourcemap: true,
  logLevel: 'warning',
});
