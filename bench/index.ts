/**
 * `npm run bench`: prints the quality-target figures (docs/quality-targets.md) as medians of repeated runs.
 * Benchmarks are not tests: nothing here fails on a slow machine. Pass part names to run only those:
 * `npm run bench -- detection quality extraction addin onsend vault resumable identifiers cli-start cli-folder xlsx pane`.
 */
import { benchAddin } from './addin';
import { benchCliFolder, benchCliStart } from './cli';
import { benchDetection } from './detection';
import { benchExtraction } from './extraction';
import { benchIdentifiers } from './identifiers';
import { benchOnSend } from './onsend';
import { benchPane } from './pane';
import { benchQuality } from './quality';
import { benchResumable } from './resumable';
import { benchSweep } from './sweep';
import { benchVault } from './vault';
import { benchXlsx } from './xlsx';

const PARTS: { readonly [name: string]: () => Promise<void> } = {
  detection: benchDetection,
  quality: benchQuality,
  extraction: benchExtraction,
  onsend: benchOnSend,
  addin: benchAddin,
  vault: benchVault,
  resumable: benchResumable,
  sweep: benchSweep,
  identifiers: benchIdentifiers,
  'cli-start': benchCliStart,
  'cli-folder': benchCliFolder,
  xlsx: benchXlsx,
  pane: benchPane,
};

async function main(selected: readonly string[]): Promise<void> {
  const names = selected.length > 0 ? selected : Object.keys(PARTS);
  for (const name of names) {
    const run = PARTS[name];
    if (run === undefined) {
      console.error(`Unknown benchmark '${name}'. Known: ${Object.keys(PARTS).join(', ')}`);
      process.exitCode = 2;
      return;
    }
    console.log(`\n## ${name}`);
    await run();
  }
}

void main(process.argv.slice(2));
