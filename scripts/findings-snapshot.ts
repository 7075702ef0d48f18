// Prints every finding the detector makes on a fixed corpus, one line per text, so a change meant to be
// behaviour-preserving (speed work) can be checked: the output before and after must be identical.
// Corpus: generated mail (bench/mail-text, fixed seeds), every .eml fixture and unseen draft scanned as raw
// text by `analyze`, and the same files through the built CLI (`mailguard scan --json`: verdicts, severities).
// Usage: npm run build:node && npx tsx scripts/findings-snapshot.ts > after.jsonl; diff before.jsonl after.jsonl
// Values are printed masked only; this output stays on the machine like any test output.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyze, DEFAULT_RECOGNIZERS } from '../src/core/detection';
import { mailLikeText } from '../bench/mail-text';

const ROOT = path.join(__dirname, '..');
const ENV = {
  today: { year: 2026, month: 11, day: 25 },
  allow: { values: [], emails: [], ownDomains: ['vinnter.se'] },
  maxChars: 4 * 1024 * 1024,
};
const FOLDERS = ['test/eval/unseen/drafts', 'test/fixtures/eml'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const full = path.join(folder, name);
      return statSync(full).isDirectory() ? filesUnder(full) : name.endsWith('.eml') ? [full] : [];
    });
}

function printAnalysis(label: string, text: string): void {
  const { findings, scannedChars, truncated } = analyze({ text }, ENV, DEFAULT_RECOGNIZERS);
  const rows = findings.map((f) => [
    f.type,
    f.start,
    f.end,
    f.severity,
    f.score,
    f.masked,
    f.reasons.join(','),
  ]);
  console.log(JSON.stringify({ label, scannedChars, truncated, findings: rows }));
}

const files = FOLDERS.flatMap((folder) => filesUnder(path.join(ROOT, folder)));
for (let seed = 1; seed <= 3; seed++) printAnalysis(`generated:${seed}`, mailLikeText(1024 * 1024, seed));
for (const file of files) printAnalysis(path.relative(ROOT, file), readFileSync(file, 'utf8'));

const cli = spawnSync(
  'node',
  ['bin/mailguard.cjs', 'scan', '--json', ...files.map((f) => path.relative(ROOT, f))],
  {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  },
);
if (cli.status !== 0 && cli.status !== 1) {
  console.error(`findings-snapshot: mailguard scan exited ${cli.status}: ${cli.stderr}`);
  process.exit(2);
}
process.stdout.write(cli.stdout);
