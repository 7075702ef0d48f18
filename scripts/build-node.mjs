// Bundles the Node side (the `mailguard` CLI, which also starts the vault) into one CommonJS file.
// npm packages stay external (installed by `npm ci`), so native modules such as better-sqlite3 keep working.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/node/mailguard.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
