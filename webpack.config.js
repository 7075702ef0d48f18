/* eslint-disable @typescript-eslint/no-require-imports -- webpack reads this CommonJS file (package.json has no "type": "module"). */
// Builds the browser side of Mail Guard into dist/ (see docs/adr/0002-xml-manifest.md):
//  - taskpane.html + JS (React, Fluent UI; loads office.js from Microsoft's CDN), with a scan worker;
//  - onsend.js: the Smart Alerts handlers as ONE self-contained ES2016 file (classic Outlook's
//    JavaScript-only runtime: no import, no async/await before build 2403), and commands.html that loads it;
//  - simulator.html: the compose simulator (its own fake `Office`, never office.js);
//  - manifest.xml with the development origin rewritten to MAILGUARD_ORIGIN for production builds.
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');
const { alertTypeForms } = require('./scripts/alert-type-forms.cjs');
const { mergedFirstNames } = require('./scripts/first-names-merged.cjs');
const { mergedTermTable } = require('./scripts/term-table-merged.cjs');

const DEV_ORIGIN = 'https://localhost:3000';
const DEV_VAULT_ORIGIN = 'https://localhost:8787';
const ONSEND_ENTRY = path.resolve(__dirname, 'src/onsend/index.ts');
const DIST = path.resolve(__dirname, 'dist');

/** Reads an origin from the environment; only https origins (Outlook refuses anything else). */
function originFromEnv(name, fallback) {
  const raw = process.env[name];
  if (!raw) return fallback;
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error(`${name} must be an https:// origin, got ${raw}`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** swc-loader rule for TypeScript/JavaScript at a given ECMAScript target. */
function swcRule(target, { include } = {}) {
  return {
    test: /\.(ts|tsx|js|mjs|cjs)$/,
    ...(include ? { include } : { exclude: /node_modules/ }),
    use: {
      loader: 'swc-loader',
      options: {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target,
        },
      },
    },
  };
}

/** The manifest with every development URL moved to the given origins (pure: tested in test/manifest.test.ts). */
function rewriteManifest(xml, origin, vaultOrigin) {
  return xml.split(DEV_ORIGIN).join(origin).split(DEV_VAULT_ORIGIN).join(vaultOrigin);
}

/** Emits manifest.xml with every development URL moved to the configured origins. */
class ManifestPlugin {
  constructor(origin, vaultOrigin) {
    this.origin = origin;
    this.vaultOrigin = vaultOrigin;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('ManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ManifestPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const file = path.resolve(__dirname, 'manifest.xml');
          compilation.fileDependencies.add(file);
          const xml = rewriteManifest(fs.readFileSync(file, 'utf8'), this.origin, this.vaultOrigin);
          compilation.emitAsset('manifest.xml', new RawSource(xml));
        },
      );
    });
  }
}

const common = (mode) => ({
  mode,
  devtool: mode === 'production' ? false : 'source-map',
  resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  performance: { hints: false },
  stats: 'errors-warnings',
});

/** The task pane and the simulator: modern WebViews (Edge WebView2, Safari), code-split. */
function browserConfig(mode) {
  const origin = originFromEnv('MAILGUARD_ORIGIN', DEV_ORIGIN);
  const vaultOrigin = originFromEnv('MAILGUARD_VAULT_ORIGIN', DEV_VAULT_ORIGIN);
  return {
    ...common(mode),
    name: 'browser',
    target: ['web', 'es2020'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      simulator: './src/simulator/index.tsx',
    },
    output: {
      path: DIST,
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      // Relative URLs, so the add-in can be served under a path (MAILGUARD_ORIGIN=https://host/mailguard).
      publicPath: 'auto',
      // Keep what other builds put in dist/: the Node CLI (build:node) and onsend.js (the other compiler).
      clean: {
        keep: (asset) => asset.startsWith('node/') || asset.startsWith('console/') || asset === 'onsend.js',
      },
    },
    module: { rules: [swcRule('es2020')] },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'simulator.html',
        template: './src/simulator/simulator.html',
        chunks: ['simulator'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
          { from: 'assets/icon.svg', to: 'assets/icon.svg' },
          { from: 'assets/support.html', to: 'support.html' },
          { from: 'src/taskpane/commands.html', to: 'commands.html' },
          // Written by IT (see docs/admin-guide.md); the add-in falls back to built-in defaults without it.
          { from: 'assets/policy.json', to: 'policy.json', noErrorOnMissing: true },
        ],
      }),
      new ManifestPlugin(origin, vaultOrigin),
    ],
  };
}

/**
 * ES2016 for everything (node_modules too), with swc's helpers imported once from @swc/helpers instead of
 * inlined into every module (about 1 KB gzip of the 60 KB budget). The helpers are already ES5.
 */
