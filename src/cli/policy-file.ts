/**
 * Loading `--policy FILE` for the CLI: the file and its validation errors (the command treats any as a usage error).
 */
// Synchronous: `node:fs/promises` alone loads a dozen Node modules at start (docs/adr/0042-cli-code-cache.md).
import { readFileSync } from 'node:fs';
// The policy's own modules, not its index: the index also loads the decision code and with it detection.
import { DEFAULT_POLICY } from '../core/policy/defaults';
import { parsePolicy } from '../core/policy/parse';
import type { Policy, PolicyError } from '../core/policy/types';

/** The policy file could not be read at all (missing, unreadable): a usage error. */
export class PolicyFileError extends Error {
  override name = 'PolicyFileError' as const;
}

/** Reads and validates a policy file; without a file, the built-in policy. */
export function loadPolicy(file: string | undefined): {
  policy: Policy;
  errors: readonly PolicyError[];
} {
  if (file === undefined) return { policy: DEFAULT_POLICY, errors: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error: unknown) {
    throw new PolicyFileError(
      `cannot read policy file ${file}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return parsePolicy(text);
}
