// Lint rules, including the import boundaries of the architecture (docs/adr/0001-pure-core.md) and, inside
// the core, between its areas (docs/adr/0037-core-areas.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const OUTER = 'This import crosses an architecture boundary (see shared STYLE and docs/adr/0001).';
const INNER = 'This import crosses a boundary between core areas (see docs/adr/0037-core-areas.md).';
const area = (name) => [`**/${name}`, `**/${name}/**`];
const patterns = (message, names) =>
  names.map((name) => ({
    group: name.startsWith('node:') || !name.includes('/') ? [name] : area(name.replace(/^\*\*\//, '')),
    message,
  }));
const forbid = (...names) => ({ 'no-restricted-imports': ['error', { patterns: patterns(OUTER, names) }] });
const NODE_BUILTINS = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'http',
  'https',
  'stream',
  'child_process',
  'zlib',
  'url',
  'util',
  'buffer',
];

/** What onsend.js does not import: the other surfaces, UI libraries, Node. */
const ONSEND_OUTSIDE = [
  'taskpane',
  'simulator',
  'server',
  'cli',
  'react',
  'react-dom',
  '@fluentui/*',
  ...NODE_BUILTINS,
];

/** What no file of the core imports: the adapters, UI libraries, Node. */
const CORE_OUTSIDE = ['contract', 'addin', 'onsend', ...ONSEND_OUTSIDE];

/**
 * Which area of the core may import which (docs/adr/0037-core-areas.md); an area not listed is forbidden.
 * The graph has no cycle: shared types sit in `model`, `draft` ties the others together, `identifiers`
 * (pure identifier schemes) and `detection` sit at the bottom. test/core/architecture.test.ts checks that
 * this graph is acyclic and that the core's actual imports, file by file, have no cycle either.
 */
export const CORE_AREAS = {
  identifiers: [],
  detection: ['identifiers'],
  model: ['detection', 'identifiers'],
  extraction: ['model', 'detection', 'identifiers'],
  policy: ['model', 'detection', 'identifiers'],
  recipients: ['model', 'detection', 'policy', 'identifiers'],
  draft: ['model', 'detection', 'extraction', 'policy', 'recipients', 'identifiers'],
};
/**
 * Libraries the core is handed rather than imports (docs/adr/0054-injected-parsers.md), and the one
 * adapter module of each that may import it; the on-send bundle hands in smaller stand-ins or nothing.
 */
const INJECTED =
  'The core is handed this library (docs/adr/0054-injected-parsers.md); import it only in its adapter.';
const INJECTED_LIBRARIES = {
  'libphonenumber-js': [
    'src/core/detection/recognizers/personal/libphonenumber-phones.ts',
    'src/core/detection/recognizers/personal/phone-reader.ts',
    'src/core/detection/recognizers/personal/phone-metadata.ts',
  ],
  'postal-mime': ['src/core/extraction/formats/email.ts'],
};
const injectedPattern = (library) => ({ group: [library, `${library}/*`], message: INJECTED });

// A relative import climbing out of one area into another (`../policy/decide`, `../../draft`); a file of the
// same name inside an area (`model/draft.ts`) is not the area. `allowed` names the injected libraries the
// files may import (their adapters).
const areaImports = (name, allowed = []) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...patterns(OUTER, CORE_OUTSIDE),
        ...Object.keys(INJECTED_LIBRARIES)
          .filter((library) => !allowed.includes(library))
          .map(injectedPattern),
        ...Object.keys(CORE_AREAS)
          .filter((other) => other !== name && !CORE_AREAS[name].includes(other))
          .map((other) => ({ regex: `^(\\.\\./)+${other}(/|$)`, message: INNER })),
      ],
    },
  ],
});
const coreAreaBoundaries = Object.keys(CORE_AREAS).map((name) => ({
  files: [`src/core/${name}/**/*.ts`],
  rules: areaImports(name),
}));
const injectedAdapters = Object.entries(INJECTED_LIBRARIES).flatMap(([library, files]) =>
  files.map((file) => ({ files: [file], rules: areaImports(file.split('/')[2], [library]) })),
);

/**
 * What onsend.js may not import: the package indexes and default modules that wire libphonenumber, pdf.js
 * and postal-mime (it builds its recognizers and extractor itself, src/onsend/runtime.ts), and the libraries.
 */
const ONSEND_NOT =
  'onsend.js builds its own recognizers and extractor (src/onsend/runtime.ts, docs/adr/0054).';
const onsendImports = [
  { regex: '^(\\.\\./)+core/(detection|draft|extraction)$', message: ONSEND_NOT },
  { regex: '/default-(recognizers|loaders)$', message: ONSEND_NOT },
  ...Object.keys(INJECTED_LIBRARIES).map(injectedPattern),
  { group: ['pdfjs-dist', 'pdfjs-dist/*', '@kenjiuno/msgreader'], message: ONSEND_NOT },
];

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'test/fixtures/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...forbid(...CORE_OUTSIDE),
      'no-restricted-globals': [
        'error',
        'Office',
        'window',
        'document',
        'process',
        'Buffer',
        'localStorage',
        'fetch',
        'navigator',
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The core takes the clock as an argument.' },
        { object: 'Math', property: 'random', message: 'The core takes randomness as an argument.' },
      ],
    },
  },
  ...coreAreaBoundaries,
  ...injectedAdapters,
  {
    files: ['src/contract/**/*.ts'],
    rules: forbid(
      'core',
      'addin',
      'taskpane',
      'onsend',
      'simulator',
      'server',
      'cli',
      'react',
      ...NODE_BUILTINS,
    ),
  },
  {
    files: ['src/addin/**/*.ts'],
    rules: forbid('taskpane', 'onsend', 'simulator', 'server', 'cli', 'react', 'react-dom', '@fluentui/*'),
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...forbid('server', 'onsend', 'simulator', 'cli', ...NODE_BUILTINS),
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/taskpane/components/**/*.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Components get data and callbacks; only src/addin touches Office.' },
      ],
    },
  },
  {
    files: ['src/onsend/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...patterns(OUTER, ONSEND_OUTSIDE), ...onsendImports],
        },
      ],
    },
  },
  {
    files: ['src/simulator/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: forbid('server', 'cli', ...NODE_BUILTINS),
  },
  {
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    rules: forbid('addin', 'taskpane', 'onsend', 'simulator'),
  },
  {
    // package.json says the project's modules have no side effects on import (`sideEffects: false`, so
    // bundles leave out what they do not use): an import for its side effects alone would be dropped.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[specifiers.length=0][importKind!='type']",
          message: 'Modules here have no side effects on import (package.json "sideEffects": false).',
        },
      ],
    },
  },
  {
    // Type-aware rules, for the TypeScript sources and tests only (config and script JS stay untyped: the
    // type program is the slow part of linting).
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*', 'bench/**/*'],
    languageOptions: { globals: { ...globals.node, ...globals.jest, ...globals.browser } },
  },
);