function onsendSwcRule() {
  const rule = swcRule('es2016', { include: /./ });
  rule.exclude = /node_modules[\\/]@swc[\\/]helpers[\\/]/;
  rule.use.options.jsc.externalHelpers = true;
  // `a ?? b` and `a?.b` down-levelled as `a != null` rather than `a !== null && a !== void 0`: only
  // `document.all` tells the two apart, and the send handler has no DOM. A tenth of a kilobyte per hundred uses.
  // Object spread as assignment into the fresh object (every spread here builds a new literal, so no setter or
  // read-only property can tell), and getters without side effects (the project's objects are plain data):
  // a tenth of a kilobyte.
  rule.use.options.jsc.assumptions = { noDocumentAll: true, setSpreadProperties: true, pureGetters: true };
  // Class fields as plain assignments in the constructor, not `defineProperty` calls (one per field, and one
  // per field declared without a value): no class here relies on define semantics (no accessor of a base
  // class is shadowed), and the calls cost a kilobyte.
  rule.use.options.jsc.transform = { ...rule.use.options.jsc.transform, useDefineForClassFields: false };
  return rule;
}

/**
 * The project's long string lists written as one string each, before swc reads them: a kilobyte of the budget
 * (scripts/word-lists-loader.cjs says how, docs/adr/0053-word-lists-in-the-bundle.md why).
 */
function wordListsRule() {
  return {
    test: /\.ts$/,
    include: path.resolve(__dirname, 'src'),
    enforce: 'pre',
    loader: path.resolve(__dirname, 'scripts/word-lists-loader.cjs'),
  };
}

/**
 * Terser for onsend.js. Function declarations hoisted to the top of their scope (as the language already
 * treats them, so nothing runs differently) sit together and gzip about 0.6 KB smaller; a third pass takes
 * another tenth, and reading a property taken to have no side effects (the project's objects are plain
 * data, and no code reads a property only to make it throw) about 80 B. Measured with Node's gzip level 9,
 * as test/onsend/bundle.test.ts measures the budget. `unsafe` takes the built-ins (Array, String, Object)
 * to be the standard ones, which in a bundle that brings no polyfill they are: 140 B. `unsafe_arrows` writes a
 * function expression that never reads `this` or `arguments` as an arrow: the project constructs with
 * classes only, never with `new` on a function expression, so none is called as a constructor: 57 B.
 * `unsafe_math` writes `Number(x)` as `+x` (the same for anything but a BigInt, which the bundle never
 * holds) and folds constants across a chain of products (`2 * x * 3`): 48 B. `reduce_funcs: false` keeps a
 * function used once, in another function, where it is declared rather than copying it into its caller,
 * where it would close over the caller's scope and mangle less well: nothing runs differently, 191 B; and
 * `inline: 2` copies only functions of a single `return` into their callers, not those that declare
 * variables: 31 B. `unsafe_proto` reads `Array.prototype.slice` as `[].slice`: 9 B.
 */
const ONSEND_TERSER = {
  compress: {
    passes: 3,
    hoist_funs: true,
    pure_getters: true,
    unsafe: true,
    unsafe_arrows: true,
    unsafe_math: true,
    reduce_funcs: false,
    inline: 2,
    unsafe_proto: true,
  },
};

/**
 * Modules onsend.js takes in a stand-in's place (each stand-in's header says why): readers it leaves to the
 * task pane or reads more simply.
 */
const ONSEND_STAND_INS = {
  // The readers imported statically: one file holds them all anyway, and they join one scope.
  'src/core/extraction/format-loaders.ts': 'src/onsend/format-readers.ts',
  // Every digit run tried, without the spreadsheet-sized pre-test: the same findings on a small draft.
  'src/core/detection/run-filter.ts': 'src/onsend/no-run-filter.ts',
  // Dictionaries built from their lists: only the CLI hands in regexes it kept between runs.
  'src/core/detection/dictionary-sources.ts': 'src/onsend/dictionaries-built-here.ts',
  // Dictionaries run whole: cutting a long one into pieces pays on large files, not on a draft.
  'src/core/detection/dictionary-pieces.ts': 'src/onsend/dictionaries-whole.ts',
  // PDFs are read in the task pane only (no pdf.js here; attached messages' loader is null: runtime.ts).
  'src/core/extraction/formats/pdf.ts': 'src/onsend/pdf-not-read.ts',
  // RTF and OpenDocument, rare in Outlook mail: their readers' bytes go to the detector.
  'src/core/extraction/formats/rtf.ts': 'src/onsend/rtf-not-read.ts',
  'src/core/extraction/formats/odf.ts': 'src/onsend/odf-not-read.ts',
  // Car plates, warnings that decide nothing on send: the task pane shows them.
  'src/core/detection/recognizers/personal/license-plate.ts': 'src/onsend/license-plate-in-pane.ts',
  // IPv6 addresses, a warning too: the logs that make bulk data list IPv4, which is read.
  'src/core/detection/recognizers/personal/ipv6.ts': 'src/onsend/ipv6-in-pane.ts',
  // Swedish bank accounts, a warning: IBANs and the Norwegian and Danish accounts are still read.
  'src/core/detection/recognizers/personal/bank-account.ts': 'src/onsend/bank-account-in-pane.ts',
  // Dates of birth beside a birth word, a warning: an identity number, which holds the date, is read.
  'src/core/detection/recognizers/personal/date-of-birth.ts': 'src/onsend/date-of-birth-in-pane.ts',
  // Object spread's helper as the `Object.assign` every ES2016 runtime has, without its fallback.
  'node_modules/@swc/helpers/esm/_extends.js': 'src/onsend/object-assign.ts',
  // ZIP64 archives named "not checked" (the pane reads them): Outlook's attachments never need it.
  'src/core/extraction/zip64.ts': 'src/onsend/zip64-not-read.ts',
  // Invitations and contact cards, read as plain text.
  'src/core/extraction/formats/calendar.ts': 'src/onsend/calendar-as-text.ts',
  // The alert's names of the types it names by their own name, worked out at build time (see plugins).
  'src/onsend/type-forms.ts': 'src/onsend/type-forms-built.ts',
  // The first names, the per-country lists merged into one at build time (see plugins).
  'src/core/detection/recognizers/sensitive-terms/first-name-set.ts': 'src/onsend/first-name-set-built.ts',
  // The health and art. 9 vocabulary, one list per sense merged at build time (see plugins).
  'src/core/detection/recognizers/sensitive-terms/term-table.ts': 'src/onsend/term-table-built.ts',
};

