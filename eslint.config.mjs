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

/** What no file of the core imports: the adapters, UI libraries, Node. */
const CORE_OUTSIDE = [
  'contract',
  'addin',
  'taskpane',
  'onsend',
  'simulator',
  'server',
  'cli',
  'react',
  'react-dom',
  '@fluentui/*',
  ...NODE_BUILTINS,
];

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
// A relative import climbing out of one area into another (`../policy/decide`, `../../draft`); a file of the
// same name inside an area (`model/draft.ts`) is not the area.
const coreAreaBoundaries = Object.keys(CORE_AREAS).map((name) => ({
  files: [`src/core/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...patterns(OUTER, CORE_OUTSIDE),
          ...Object.keys(CORE_AREAS)
            .filter((other) => other !== name && !CORE_AREAS[name].includes(other))
            .map((other) => ({ regex: `^(\\.\\./)+${other}(/|$)`, message: INNER })),
        ],
      },
    ],
  },
}));

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
    rules: forbid(
      'taskpane',
      'simulator',
      'server',
      'cli',
      'react',
      'react-dom',
      '@fluentui/*',
      ...NODE_BUILTINS,
    ),
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
