/**
 * Loading `--policy FILE` for the CLI: the file and its validation errors (the command treats any as a usage error).
 */
import { readFile } from 'node:fs/promises';
import { DEFAULT_POLICY, parsePolicy, type Policy, type PolicyError } from '../core/policy';

/** The policy file could not be read at all (missing, unreadable): a usage error. */
export class PolicyFileError extends Error {
  override name = 'PolicyFileError' as const;
}

/** Reads and validates a policy file; without a file, the built-in policy. */
export async function loadPolicy(
  file: string | undefined,
): Promise<{ policy: Policy; errors: readonly PolicyError[] }> {
  if (file === undefined) return { policy: DEFAULT_POLICY, errors: [] };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error: unknown) {
    throw new PolicyFileError(
      `cannot read policy file ${file}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return parsePolicy(text);
}
