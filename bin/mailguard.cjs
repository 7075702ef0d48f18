#!/usr/bin/env node
'use strict';
// The CLI is built into dist/ by `npm ci` (the `prepare` script). Point at the fix when it was not.
try {
  require.resolve('../dist/node/mailguard.cjs');
} catch {
  console.error(
    'mailguard: the CLI is not built yet. Run `npm run build:node` (or `npm ci`) in the project folder.',
  );
  process.exit(2);
}
require('../dist/node/mailguard.cjs');
