/**
 * The CLI's sub-commands. A command's code (and the npm packages it needs: the vault's web server and
 * storage drivers, Graph's sign-in) is loaded only when that command runs, so `mailguard scan` of one small
 * file does not pay for the vault's start-up.
 */

import type { Command } from './command';

/** A command listed by name and summary whose module is imported on first run. */
function lazy(name: string, summary: string, load: () => Promise<Command>): Command {
  return { name, summary, run: async (args) => (await load()).run(args) };
}

export const COMMANDS: readonly Command[] = [
  lazy(
    'scan',
    'scan files and folders (.eml, office files, pdf, csv...) for personal data',
    async () => (await import('./scan')).SCAN_COMMAND,
  ),
  lazy(
    'sweep',
    'list (and archive or delete) old mail with personal data in mailboxes',
    async () => (await import('./sweep')).SWEEP_COMMAND,
  ),
  lazy('vault', 'run the secure file server (the vault)', async () => (await import('./vault')).vaultCommand),
];
