/**
 * `mailguard` entry point: picks the sub-command. Each command module owns its flags and exit status.
 * Exit statuses (docs/cli.md): 0 all read, 1 some input unreadable, 2 usage error.
 */
import { COMMANDS } from './commands';
import { SCAN_WORKER_ARG } from './scan-report';

const USAGE = `Usage: mailguard <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}`).join('\n')}

Run \`mailguard <command> --help\` for the options of a command.`;

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    console.log(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`mailguard: unknown command '${name}'.\n\n${USAGE}`);
    return 2;
  }
  return command.run(rest);
}

function runCommandLine(): void {
  // A reader that stops early (`mailguard scan … | head`) closes the pipe: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`mailguard: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}

// `mailguard scan` starts worker threads on this same bundle; such a thread scans, it does not parse argv.
if (process.argv[2] === SCAN_WORKER_ARG) void import('./scan-worker').then((worker) => worker.serveScans());
else runCommandLine();
