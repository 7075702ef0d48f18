/**
 * Arguments of `mailguard scan [--json] [--reveal] [--policy FILE] [--fail-on block|warn] PATH...`.
 */
import { formatHelpLines } from '../core/extraction/format-help';

export interface ScanOptions {
  readonly json: boolean;
  readonly reveal: boolean;
  readonly policyFile?: string;
  readonly failOn?: 'block' | 'warn';
  readonly paths: readonly string[];
}

export type ParsedArgs =
  | { readonly kind: 'options'; readonly options: ScanOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const SCAN_USAGE = `Usage: mailguard scan [--json] [--reveal] [--policy FILE] [--fail-on block|warn] PATH...

Scans files and folders (recursed) for personal data: .eml messages as drafts (subject, recipients,
body, attachments and their names), and files of these formats (also inside zip files and messages):
${formatHelpLines().join('\n')}

Options:
  --json               one JSON object per input file (JSON Lines), in input order
  --reveal             include the matched values (default: masked values only)
  --policy FILE        the policy file (policy.json); default: the built-in policy
  --fail-on block|warn exit 1 when a file's verdict is this or worse (for CI)
  -h, --help           show this help

Exit status: 0 every file was read, 1 some could not be (or --fail-on matched), 2 usage error.`;

/** Parses the command's arguments; `--` ends the options. */
export function parseScanArgs(args: readonly string[]): ParsedArgs {
  let json = false;
  let reveal = false;
  let policyFile: string | undefined;
  let failOn: 'block' | 'warn' | undefined;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      for (const rest of args.slice(i + 1)) paths.push(rest);
      break;
    }
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    switch (flag) {
      case '--json':
        json = true;
        break;
      case '--reveal':
        reveal = true;
        break;
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--policy': {
        policyFile = value();
        if (policyFile === undefined || policyFile === '')
          return { kind: 'usage-error', message: '--policy needs a file' };
        break;
      }
      case '--fail-on': {
        const v = value();
        if (v !== 'block' && v !== 'warn')
          return { kind: 'usage-error', message: '--fail-on must be block or warn' };
        failOn = v;
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-')
          return { kind: 'usage-error', message: `unknown option '${arg}'` };
        paths.push(arg);
    }
  }
  if (paths.length === 0) return { kind: 'usage-error', message: 'no PATH given' };
  return {
    kind: 'options',
    options: {
      json,
      reveal,
      paths,
      ...(policyFile !== undefined ? { policyFile } : {}),
      ...(failOn ? { failOn } : {}),
    },
  };
}