/** The stand-ins as webpack aliases (absolute paths). */
function onsendStandIns() {
  return Object.fromEntries(
    Object.entries(ONSEND_STAND_INS).map(([from, to]) => [
      path.resolve(__dirname, from),
      path.resolve(__dirname, to),
    ]),
  );
}

/**
 * A value worked out at build time (scripts/module-exports.cjs runs esbuild for each, about a third of a
 * second): worked out when the on-send compilation first meets its name, once, rather than every time this
 * configuration is loaded, which includes the dev server and the tests that build other entries.
 */
function buildTimeValue(compute) {
  let value;
  return DefinePlugin.runtimeValue(() => (value ??= JSON.stringify(compute())), true);
}

/** onsend.js: one file, ES2016, everything (node_modules too) transpiled, no runtime chunk, no hot reload. */
function onsendConfig(mode) {
  return {
    ...common(mode),
    name: 'onsend',
    target: ['web', 'es2016'],
    entry: { onsend: ONSEND_ENTRY },
    output: {
      path: DIST,
      filename: 'onsend.js',
      iife: true,
      chunkLoading: false,
      wasmLoading: false,
      clean: false,
    },
    // Libraries that need Web APIs the JavaScript-only runtime lacks (Blob, TextDecoder) or that do not fit the
    // 100 KB budget are never imported: the core is handed them, and src/onsend/runtime.ts hands it null
    // loaders and a small Nordic phone finder instead (docs/adr/0054-injected-parsers.md). Readers whose own
    // code would be dead weight here are stood in for (ONSEND_STAND_INS); the handler names attachments it
    // does not read "not checked" (docs/adr/0006-pdf-on-send.md).
    resolve: {
      ...common(mode).resolve,
      alias: onsendStandIns(),
    },
    module: {
      parser: { javascript: { dynamicImportMode: 'eager' } },
      rules: [onsendSwcRule(), wordListsRule()],
    },
    optimization: { splitChunks: false, runtimeChunk: false, minimizeOptions: { javascript: ONSEND_TERSER } },
    plugins: [
      new DefinePlugin({
        ALERT_TYPE_FORMS: buildTimeValue(() => alertTypeForms(__dirname)),
        FIRST_NAMES_MERGED: buildTimeValue(() => mergedFirstNames(__dirname)),
        TERM_TABLE_MERGED: buildTimeValue(() => mergedTermTable(__dirname)),
      }),
    ],
    devtool: false,
  };
}

/** The DPO console: served by the vault at /console/ from dist/console (its own folder, same-origin API calls). */
function consoleConfig(mode) {
  return {
    ...common(mode),
    name: 'console',
    target: ['web', 'es2020'],
    entry: { console: './src/console/index.tsx' },
    output: {
      path: path.join(DIST, 'console'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    module: { rules: [swcRule('es2020')] },
    plugins: [new HtmlWebpackPlugin({ filename: 'index.html', template: './src/console/console.html' })],
  };
}

module.exports = (_env, argv) => {
  const mode = argv && argv.mode === 'development' ? 'development' : 'production';
  const configs = [browserConfig(mode), consoleConfig(mode)];
  if (fs.existsSync(ONSEND_ENTRY)) configs.push(onsendConfig(mode));
  else console.warn('webpack: src/onsend/index.ts does not exist yet; onsend.js is not built.');
  return configs;
};
Object.assign(module.exports, { DEV_ORIGIN, DEV_VAULT_ORIGIN, rewriteManifest, originFromEnv });
