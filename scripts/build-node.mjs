// Bundles the Node side (the `mailguard` CLI, which also starts the vault) into two CommonJS files:
//   dist/node/mailguard.bundle.cjs  the whole CLI (src/cli/main.ts), ~1 MB;
//   dist/node/mailguard.cjs         the start file (src/cli/start/launch.ts): loads the bundle with V8's
//                                   code cache, so a short command does not compile it all again
//                                   (docs/adr/0042-cli-code-cache.md).
// Most npm packages stay external (installed by `npm ci`), so native modules such as better-sqlite3 keep
// working. The few small pure-JavaScript packages every `mailguard scan` needs are bundled in: loaded from
// node_modules they are dozens of files to resolve, read and compile on each start (libphonenumber-js alone
// is ~60), which was a good part of a one-file scan's wall time (docs/adr/0038-cli-start-and-parallel-scan.md).
// The command modules are imported on first run (src/cli/commands.ts), so esbuild keeps each one's
// initialisation, and the `require` of its external packages, until that command runs.
//
// `node scripts/build-node.mjs [--outfile FILE]`: FILE is the start file, the bundle goes next to it; the
// tests build their own copy with the same options.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { build } from 'esbuild';

/** Packages compiled into the bundle; every other bare import stays a `require` of node_modules. */
export const BUNDLED_PACKAGES = ['libphonenumber-js', 'fflate', 'postal-mime'];

/** The bundle's name next to the start file: src/cli/start/bundle-files.ts `bundleOf` says the same. */
const bundleOf = (startFile) => startFile.replace(/\.cjs$/, '') + '.bundle.cjs';

/** src/cli/start/bundle-files.ts `IMPORT_ESM_KEY`: where the start file offers a working `import()`. */
const IMPORT_ESM_KEY = 'mailguard.importEsm';
// As long as `import`, so that every position after a rewritten call, and the source map, stay as they were.
const IMPORT_ESM = 'IMPORT';

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

/**
 * V8 drops a script's dynamic-import handler when the script is compiled from cached data (Node 20), so
 * the bundle's `import("package")` calls (pdf.js, msgreader, openid-client: ESM packages loaded on first
 * use) are pointed at a function the start file offers, compiled by Node's own loader; run without the
 * start file, the bundle falls back to its own `import()`. Every external dynamic import esbuild reports
 * must be rewritten exactly once, or the build fails rather than ship a bundle that cannot load pdf.js.
 */
function rewriteDynamicImports(code, metafile) {
  // The banner declares the name once; any other use would be shadowed by, or shadow, the rewritten calls.
  if (code.match(new RegExp(`\\b${IMPORT_ESM}\\b`, 'g'))?.length !== 1)
    throw new Error(`build-node: the bundle already uses the name ${IMPORT_ESM}`);
  const expected = Object.values(metafile.inputs)
    .flatMap((input) => input.imports)
    .filter((i) => i.kind === 'dynamic-import' && i.external)
    .map((i) => JSON.stringify(i.path));
  let count = 0;
  const rewritten = code.replace(/\bimport\((\s*"(?:[^"\\\n]|\\.)*"\s*)\)/g, (whole, specifier) => {
    if (!expected.includes(specifier.trim())) return whole;
    count += 1;
    return `${IMPORT_ESM}(${specifier})`;
  });
  if (count !== expected.length)
    throw new Error(`build-node: rewrote ${count} of ${expected.length} external dynamic imports`);
  return rewritten;
}

const at = process.argv.indexOf('--outfile');
const outfile = at >= 0 ? process.argv[at + 1] : 'dist/node/mailguard.cjs';
const bundleFile = bundleOf(outfile);

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // Less to read and scan on every start; identifiers keep their names for readable stack traces.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
};

const bundled = await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: bundleFile,
  plugins: [externalPackages],
  // fflate's Node build loads worker_threads at start for its async API, which the extractors never use
  // (they inflate synchronously, src/core/extraction/zip-inflate.ts); its plain build has the same code.
  alias: { fflate: 'fflate/browser' },
  banner: {
    // "use strict" first: the bundle is strict code, and a directive counts only at the very start.
    js: `"use strict";var ${IMPORT_ESM}=globalThis[Symbol.for(${JSON.stringify(IMPORT_ESM_KEY)})]??(s=>import(s));`,
  },
  // Linked, not inline: Node reads the map only when asked to (--enable-source-maps), never at start.
  sourcemap: 'linked',
  metafile: true,
  write: false,
});
// With `write: false` esbuild creates no folder: a fresh clone has no dist/node yet.
mkdirSync(dirname(bundleFile), { recursive: true });
for (const file of bundled.outputFiles)
  writeFileSync(
    file.path,
    file.path.endsWith('.cjs') ? rewriteDynamicImports(file.text, bundled.metafile) : file.contents,
  );

await build({
  ...common,
  entryPoints: ['src/cli/start/launch.ts'],
  outfile,
  // Only Node built-ins and the small modules beside it; nothing from node_modules.
  packages: 'external',
});
