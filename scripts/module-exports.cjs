// Runs a module of the project at build time and hands back its exports: the on-send build writes in values
// the project's own code works out (the alert's type names, the merged first names, the merged term table)
// instead of carrying the data they are worked out from. esbuild bundles the module, its imports included,
// into CommonJS, and it is run here once.
const { buildSync } = require('esbuild');

/** The exports of `contents` (TypeScript, its imports resolved from `root`), once run. */
function moduleExports(root, contents) {
  const { outputFiles } = buildSync({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(module, module.exports);
  return module.exports;
}

module.exports = { moduleExports };
